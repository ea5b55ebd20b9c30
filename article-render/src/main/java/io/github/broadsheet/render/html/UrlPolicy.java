package io.github.broadsheet.render.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link and image addresses reach the page, and in what form.
 *
 * <p>An address is read the way a browser reads it (the WHATWG URL standard): leading and trailing
 * control characters and spaces are ignored and tabs and line breaks anywhere are removed, so
 * {@code " JaVaScRiPt:"} and {@code "java\tscript:"} are both seen as {@code javascript:}. Only the
 * schemes in {@link #ALLOWED_SCHEMES} and relative references are kept; everything else is dropped
 * with a reason. A kept address is made a valid URL by percent-encoding what a URL may not contain
 * (spaces, quotes, angle brackets, backslashes, a second {@code #}, control characters), and a
 * relative one is resolved against the base URL when there is one (a bare {@code #fragment} stays
 * on the page). Character references such as {@code &#106;} mean nothing here: the address is
 * escaped when written, so the browser sees exactly the characters checked.
 */
final class UrlPolicy {

    /** The schemes kept: {@code http}, {@code https} and {@code mailto}. */
    static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /** How much of a dropped address a warning quotes, in characters. */
    static final int QUOTE_LIMIT = 60;

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** WHATWG's forbidden host code points, and the percent sign, which a host here may not hold. */
    private static final String FORBIDDEN_IN_HOST = " #%/:<>?@[\\]^|\"`{}";
    private static final String URL_PUNCTUATION = "!$&'()*+,-./:;=?@_~";

    private final Optional<URI> base;

    UrlPolicy(Optional<URI> base) {
        this.base = base;
    }

    /** What became of an address. */
    sealed interface Outcome {
        /** The address is kept, in this form. */
        record Kept(String url) implements Outcome {}

        /** The address is dropped, for this reason (a sentence that quotes it). */
        record Dropped(String reason) implements Outcome {}
    }

    /** {@return what to do with an address} @param raw the address as the article has it */
    Outcome check(String raw) {
        String url = browserView(raw);
        if (url.isEmpty()) {
            return new Outcome.Dropped("the address " + quote(raw) + " is empty");
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!ALLOWED_SCHEMES.contains(name)) {
                return new Outcome.Dropped("the address " + quote(raw) + " uses the scheme \"" + name
                        + ":\", which is not allowed (allowed: http, https, mailto and relative addresses)");
            }
            if (!name.equals("mailto")) {
                String rest = url.substring(scheme.end());
                if (!rest.startsWith("//") || !validAuthority(rest.substring(2))) {
                    return new Outcome.Dropped("the address " + quote(raw) + " is not a valid web address");
                }
            }
            return new Outcome.Kept(normalize(url));
        }
        if (url.startsWith("//") && !validAuthority(url.substring(2))) {
            return new Outcome.Dropped("the address " + quote(raw) + " is not a valid web address");
        }
        String relative = normalize(url);
        if (base.isEmpty() || relative.startsWith("#")) {
            return new Outcome.Kept(relative);
        }
        try {
            return new Outcome.Kept(normalize(base.get().resolve(new URI(relative)).toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Outcome.Kept(relative);
        }
    }

    /** {@return whether an address is absolute and uses http or https} @param url a kept address */
    static boolean isAbsoluteWeb(String url) {
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return false;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return name.equals("http") || name.equals("https");
    }

    /** The address as the URL parser sees it: trimmed of controls and spaces, without tabs and newlines. */
    private static String browserView(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= 0x20) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Checks the host and port after {@code //}: not empty, no forbidden code point, a numeric port. */
    private static boolean validAuthority(String afterSlashes) {
        int end = 0;
        while (end < afterSlashes.length() && "/?#\\".indexOf(afterSlashes.charAt(end)) < 0) {
            end++;
        }
        String authority = afterSlashes.substring(0, end);
        if (authority.indexOf('@') >= 0) {
            return false;
        }
        String host = authority;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0 || !host.substring(1, close).matches("[0-9A-Fa-f:.]+")) {
                return false;
            }
            String port = host.substring(close + 1);
            return port.isEmpty() || port.matches(":[0-9]{1,5}");
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            if (!host.substring(colon + 1).matches("[0-9]{0,5}")) {
                return false;
            }
            host = host.substring(0, colon);
        }
        if (host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            int cp = host.codePointAt(i);
            if (cp <= 0x20 || cp == 0x7F || (cp < 0x80 && FORBIDDEN_IN_HOST.indexOf(cp) >= 0)
                    || !Html.carriable(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp) - 1;
        }
        return true;
    }

    /**
     * Percent-encodes, as UTF-8, every character that may not appear in a valid URL: all but ASCII
     * letters, digits and URL punctuation, a valid {@code %XX} escape, the first {@code #}, square
     * brackets in the host ({@code [2001:db8::1]}), and non-ASCII characters other than spaces,
     * controls and noncharacters.
     */
    static String normalize(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        boolean fragment = false;
        Matcher scheme = SCHEME.matcher(url);
        int authorityStart = url.startsWith("//") ? 2
                : scheme.find() && url.startsWith("//", scheme.end()) ? scheme.end() + 2 : -1;
        int authorityEnd = authorityStart;
        if (authorityStart >= 0) {
            while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
        }
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
                out.append(url, i, i + 3);
                i += 3;
                continue;
            }
            if (cp == '#' && !fragment) {
                fragment = true;
                out.append('#');
            } else if ((cp == '[' || cp == ']') && i >= authorityStart && i < authorityEnd) {
                out.appendCodePoint(cp);
            } else if ((cp < 0x80 && (Character.isLetterOrDigit(cp) || URL_PUNCTUATION.indexOf(cp) >= 0))
                    || (cp >= 0xA0 && Html.carriable(cp) && !Character.isSpaceChar(cp))) {
                out.appendCodePoint(cp);
            } else {
                int replaced = Character.isSurrogate((char) cp) && width == 1 ? 0xFFFD : cp;
                for (byte b : new String(Character.toChars(replaced)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@return an address quoted for a message, cut to {@value #QUOTE_LIMIT} characters} */
    static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(raw.length(), QUOTE_LIMIT);
        for (int i = 0; i < limit; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(raw.length() > limit ? "…\"" : "\"").toString();
    }
}
