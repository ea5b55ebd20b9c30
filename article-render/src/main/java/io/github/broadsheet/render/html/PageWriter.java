package io.github.broadsheet.render.html;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder} that code which knows it can also write to directly
 * ({@link #buffer()}); not thread-safe, one per page. {@link java.io.StringWriter} would lock a
 * {@code StringBuffer} on every one of a page's many small writes.
 */
final class PageWriter extends Writer {

    private final StringBuilder buffer;

    /** @param buffer the buffer to append to */
    PageWriter(StringBuilder buffer) {
        this.buffer = buffer;
    }

    /** {@return the buffer this writer appends to} */
    StringBuilder buffer() {
        return buffer;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        // A whole string is copied in bulk; StringBuilder copies a range of one character by character.
        if (offset == 0 && length == text.length()) {
            buffer.append(text);
        } else {
            buffer.append(text, offset, offset + length);
        }
    }

    @Override
    public void write(String text) {
        buffer.append(text);
    }

    @Override
    public void write(int c) {
        buffer.append((char) c);
    }

    @Override
    public Writer append(CharSequence text) {
        buffer.append(text);
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        buffer.append(text, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        buffer.append(c);
        return this;
    }

    @Override
    public void flush() {
        // Nothing to flush: everything is in the buffer.
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    /** {@return everything written} */
    @Override
    public String toString() {
        return buffer.toString();
    }
}
