package io.github.broadsheet.printtext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page chrome print views put around an article, as whole-line patterns, and a parser's test
 * of lines against its patterns.
 */
final class Chrome {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** One print-page control, possibly in brackets: {@code print}, {@code [Close]}, {@code 打印本页}. */
    private static final String CONTROL = "[\\[(【〔]?\\s*(?:"
            + "print(?:\\s+(?:this\\s+)?(?:page|article|story|version))?|printer[- ]?friendly(?:\\s+(?:version|page))?"
            + "|close(?:\\s+(?:this\\s+)?(?:window|page))?"
            + "|back"
            + "|e-?mail(?:\\s+(?:this\\s+)?(?:page|article|story))?"
            + "|打印(?:本页|此页|本文)?|关闭(?:窗口|本页)?|關閉(?:窗口|視窗|本頁)?|返回"
            + ")\\s*[\\])】〕]?";

    private static final String SIZE = "(?:a[+\\-−]?|[+\\-−]|small(?:er)?|medium|normal|large(?:r)?|big(?:ger)?"
            + "|default|reset|[大中小])";

    private static final String NETWORK = "(?:facebook|twitter|x|weibo|wechat|linkedin|e-?mail|whatsapp|telegram"
            + "|reddit|line|pinterest|copy\\s*link|微信|微博|QQ空间|QQ|朋友圈|[|/,、·•])";

    /** The defaults; see {@link PrintTextParser#DEFAULT_CHROME_PATTERNS}. */
    static final List<Pattern> DEFAULTS = List.of(
            Pattern.compile("interval\\s*[:：]?\\s*\\d+\\s*(?:s|secs?|seconds?)", FLAGS),
            Pattern.compile(CONTROL + "(?:\\s*[|/｜·•]?\\s*" + CONTROL + ")*", FLAGS),
            Pattern.compile("(?:(?:font|text)\\s*size|字号|字體|字体)\\s*[:：]?(?:\\s*" + SIZE + ")*", FLAGS),
            Pattern.compile("(?:share(?:\\s+(?:this|on|to|via))?(?:\\s+(?:article|story|page|link))?|分享到?)\\s*[:：]?"
                    + "(?:\\s*" + NETWORK + ")*", FLAGS),
            Pattern.compile("back\\s+to\\s+top|top\\s*[↑^]?|[↑^]\\s*top|返回顶部", FLAGS));

    /**
     * Words one of which every line matched by a default pattern starts with, unless it starts with
     * a bracket, {@code ^} or a character outside ASCII. Lower case; see {@link #mayBeDefault(String)}.
     */
    private static final List<String> DEFAULT_FIRST_WORDS = List.of(
            "interval", "print", "close", "back", "email", "e-mail", "font", "text", "share", "top");

    /** The patterns that are {@link #DEFAULTS}, tried only on lines that pass {@link #mayBeDefault(String)}. */
    private final Pattern[] defaults;
    /** The user's own patterns, tried on every line short enough. */
    private final Pattern[] others;

    private Chrome(Pattern[] defaults, Pattern[] others) {
        this.defaults = defaults;
        this.others = others;
    }

    /** {@return the chrome test for a parser's patterns} */
    static Chrome of(List<Pattern> patterns) {
        // Pattern has no equals of its own, so this asks whether the very default object is configured.
        Pattern[] defaults = patterns.stream().filter(p -> DEFAULTS.stream().anyMatch(d -> d == p)).toArray(Pattern[]::new);
        Pattern[] others = patterns.stream().filter(p -> DEFAULTS.stream().noneMatch(d -> d == p)).toArray(Pattern[]::new);
        return new Chrome(defaults, others);
    }

    /** {@return a matcher for one parse, reusing its {@link Matcher}s from line to line; not thread-safe} */
    Lines lines() {
        return new Lines();
    }

    /**
     * Whether a line might be matched by a default pattern; {@code false} proves none matches. Every
     * default pattern matches from the line's first character, and a line's text never starts with a
     * space, so a line not starting with a bracket, {@code ^}, a non-ASCII character or one of
     * {@link #DEFAULT_FIRST_WORDS} cannot match. Most body lines fail here on their first or second
     * character, which saves running five regular expressions on each. Characters outside ASCII are
     * left to the patterns, since case-insensitive matching folds some of them to ASCII letters
     * (U+017F ſ matches {@code s}, U+212A KELVIN SIGN matches {@code k}).
     */
    static boolean mayBeDefault(String text) {
        char c = text.charAt(0);
        if (c >= 0x80 || c == '[' || c == '(' || c == '^') {
            return true;
        }
        for (String word : DEFAULT_FIRST_WORDS) {
            if (startsWithAsciiIgnoreCase(text, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether text starts with a lower-case ASCII word, a non-ASCII character counting as a match. */
    private static boolean startsWithAsciiIgnoreCase(String text, String word) {
        if (text.length() < word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The chrome test of one parse, with a {@link Matcher} per pattern made on first use and then reset. */
    final class Lines {
        private final Matcher[] defaultMatchers = new Matcher[defaults.length];
        private final Matcher[] otherMatchers = new Matcher[others.length];

        private Lines() {}

        /** {@return whether a line is chrome: short enough and matched whole by one of the patterns} */
        boolean matches(String text) {
            if (text.isEmpty() || text.length() > PrintTextParser.MAX_CHROME_LINE_LENGTH) {
                return false;
            }
            if (defaults.length > 0 && mayBeDefault(text) && anyMatches(defaults, defaultMatchers, text)) {
                return true;
            }
            return anyMatches(others, otherMatchers, text);
        }

        private static boolean anyMatches(Pattern[] patterns, Matcher[] matchers, String text) {
            for (int i = 0; i < patterns.length; i++) {
                Matcher m = matchers[i];
                if (m == null) {
                    m = matchers[i] = patterns[i].matcher(text);
                } else {
                    m.reset(text);
                }
                if (m.matches()) {
                    return true;
                }
            }
            return false;
        }
    }
}
