package io.github.broadsheet.printtext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the kinds of body line that are not plain text: list items and photo credits. */
final class LineKinds {

    /** Bullet glyphs that mark a title or a list item even without a space after them. */
    static final String GLYPH_BULLETS = "•·‧∙●▪◦■";

    /** Bullets that mark a title or a list item only when a space follows them. */
    static final String ASCII_BULLETS = "-*";

    /** The longest line read as a photo credit: {@value} characters. */
    static final int MAX_CREDIT_LINE_LENGTH = 120;

    /** The most words in a photo credit's name: {@value}; more reads as a caption, kept as text. */
    static final int MAX_CREDIT_WORDS = 10;

    static final Pattern CREDIT = Pattern.compile(
            "(?:photos?|photograph(?:s|er)?|picture|image|图片|图|摄影|摄)(?:\\s*credit)?\\s*(?:by\\s+|[:：/／]\\s*)(\\S.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String OPENERS = "([（【";
    private static final String CLOSERS = ")]）】";

    private LineKinds() {}

    /**
     * A list item's marker and text.
     *
     * @param ordered whether the marker is a number
     * @param text the item's text, without the marker
     */
    record ListMarker(boolean ordered, String text) {}

    /**
     * {@return the length of a bullet at the start of a line, with the spaces after it, or 0}: a
     * glyph bullet ({@value #GLYPH_BULLETS}) or {@code -} or {@code *} followed by a space
     */
    static int bulletLength(String text) {
        if (text.length() < 2) {
            return 0;
        }
        char c = text.charAt(0);
        boolean spaced = text.charAt(1) == ' ';
        if (GLYPH_BULLETS.indexOf(c) >= 0 || (ASCII_BULLETS.indexOf(c) >= 0 && spaced)) {
            return spaced ? 2 : 1;
        }
        return 0;
    }

    /**
     * {@return the list marker at the start of a line, or {@code null}}: a bullet (see
     * {@link #bulletLength(String)}), or one to three digits followed by {@code .} or {@code )}
     * and a space, or by {@code 、}
     */
    static ListMarker listMarker(String text) {
        int bullet = bulletLength(text);
        if (bullet > 0) {
            return item(false, text.substring(bullet));
        }
        int digits = 0;
        while (digits < text.length() && digits < 4 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 3 || digits + 1 >= text.length()) {
            return null;
        }
        char mark = text.charAt(digits);
        if ((mark == '.' || mark == ')') && text.charAt(digits + 1) == ' ') {
            return item(true, text.substring(digits + 2));
        }
        if (mark == '、') {
            return item(true, text.substring(digits + 1).strip());
        }
        return null;
    }

    /**
     * Whether text might match {@link #CREDIT}; {@code false} proves it cannot. The pattern matches
     * from the first character, which is {@code p} or {@code i} in either case or a CJK character;
     * characters outside ASCII are left to the pattern, as case-insensitive matching folds some of
     * them to ASCII letters (U+0131 ı matches {@code i}). Saves a regular expression on most body
     * lines.
     */
    private static boolean mayBeCredit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c >= 0x80 || c == 'p' || c == 'P' || c == 'i' || c == 'I';
    }

    private static ListMarker item(boolean ordered, String text) {
        return Chars.hasLetterOrDigit(text) ? new ListMarker(ordered, text) : null;
    }

    /**
     * {@return the name in a photo credit line, or {@code null}}: {@code Photo: NAME},
     * {@code Photo by NAME}, {@code Photo/NAME}, each also in brackets ({@code (Photo: NAME)}), with
     * {@code Photos}, {@code Photograph}, {@code Picture}, {@code Image}, {@code 图}, {@code 图片} or
     * {@code 摄影} for {@code Photo}
     */
    static String credit(String text) {
        if (text.length() > MAX_CREDIT_LINE_LENGTH) {
            return null;
        }
        String inner = text;
        int open = OPENERS.indexOf(text.charAt(0));
        if (open >= 0) {
            if (text.length() < 2 || text.charAt(text.length() - 1) != CLOSERS.charAt(open)) {
                return null;
            }
            inner = text.substring(1, text.length() - 1).strip();
        }
        if (!mayBeCredit(inner)) {
            return null;
        }
        String name = commonCreditName(inner);
        if (name == null) {
            Matcher m = CREDIT.matcher(inner);
            if (!m.matches()) {
                return null;
            }
            name = m.group(1);
        }
        name = name.strip();
        if (!Chars.hasLetterOrDigit(name) || words(name) > MAX_CREDIT_WORDS) {
            return null;
        }
        return name;
    }

    /**
     * {@return the name after {@code Photo: } or {@code Photo by }, as {@link #CREDIT} captures it,
     * or {@code null} to leave the text to the pattern}: a shortcut for the two forms print views
     * use most, which saves a case-insensitive regular expression on each credit. For text starting
     * so, the pattern's first way through ({@code photo}, no {@code s}, no {@code credit}, then
     * {@code :} or {@code by}, the spaces after it, then {@code (\S.*)}) captures the rest after
     * those spaces when it is not empty and holds no line terminator, which {@code .} does not match;
     * otherwise the pattern decides.
     */
    static String commonCreditName(String text) {
        int i = text.startsWith("Photo: ") ? 7 : text.startsWith("Photo by ") ? 9 : -1;
        if (i < 0) {
            return null;
        }
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return null;
        }
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return text.substring(i);
    }

    /** {@return whether {@code \s} matches a character: an ASCII space, tab, line end, vertical tab or form feed} */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@return how many words a name has, as {@code name.split(" ").length} counts them}: the
     * pieces between single spaces, empty pieces at the end left out
     */
    static int words(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return name.isEmpty() ? 1 : 0;
        }
        int words = 1;
        for (int i = 0; i < end; i++) {
            if (name.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
