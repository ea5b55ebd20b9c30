package io.github.broadsheet.json;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.InlineContainer;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Writes the canonical JSON form. The key order here is the format's key order. */
final class JsonArticleWriter {

    private JsonArticleWriter() {}

    static void write(Article a, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("title", a.title());
        optional(g, "subtitle", a.subtitle());
        optional(g, "source", a.source());
        // Always written: an empty byline list says "no byline", which print views often show.
        strings(g, "authors", a.authors());
        a.published().ifPresent(p -> g.writeStringProperty("published", p.toString()));
        a.language().ifPresent(l -> g.writeStringProperty("language", l.toLanguageTag()));
        optional(g, "url", a.url());
        optional(g, "section", a.section());
        if (!a.tags().isEmpty()) {
            strings(g, "tags", a.tags());
        }
        g.writeName("body");
        g.writeStartArray();
        for (Block block : a.body()) {
            block(g, block);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void block(JsonGenerator g, Block block) {
        g.writeStartObject();
        switch (block) {
            case Paragraph p -> {
                g.writeStringProperty("type", "paragraph");
                content(g, p);
            }
            case Heading h -> {
                g.writeStringProperty("type", "heading");
                g.writeNumberProperty("level", h.level());
                content(g, h);
            }
            case Figure f -> {
                g.writeStringProperty("type", "figure");
                optional(g, "src", f.src());
                optional(g, "alt", f.alt());
                optional(g, "caption", f.caption());
                optional(g, "credit", f.credit());
            }
            case Quote q -> {
                g.writeStringProperty("type", "quote");
                content(g, q);
                optional(g, "attribution", q.attribution());
            }
            case ListBlock l -> {
                g.writeStringProperty("type", "list");
                g.writeBooleanProperty("ordered", l.ordered());
                g.writeName("items");
                g.writeStartArray();
                for (ListItem item : l.items()) {
                    if (item.isPlain()) {
                        g.writeString(((Text) item.content().get(0)).text());
                    } else {
                        inlines(g, item.content());
                    }
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    /** Writes {@code "text"} for one plain run, else {@code "content"}. */
    private static void content(JsonGenerator g, InlineContainer container) {
        if (container.isPlain()) {
            g.writeStringProperty("text", ((Text) container.content().get(0)).text());
        } else {
            g.writeName("content");
            inlines(g, container.content());
        }
    }

    private static void inlines(JsonGenerator g, List<Inline> content) {
        g.writeStartArray();
        for (Inline inline : content) {
            g.writeStartObject();
            switch (inline) {
                case Text t -> {
                    g.writeStringProperty("type", "text");
                    g.writeStringProperty("text", t.text());
                }
                case Emphasis e -> {
                    g.writeStringProperty("type", "emphasis");
                    content(g, e);
                }
                case Strong s -> {
                    g.writeStringProperty("type", "strong");
                    content(g, s);
                }
                case Link l -> {
                    g.writeStringProperty("type", "link");
                    g.writeStringProperty("href", l.href());
                    optional(g, "title", l.title());
                    content(g, l);
                }
                case LineBreak ignored -> g.writeStringProperty("type", "linebreak");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
