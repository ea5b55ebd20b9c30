package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    private static final UrlPolicy NO_BASE = new UrlPolicy(Optional.empty());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://example.org/a?b=1&c=2#d          | https://example.org/a?b=1&c=2#d",
        "HTTP://Example.org                        | HTTP://Example.org",
        "http://example.org:8080/                  | http://example.org:8080/",
        "http://[2001:db8::1]/x                    | http://[2001:db8::1]/x",
        "mailto:desk@paper.example?subject=Hi there | mailto:desk@paper.example?subject=Hi%20there",
        "images/pier.jpg                           | images/pier.jpg",
        "/news/today                               | /news/today",
        "../up                                     | ../up",
        "#section-2                                | #section-2",
        "//cdn.example/pic.png                     | //cdn.example/pic.png",
        "https://jiangpan.example/city/夜市#时间    | https://jiangpan.example/city/夜市#时间",
        "https://x.example/?q=\"a\"<b>             | https://x.example/?q=%22a%22%3Cb%3E",
        "https://x.example/a b\\c                  | https://x.example/a%20b%5Cc",
        "https://x.example/100%/%41                | https://x.example/100%25/%41",
        "https://x.example/#a#b                    | https://x.example/#a%23b",
        "notes[1].html                             | notes%5B1%5D.html",
        "https://x.example/list[1]                 | https://x.example/list%5B1%5D",
        "&#106;avascript:alert(1)                  | &#106;avascript:alert(1)",
        "javascript&colon;alert(1)                 | javascript&colon;alert(1)",
    })
    void keepsWebMailAndRelativeAddressesAsValidUrls(String raw, String expected) {
        assertThat(NO_BASE.check(raw)).isEqualTo(new UrlPolicy.Outcome.Kept(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0001\u0002javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "jav\r\nascript:alert(1)",
        "javascript:alert(1)\u0000",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://files.example/a",
        "tel:+441234",
        "C:\\Drafts\\budget.docx",
        "https:evil.example",
        "https://",
        "https://user:pass@bank.example.evil.example/",
        "https://exa mple.org/",
        "https://<script>/",
        "//",
        "   ",
    })
    void dropsEveryOtherSchemeAndBrokenWebAddresses(String raw) {
        assertThat(NO_BASE.check(raw)).isInstanceOf(UrlPolicy.Outcome.Dropped.class);
    }

    @Test
    void namesTheSchemeAndQuotesTheAddressWhenDropping() {
        UrlPolicy.Outcome outcome = NO_BASE.check("JaVa\tScRiPt:alert('x')");

        assertThat(outcome).isInstanceOf(UrlPolicy.Outcome.Dropped.class);
        assertThat(((UrlPolicy.Outcome.Dropped) outcome).reason())
                .contains("\"JaVa\\u0009ScRiPt:alert('x')\"").contains("scheme \"javascript:\"");
    }

    @Test
    void cutsLongAddressesInMessages() {
        String reason = ((UrlPolicy.Outcome.Dropped) NO_BASE.check("data:text/html," + "A".repeat(500))).reason();

        assertThat(reason).hasSizeLessThan(220).contains("A…\"");
    }

    @Test
    void resolvesRelativeAddressesAgainstTheBaseButKeepsFragmentsOnThePage() {
        UrlPolicy policy = new UrlPolicy(Optional.of(URI.create("https://paper.example/news/2026/")));

        assertThat(policy.check("pier.jpg")).isEqualTo(new UrlPolicy.Outcome.Kept("https://paper.example/news/2026/pier.jpg"));
        assertThat(policy.check("/about")).isEqualTo(new UrlPolicy.Outcome.Kept("https://paper.example/about"));
        assertThat(policy.check("../2025/old story.html"))
                .isEqualTo(new UrlPolicy.Outcome.Kept("https://paper.example/news/2025/old%20story.html"));
        assertThat(policy.check("#timetable")).isEqualTo(new UrlPolicy.Outcome.Kept("#timetable"));
        assertThat(policy.check("https://other.example/")).isEqualTo(new UrlPolicy.Outcome.Kept("https://other.example/"));
        assertThat(policy.check("javascript:alert(1)")).isInstanceOf(UrlPolicy.Outcome.Dropped.class);
    }

    @Test
    void tellsAbsoluteWebAddressesFromOthers() {
        assertThat(UrlPolicy.isAbsoluteWeb("https://a.example/")).isTrue();
        assertThat(UrlPolicy.isAbsoluteWeb("HTTP://a.example/")).isTrue();
        assertThat(UrlPolicy.isAbsoluteWeb("mailto:a@b.example")).isFalse();
        assertThat(UrlPolicy.isAbsoluteWeb("//a.example/")).isFalse();
        assertThat(UrlPolicy.isAbsoluteWeb("pics/a.jpg")).isFalse();
    }
}
