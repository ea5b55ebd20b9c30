package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prefilter in front of the default chrome patterns never changes what they match. */
class ChromeTest {

    /** Every pattern tried on the line, as before the prefilter. */
    private static boolean plainMatch(List<Pattern> patterns, String text) {
        return !text.isEmpty() && text.length() <= PrintTextParser.MAX_CHROME_LINE_LENGTH
                && patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Interval 10 seconds", "INTERVAL: 5 s", "print close", "Print | Close", "[Print] [Close]",
        "(Print)", "Print this page", "Printer-friendly version", "Close window", "Back", "E-mail this article",
        "email", "【打印】【关闭】", "Font size: A A A", "Text size: A+ A-", "字号：大 中 小", "Share:",
        "Share this article", "Share on: Facebook Twitter", "分享到：微信 微博", "Back to top", "Top", "top ↑",
        "^ top", "↑ Top", "返回顶部", "ſhare", "\u212Aey", "ınterval 10 s", "\u0130nterval 10 s", "ſhare on: X",
        "The ferry between Gullhaven", "Photo: Marit Olsen", "Fares for islanders", "Topics of the day",
        "Printing works", "Backwater", "e", "to", "Source:Gullhaven Gazette", "[1]", "(Photo: A B)", "^",
    })
    void prefilteredMatchingAgreesWithEveryPattern(String text) {
        Chrome.Lines chrome = Chrome.of(Chrome.DEFAULTS).lines();
        assertThat(chrome.matches(text)).as(text).isEqualTo(plainMatch(Chrome.DEFAULTS, text));
        // Twice, as the matchers are reused.
        assertThat(chrome.matches(text)).as(text).isEqualTo(plainMatch(Chrome.DEFAULTS, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"More from the Harbour Times", "Print close", "Gullhaven ferry"})
    void userPatternsAreTriedOnEveryLine(String text) {
        Pattern own = Pattern.compile("more from the harbour times|gullhaven.*", Pattern.CASE_INSENSITIVE);
        List<Pattern> patterns = List.of(Chrome.DEFAULTS.get(1), own);
        assertThat(Chrome.of(patterns).lines().matches(text)).as(text).isEqualTo(plainMatch(patterns, text));
        assertThat(Chrome.of(patterns).lines().matches(text)).isTrue();
    }
}
