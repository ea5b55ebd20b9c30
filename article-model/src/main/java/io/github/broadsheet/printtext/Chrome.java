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

    // Each default pattern's bit: 1 << its index in DEFAULTS.
    private static final int INTERVAL = 1;
    private static final int CONTROLS = 1 << 1;
    private static final int TEXT_SIZE = 1 << 2;
    private static final int SHARE = 1 << 3;
    private static final int TOP = 1 << 4;
    private static final int ALL_DEFAULTS = INTERVAL | CONTROLS | TEXT_SIZE | SHARE | TOP;

    /** Characters other than letters that start a line a default pattern matches. */
    private static final String FIRST_MARKS = "[(^【〔打关關返字分↑";

    /** For each of {@link #FIRST_MARKS}, the default patterns a line starting with it may match. */
    private static final int[] FIRST_MARK_PATTERNS = {
        CONTROLS, CONTROLS, TOP, CONTROLS, CONTROLS, CONTROLS, CONTROLS, CONTROLS, CONTROLS | TOP, TEXT_SIZE, SHARE, TOP};

    /**
     * The chrome lines print views show most, in lower case, each matched by a default pattern
     * (the tests check it). A line that equals one of them but for the case of ASCII letters is
     * chrome without running the patterns: case-insensitive patterns treat both cases of an ASCII
     * letter alike everywhere.
     */
    static final List<String> COMMON_LINES = List.of(
            "interval 10 seconds", "print close", "print | close", "[print] [close]", "print", "close",
            "print this page", "close window", "back to top", "top", "share:", "share this article",
            "font size: a a a", "【打印】【关闭】", "分享到：微信 微博");

    /** The patterns that are {@link #DEFAULTS}, tried only when {@link #defaultsThatMayMatch(String)} says so. */
    private final Pattern[] defaults;
    /** For each of {@link #defaults}, its bit: {@code 1 << } its index in {@link #DEFAULTS}. */
    private final int[] defaultBits;
    /** Whether every default pattern is among {@link #defaults}, so that {@link #COMMON_LINES} are chrome. */
    private final boolean allDefaults;
    /** The user's own patterns, tried on every line short enough. */
    private final Pattern[] others;

    private Chrome(Pattern[] defaults, Pattern[] others) {
        this.defaults = defaults;
        this.defaultBits = new int[defaults.length];
        int bits = 0;
        for (int i = 0; i < defaults.length; i++) {
            defaultBits[i] = 1 << DEFAULTS.indexOf(defaults[i]);
            bits |= defaultBits[i];
        }
        this.allDefaults = bits == ALL_DEFAULTS;
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
     * Which of the default patterns might match a line, as bits of their indexes in
     * {@link #DEFAULTS}; a pattern whose bit is clear proves not to match. Each default pattern
     * matches from the line's first character, and a line's text never starts with a space, so
     * only a line starting with one of the words the patterns start with (in any case) or with one
     * of {@link #FIRST_MARKS} can match one, and only the patterns that start so. Most body lines
     * fail here on their first or second character, which saves running regular expressions on
     * each. A character outside ASCII that case-insensitive matching folds to an ASCII letter
     * (U+017F ſ matches {@code s}, U+0131 ı matches {@code i}) is left to every pattern, and so is
     * a word with a character outside ASCII after its first.
     *
     * @param text a line's text: not empty, not starting with a space
     */
    static int defaultsThatMayMatch(String text) {
        char c = text.charAt(0);
        if (c >= 0x80) {
            int mark = FIRST_MARKS.indexOf(c);
            if (mark >= 0) {
                return FIRST_MARK_PATTERNS[mark];
            }
            return Character.toLowerCase(Character.toUpperCase(c)) < 0x80 ? ALL_DEFAULTS : 0;
        }
        return switch (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) {
            case 'i' -> startsWith(text, "interval", INTERVAL);
            case 'p' -> startsWith(text, "print", CONTROLS);
            case 'c' -> startsWith(text, "close", CONTROLS);
            case 'b' -> startsWith(text, "back", CONTROLS | TOP);
            case 'e' -> startsWith(text, "email", CONTROLS) | startsWith(text, "e-mail", CONTROLS);
            case 'f' -> startsWith(text, "font", TEXT_SIZE);
            case 't' -> startsWith(text, "text", TEXT_SIZE) | startsWith(text, "top", TOP);
            case 's' -> startsWith(text, "share", SHARE);
            case '[', '(' -> CONTROLS;
            case '^' -> TOP;
            default -> 0;
        };
    }

    /** {@return the bits when text starts with a lower-case ASCII word (see below), else 0} */
    private static int startsWith(String text, String word, int bits) {
        return startsWithAsciiIgnoreCase(text, word) ? bits : 0;
    }

    /** {@return whether text is one of the {@link #COMMON_LINES}, but for the case of ASCII letters} */
    static boolean isCommonLine(String text) {
        for (String line : COMMON_LINES) {
            if (equalsIgnoringAsciiCase(text, line)) {
                return true;
            }
        }
        return false;
    }

    /** Whether text equals a lower-case string but for the case of ASCII letters. */
    private static boolean equalsIgnoringAsciiCase(String text, String lower) {
        if (text.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
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
            if (defaults.length > 0) {
                int bits = defaultsThatMayMatch(text);
                if (bits != 0 && allDefaults && isCommonLine(text)) {
                    return true;
                }
                for (int i = 0; bits != 0 && i < defaults.length; i++) {
                    if ((bits & defaultBits[i]) != 0 && matches(defaults, defaultMatchers, i, text)) {
                        return true;
                    }
                }
            }
            for (int i = 0; i < others.length; i++) {
                if (matches(others, otherMatchers, i, text)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(Pattern[] patterns, Matcher[] matchers, int i, String text) {
            Matcher m = matchers[i];
            if (m == null) {
                m = matchers[i] = patterns[i].matcher(text);
            } else {
                m.reset(text);
            }
            return m.matches();
        }
    }
}
