package io.github.broadsheet.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one place where text becomes HTML. {@link #escape(CharSequence, Writer)} is what every
 * {@code {{value}}} in a template goes through; {@link #clean(String)} removes what an HTML
 * document cannot carry at all.
 */
final class Html {

    /**
     * The characters below 64 that {@link #escape(CharSequence, StringBuilder)} does not copy as they
     * are, one bit each: the control characters and {@code " & ' < >}.
     */
    private static final long SPECIAL_BELOW_64 = 0xFFFF_FFFFL | 1L << '"' | 1L << '&' | 1L << '\'' | 1L << '<' | 1L << '>';

    private Html() {}

    /**
     * Writes text as HTML text or as the value of a quoted attribute: {@code & < > " '} become
     * character references and characters that HTML does not allow are replaced as
     * {@link #clean(String)} replaces them, so the result can neither end an element nor an attribute.
     */
    static void escape(CharSequence text, Writer out) {
        if (out instanceof PageWriter page) {
            escape(text, page.buffer());
            return;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        try {
            out.append(escaped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends text escaped as by {@link #escape(CharSequence, Writer)}. */
    static void escape(CharSequence text, StringBuilder out) {
        int length = text.length();
        int i = 0;
        while (i < length && plain(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            out.append(text); // the common case: copied in bulk
            return;
        }
        // Escaped apart, then appended whole: a page holding a character beyond Latin-1 is UTF-16,
        // and StringBuilder widens a part of a Latin-1 string into it one character at a time but a
        // whole one (or a whole builder) in bulk.
        StringBuilder escaped = new StringBuilder(length + 16);
        int start = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (plain(c)) {
                continue;
            }
            String replacement;
            int skip = 0;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                default -> {
                    int cp = Character.codePointAt(text, i);
                    if (carriable(cp)) {
                        i += Character.charCount(cp) - 1;
                        continue;
                    }
                    replacement = replacement(cp);
                    skip = Character.charCount(cp) - 1;
                }
            }
            escaped.append(text, start, i).append(replacement);
            i += skip;
            start = i + 1;
        }
        out.append(escaped.append(text, start, length));
    }

    /**
     * {@return whether a character is written as it is without a closer look}: printable ASCII other
     * than {@code & < > " '}, or a character from U+00A0 up to the surrogates
     */
    private static boolean plain(char c) {
        return c < 64 ? (SPECIAL_BELOW_64 >>> c & 1) == 0 : c < 0x7F || (c >= 0xA0 && c < Character.MIN_SURROGATE);
    }

    /** {@return text escaped as by {@link #escape(CharSequence, Writer)}} */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    /**
     * {@return the text without the characters an HTML document cannot carry}: C0 and C1 control
     * characters other than tab, line feed and carriage return become spaces (so that
     * the words on either side stay apart), noncharacters are removed, a lone surrogate becomes
     * U+FFFD, and {@code \r\n} and a lone {@code \r} become {@code \n}. Returns the same instance
     * when nothing changes.
     */
    static String clean(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 ? c < 0x7F || (c >= 0xA0 && c < Character.MIN_SURROGATE) : c == '\t' || c == '\n') {
                i++; // the common case, without decoding a code point
                continue;
            }
            int cp = text.codePointAt(i);
            if (cp == '\r' || !carriable(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                out.append('\n');
                if (next < length && text.charAt(next) == '\n') {
                    next++;
                }
            } else if (carriable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(replacement(cp));
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * {@return whether HTML can carry a code point}: not a control character other than tab, line
     * feed and carriage return, not a noncharacter, not a lone surrogate (the HTML parser reports each
     * of those as an error; a form feed is allowed in HTML but not in XML, so it goes too)
     */
    static boolean carriable(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        return !isNoncharacter(cp);
    }

    /** {@return what stands for a code point HTML cannot carry: a space, U+FFFD or nothing} */
    private static String replacement(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return " ";
        }
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? "\uFFFD" : "";
    }

    /** {@return whether a code point is one of Unicode's 66 noncharacters} */
    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
