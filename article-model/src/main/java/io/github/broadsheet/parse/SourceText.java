package io.github.broadsheet.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text for parsers: strict UTF-8, an optional byte order mark skipped, and
 * a size limit. A decoding problem is an {@link ArticleParseException} that names the byte offset
 * and the line and column where it is, never a replacement character.
 */
public final class SourceText {

    private SourceText() {}

    /**
     * Reads a stream to its end and decodes it.
     *
     * @param in the bytes; not closed
     * @param sourceName the input's name for messages
     * @param maxBytes the most bytes to accept
     * @return the text, without a leading byte order mark
     * @throws ArticleParseException if the input is larger than {@code maxBytes} or not UTF-8
     * @throws UncheckedIOException if reading fails
     */
    public static String read(InputStream in, String sourceName, long maxBytes) {
        byte[] bytes;
        try {
            int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
            bytes = in.readNBytes(cap);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new ArticleParseException(Location.start(sourceName),
                    "input is larger than the limit of " + maxBytes + " bytes");
        }
        return decode(bytes, sourceName);
    }

    /**
     * Decodes UTF-8 bytes.
     *
     * @param bytes the bytes
     * @param sourceName the input's name for messages
     * @return the text, without a leading byte order mark
     * @throws ArticleParseException if the bytes are not UTF-8
     */
    public static String decode(byte[] bytes, String sourceName) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            throw new ArticleParseException(locate(sourceName, out),
                    String.format("invalid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset));
        }
        out.flip();
        return out.toString();
    }

    /** {@return whether the bytes start with a UTF-8 byte order mark} @param bytes the bytes */
    public static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The line and column just after the decoded text, where decoding stopped. */
    private static Location locate(String sourceName, CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new Location(sourceName, line, column);
    }
}
