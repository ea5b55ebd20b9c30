package io.github.broadsheet.printtext;

import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.parse.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Registers the print-view text format ({@link PrintTextParser}) with the
 * {@link io.github.broadsheet.parse.ParserRegistry} under the name {@value #NAME}, for files
 * ending in {@code .txt} or {@code .text}. The name is not {@code text} so that it cannot be taken
 * for the plain-text renderer, which writes a different layout.
 */
public final class PrintTextParserProvider implements ParserProvider {

    /** The format's name: {@value}. */
    public static final String NAME = "print-text";

    /**
     * How sure {@link #sniff(byte[])} is of text that reads as prose: {@value}. Low on purpose: any
     * text might be an article, so a format with a real signature (JSON's opening brace) wins.
     */
    public static final int SNIFF_CONFIDENCE = 20;

    /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
    public PrintTextParserProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "articles saved as text from news sites' print views";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    /**
     * {@return {@value #SNIFF_CONFIDENCE} for UTF-8 text with letters in it, 0 for anything else}
     * Text that starts with <code>&#123;</code>, {@code [} or {@code <} (JSON, HTML, XML) is
     * anything else, and so is binary data: a control character or invalid UTF-8.
     */
    @Override
    public int sniff(byte[] head) {
        int start = SourceText.hasBom(head) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(head.length);
        // Not the end of input: a character cut off at the end of the head is no error.
        if (decoder.decode(ByteBuffer.wrap(head, start, head.length - start), chars, false).isError()) {
            return 0;
        }
        chars.flip();
        boolean letter = false;
        boolean first = true;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Chars.isControl(c)) {
                return 0;
            }
            if (first && !Chars.isSpace(c) && c != '\n' && c != '\r') {
                if (c == '{' || c == '[' || c == '<') {
                    return 0;
                }
                first = false;
            }
            letter |= Character.isLetter(c);
        }
        return letter ? SNIFF_CONFIDENCE : 0;
    }

    /**
     * {@return a parser honouring {@link ParseOptions#dayFirst()} and
     * {@link ParseOptions#maxInputBytes()}; {@link ParseOptions#strict()} does not apply}
     */
    @Override
    public ArticleParser create(ParseOptions options) {
        if (options.dayFirst() == ParseOptions.defaults().dayFirst()
                && options.maxInputBytes() == ParseOptions.defaults().maxInputBytes()) {
            return PrintTextParser.standard();
        }
        return PrintTextParser.builder().options(options).build();
    }
}
