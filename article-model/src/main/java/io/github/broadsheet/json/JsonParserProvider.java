package io.github.broadsheet.json;

import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.parse.SourceText;
import java.util.List;

/** Registers the canonical JSON form with the {@link io.github.broadsheet.parse.ParserRegistry}. */
public final class JsonParserProvider implements ParserProvider {

    /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
    public JsonParserProvider() {}

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "Broadsheet's canonical, lossless JSON form";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    /** {@return 90 when the first character after white space (and a byte order mark) is a brace, else 0} */
    @Override
    public int sniff(byte[] head) {
        for (int i = SourceText.hasBom(head) ? 3 : 0; i < head.length; i++) {
            byte b = head[i];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            return b == '{' ? 90 : 0;
        }
        return 0;
    }

    @Override
    public ArticleParser create(ParseOptions options) {
        if (options.equals(ParseOptions.defaults())) {
            return ArticleJson.standard();
        }
        return ArticleJson.builder().options(options).build();
    }
}
