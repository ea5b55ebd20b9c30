package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    /**
     * Every character of the Basic Multilingual Plane that a line's text can start with, put first on lines that a default pattern
     * matches (and on a few that none does): the filter never turns away a line a pattern matches.
     */
    @Test
    void filterAgreesWithEveryPatternWhateverTheFirstCharacter() {
        Chrome.Lines chrome = Chrome.of(Chrome.DEFAULTS).lines();
        List<String> rests = List.of("nterval 10 s", "rint close", "lose", "ack to top", "mail", "-mail this page",
                "ont size: A", "ext size: A+", "hare: X", "op", "op ↑", " top", "Print] [Close]", "打印】", "印",
                "闭", "號", "回顶部", "号", "享到", "");
        int checked = 0;
        for (char c = 1; c < 0xFFFF; c++) {
            // What never starts a line's text: spaces, line ends, zero-width and control characters.
            if (Chars.isSpace(c) || c == '\n' || c == '\r' || Chars.isZeroWidth(c) || Chars.isControl(c)
                    || Character.isSurrogate(c)) {
                continue;
            }
            for (String rest : rests) {
                String text = c + rest;
                if (chrome.matches(text) != plainMatch(Chrome.DEFAULTS, text)) {
                    throw new AssertionError("the filter disagrees with the patterns on U+%04X + \"%s\"".formatted((int) c, rest));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_000_000);
    }

    /**
     * No character outside the Basic Multilingual Plane folds to an ASCII character under
     * case-insensitive matching, so none can start a default chrome line.
     */
    @Test
    void noSupplementaryCharacterFoldsToAscii() {
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(Character.toLowerCase(Character.toUpperCase(cp)) >= 0x80
                    && Character.toUpperCase(cp) >= 0x80 && Character.toLowerCase(cp) >= 0x80).as("U+%X", cp).isTrue();
        }
        Chrome.Lines chrome = Chrome.of(Chrome.DEFAULTS).lines();
        assertThat(chrome.matches("\uD801\uDC00nterval 10 s")).isFalse();
    }

    /** Every line of every fixture and of the generated texts is chrome exactly when a pattern says so. */
    @Test
    void filterAgreesWithEveryPatternOnEveryFixtureLine() throws Exception {
        Chrome.Lines chrome = Chrome.of(Chrome.DEFAULTS).lines();
        int checked = 0;
        for (String text : FixtureLines.all()) {
            assertThat(chrome.matches(text)).as(text).isEqualTo(plainMatch(Chrome.DEFAULTS, text));
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** The lines taken for chrome without running the patterns are chrome by the patterns, in any case. */
    @Test
    void everyCommonLineIsMatchedByADefaultPattern() {
        for (String line : Chrome.COMMON_LINES) {
            for (String text : List.of(line, line.toUpperCase(java.util.Locale.ROOT), capitalised(line))) {
                assertThat(plainMatch(Chrome.DEFAULTS, text)).as(text).isTrue();
                assertThat(Chrome.defaultsThatMayMatch(text)).as(text).isNotZero();
                assertThat(Chrome.isCommonLine(text)).as(text).isTrue();
            }
        }
        assertThat(Chrome.isCommonLine("print  close")).isFalse();
        assertThat(Chrome.isCommonLine("ſhare:")).isFalse();
    }

    /** Without every default pattern the common lines are left to the patterns there are. */
    @Test
    void commonLinesNeedEveryDefaultPattern() {
        List<Pattern> noShare = Chrome.DEFAULTS.stream().filter(p -> p != Chrome.DEFAULTS.get(3)).toList();
        assertThat(Chrome.of(noShare).lines().matches("Share:")).isFalse();
        List<Pattern> twice = List.of(Chrome.DEFAULTS.get(0), Chrome.DEFAULTS.get(0), Chrome.DEFAULTS.get(1),
                Chrome.DEFAULTS.get(2), Chrome.DEFAULTS.get(4));
        assertThat(Chrome.of(twice).lines().matches("share:")).isFalse();
        assertThat(Chrome.of(Chrome.DEFAULTS).lines().matches("share:")).isTrue();
    }

    private static String capitalised(String line) {
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
}
