package io.github.broadsheet.json;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.Location;
import io.github.broadsheet.parse.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the JSON form from a token stream, one pass, no tree: every value is checked where it
 * stands, so an error names its own line, column and path. Not thread-safe; one per input.
 */
final class JsonArticleReader {

    static final List<String> BLOCK_TYPES = List.of("paragraph", "heading", "figure", "quote", "list");
    static final List<String> INLINE_TYPES = List.of("text", "emphasis", "strong", "link", "linebreak");
    private static final List<String> ARTICLE_FIELDS = List.of(
            "title", "subtitle", "source", "authors", "published", "language", "url", "section", "tags", "body");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final JsonParser p;
    private final String source;
    private final boolean strict;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    JsonArticleReader(JsonParser parser, String source, boolean strict) {
        this.p = parser;
        this.source = source;
        this.strict = strict;
    }

    ParseResult read() {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ArticleParseException(Location.start(source), "empty input: expected a JSON object with a \"title\"");
            }
            if (t != JsonToken.START_OBJECT) {
                throw error("$", "expected an article object, found " + describe(t));
            }
            Article article = article();
            JsonToken after = p.nextToken();
            if (after != null) {
                throw error(null, "expected the end of the input after the article object, found " + describe(after));
            }
            return new ParseResult(article, diagnostics);
        } catch (JacksonException e) {
            throw translate(e, p, source);
        }
    }

    // ------------------------------------------------------------------ article

    private Article article() {
        TokenStreamLocation start = p.currentTokenLocation();
        Article.Builder b = Article.builder();
        boolean hasTitle = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation nameLocation = p.currentTokenLocation();
            JsonToken value = p.nextToken();
            switch (name) {
                case "title" -> {
                    b.title(notBlank(requiredString(value)));
                    hasTitle = true;
                }
                case "subtitle" -> b.subtitle(optionalString(value));
                case "source" -> b.source(optionalString(value));
                case "authors" -> b.authors(strings(value));
                case "published" -> b.published(date(value));
                case "language" -> b.language(language(value));
                case "url" -> b.url(optionalString(value));
                case "section" -> b.section(optionalString(value));
                case "tags" -> b.tags(strings(value));
                case "body" -> b.body(body(value));
                default -> unknownField(name, nameLocation, "an article", ARTICLE_FIELDS);
            }
        }
        if (!hasTitle) {
            throw new ArticleParseException(location(start), "$", "missing required field \"title\"", null);
        }
        return b.build();
    }

    private List<Block> body(JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expectArray(t, "body", "an array of blocks");
        List<Block> blocks = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw error(path(), "expected a block object, found " + describe(t));
            }
            blocks.add(block());
        }
        return blocks;
    }

    // ------------------------------------------------------------------ blocks and inlines

    /** The fields any block or inline node may have, gathered before its type is known. */
    private final class Node {
        final TokenStreamLocation start = p.currentTokenLocation();
        final List<String> names = new ArrayList<>(4);
        final List<TokenStreamLocation> nameLocations = new ArrayList<>(4);
        String type;
        List<Inline> content;
        TokenStreamLocation contentLocation;
        int level = -1;
        String src;
        String alt;
        String caption;
        String credit;
        String attribution;
        String href;
        String title;
        Boolean ordered;
        List<ListItem> items;

        /** Fields not allowed for the now known type are errors (or, when lenient, dropped with a warning). */
        void checkFields(Set<String> allowed, String what, String nodePath) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!allowed.contains(name)) {
                    String problem = "field \"" + name + "\" does not belong in " + what + "; its fields are "
                            + String.join(", ", allowed.stream().sorted().toList());
                    if (strict) {
                        throw new ArticleParseException(location(nameLocations.get(i)), nodePath, problem, null);
                    }
                    diagnostics.add(Diagnostic.warning(location(nameLocations.get(i)),
                            nodePath + ": " + problem + " (ignored)"));
                }
            }
        }
    }

    private Node node(String what, List<String> types) {
        Node n = new Node();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation nameLocation = p.currentTokenLocation();
            JsonToken value = p.nextToken();
            boolean known = true;
            switch (name) {
                case "type" -> {
                    String type = requiredString(value);
                    if (!types.contains(type)) {
                        throw error(path(), "unknown " + what + " type \"" + type + "\"; known types: "
                                + String.join(", ", types));
                    }
                    n.type = type;
                }
                case "text" -> {
                    if (n.content != null) {
                        throw error(path(), "give either \"text\" or \"content\", not both");
                    }
                    n.contentLocation = p.currentTokenLocation();
                    n.content = List.of(new Text(nonEmpty(requiredString(value))));
                }
                case "content" -> {
                    if (n.content != null) {
                        throw error(path(), "give either \"text\" or \"content\", not both");
                    }
                    n.contentLocation = p.currentTokenLocation();
                    n.content = inlines(value);
                }
                case "level" -> n.level = level(value);
                case "src" -> n.src = optionalString(value);
                case "alt" -> n.alt = optionalString(value);
                case "caption" -> n.caption = optionalString(value);
                case "credit" -> n.credit = optionalString(value);
                case "attribution" -> n.attribution = optionalString(value);
                case "href" -> n.href = notBlank(requiredString(value));
                case "title" -> n.title = optionalString(value);
                case "ordered" -> n.ordered = bool(value);
                case "items" -> n.items = items(value);
                default -> {
                    known = false;
                    unknownField(name, nameLocation, "a " + what, List.of());
                }
            }
            if (known) {
                n.names.add(name);
                n.nameLocations.add(nameLocation);
            }
        }
        if (n.type == null) {
            throw new ArticleParseException(location(n.start), path(), "missing required field \"type\"; known "
                    + what + " types: " + String.join(", ", types), null);
        }
        return n;
    }

    private Block block() {
        Node n = node("block", BLOCK_TYPES);
        String nodePath = path();
        try {
            return switch (n.type) {
                case "paragraph" -> {
                    n.checkFields(Set.of("type", "text", "content"), "a paragraph", nodePath);
                    yield new Paragraph(content(n, nodePath));
                }
                case "heading" -> {
                    n.checkFields(Set.of("type", "level", "text", "content"), "a heading", nodePath);
                    if (n.level < 0) {
                        throw missing(n, nodePath, "level", "a heading");
                    }
                    yield new Heading(n.level, content(n, nodePath));
                }
                case "figure" -> {
                    n.checkFields(Set.of("type", "src", "alt", "caption", "credit"), "a figure", nodePath);
                    yield new Figure(Optional.ofNullable(n.src), Optional.ofNullable(n.alt),
                            Optional.ofNullable(n.caption), Optional.ofNullable(n.credit));
                }
                case "quote" -> {
                    n.checkFields(Set.of("type", "text", "content", "attribution"), "a quote", nodePath);
                    yield new Quote(content(n, nodePath), Optional.ofNullable(n.attribution));
                }
                case "list" -> {
                    n.checkFields(Set.of("type", "ordered", "items"), "a list", nodePath);
                    if (n.items == null) {
                        throw missing(n, nodePath, "items", "a list");
                    }
                    yield new ListBlock(n.ordered != null && n.ordered, n.items);
                }
                default -> throw new IllegalStateException(n.type);
            };
        } catch (IllegalArgumentException e) {
            throw new ArticleParseException(location(n.start), nodePath, e.getMessage(), null);
        }
    }

    private List<Inline> inlines(JsonToken t) {
        expectArray(t, p.currentName(), "an array of inline nodes");
        TokenStreamLocation start = p.currentTokenLocation();
        String arrayPath = path();
        List<Inline> content = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw error(path(), "expected an inline node object, found " + describe(t));
            }
            content.add(inline());
        }
        if (content.isEmpty()) {
            throw new ArticleParseException(location(start), arrayPath, "inline content must not be empty", null);
        }
        return content;
    }

    private Inline inline() {
        Node n = node("inline", INLINE_TYPES);
        String nodePath = path();
        try {
            return switch (n.type) {
                case "text" -> {
                    n.checkFields(Set.of("type", "text"), "a text node", nodePath);
                    if (n.content == null || !n.names.contains("text")) {
                        throw missing(n, nodePath, "text", "a text node");
                    }
                    yield n.content.get(0);
                }
                case "emphasis" -> {
                    n.checkFields(Set.of("type", "text", "content"), "an emphasis node", nodePath);
                    yield new Emphasis(content(n, nodePath));
                }
                case "strong" -> {
                    n.checkFields(Set.of("type", "text", "content"), "a strong node", nodePath);
                    yield new Strong(content(n, nodePath));
                }
                case "link" -> {
                    n.checkFields(Set.of("type", "href", "title", "text", "content"), "a link", nodePath);
                    if (n.href == null) {
                        throw missing(n, nodePath, "href", "a link");
                    }
                    yield new Link(n.href, Optional.ofNullable(n.title), content(n, nodePath));
                }
                case "linebreak" -> {
                    n.checkFields(Set.of("type"), "a line break", nodePath);
                    yield LineBreak.INSTANCE;
                }
                default -> throw new IllegalStateException(n.type);
            };
        } catch (IllegalArgumentException e) {
            throw new ArticleParseException(location(n.start), nodePath, e.getMessage(), null);
        }
    }

    private List<Inline> content(Node n, String nodePath) {
        if (n.content == null) {
            throw new ArticleParseException(location(n.start), nodePath,
                    "missing \"text\" (a string) or \"content\" (an array of inline nodes)", null);
        }
        return n.content;
    }

    private ArticleParseException missing(Node n, String nodePath, String field, String what) {
        return new ArticleParseException(location(n.start), nodePath,
                "missing required field \"" + field + "\" of " + what, null);
    }

    private List<ListItem> items(JsonToken t) {
        expectArray(t, "items", "an array of list items");
        TokenStreamLocation start = p.currentTokenLocation();
        String arrayPath = path();
        List<ListItem> items = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                items.add(new ListItem(List.of(new Text(nonEmpty(p.getString())))));
            } else if (t == JsonToken.START_ARRAY) {
                items.add(new ListItem(inlines(t)));
            } else {
                throw error(path(), "expected a list item (a string or an array of inline nodes), found " + describe(t));
            }
        }
        if (items.isEmpty()) {
            throw new ArticleParseException(location(start), arrayPath, "a list must have at least one item", null);
        }
        return items;
    }

    // ------------------------------------------------------------------ scalars

    private String requiredString(JsonToken t) {
        if (t != JsonToken.VALUE_STRING) {
            throw error(path(), "expected a string, found " + describe(t));
        }
        return p.getString();
    }

    /** A string, or {@code null} for JSON {@code null}; blank strings are errors. */
    private String optionalString(JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return notBlank(requiredString(t));
    }

    private String notBlank(String s) {
        if (s.isBlank()) {
            throw error(path(), "must not be blank" + ("title".equals(p.currentName()) ? "" : "; leave the field out instead"));
        }
        return s;
    }

    private String nonEmpty(String s) {
        if (s.isEmpty()) {
            throw error(path(), "text must not be empty");
        }
        return s;
    }

    private List<String> strings(JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expectArray(t, p.currentName(), "an array of strings");
        List<String> values = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            values.add(notBlank(requiredString(t)));
        }
        return values;
    }

    private int level(JsonToken t) {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error(path(), "expected a heading level (a whole number from " + Heading.MIN_LEVEL + " to "
                    + Heading.MAX_LEVEL + "), found " + describe(t));
        }
        int level = p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : Integer.MAX_VALUE;
        if (level < Heading.MIN_LEVEL || level > Heading.MAX_LEVEL) {
            throw error(path(), "heading level must be between " + Heading.MIN_LEVEL + " and " + Heading.MAX_LEVEL
                    + ", was " + p.getString());
        }
        return level;
    }

    private boolean bool(JsonToken t) {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error(path(), "expected true or false, found " + describe(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private PublicationDate date(JsonToken t) {
        String text = optionalString(t);
        if (text == null) {
            return null;
        }
        try {
            return PublicationDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(path(), e.getMessage());
        }
    }

    private Locale language(JsonToken t) {
        String tag = optionalString(t);
        if (tag == null) {
            return null;
        }
        try {
            return Article.parseLanguageTag(tag);
        } catch (IllegalArgumentException e) {
            throw error(path(), e.getMessage());
        }
    }

    private void expectArray(JsonToken t, String field, String what) {
        if (t != JsonToken.START_ARRAY) {
            throw error(path(), "expected " + what + ", found " + describe(t));
        }
    }

    /** An unknown field is reported where its name stands, as {@link Node#checkFields} does. */
    private void unknownField(String name, TokenStreamLocation nameLocation, String what, List<String> known) {
        String problem = "unknown field \"" + name + "\" in " + what
                + (known.isEmpty() ? "" : "; known fields: " + String.join(", ", known));
        if (strict) {
            throw new ArticleParseException(location(nameLocation), path(), problem, null);
        }
        diagnostics.add(Diagnostic.warning(location(nameLocation), path() + ": " + problem + " (ignored)"));
        p.skipChildren();
    }

    // ------------------------------------------------------------------ positions

    private ArticleParseException error(String path, String problem) {
        return new ArticleParseException(location(p.currentTokenLocation()), path, problem, null);
    }

    private Location location(TokenStreamLocation l) {
        return location(l, source);
    }

    private static Location location(TokenStreamLocation l, String source) {
        if (l == null || l.getLineNr() < 1) {
            return Location.start(source);
        }
        return new Location(source, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    /** The JSON path of the current value: {@code $.body[3].level}. */
    private String path() {
        return path(p);
    }

    private static String path(JsonParser p) {
        TokenStreamContext ctx = p.streamReadContext();
        JsonToken t = p.currentToken();
        if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            ctx = ctx.getParent(); // a container's own context has no slot yet: its place is in the parent
        }
        Deque<String> segments = new ArrayDeque<>();
        for (; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                segments.push("[" + Math.max(0, ctx.getCurrentIndex()) + "]");
            } else if (ctx.currentName() != null) {
                String name = ctx.currentName();
                segments.push(IDENTIFIER.matcher(name).matches() ? "." + name
                        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
            }
        }
        StringBuilder out = new StringBuilder("$");
        segments.forEach(out::append);
        return out.toString();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /** Turns Jackson's exceptions into ours: one line, with our location and path. */
    static ArticleParseException translate(JacksonException e, JsonParser p, String source) {
        // Limit violations carry no location of their own: the parser's position is where it stopped.
        TokenStreamLocation where = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
        Location location = location(where, source);
        String path = null;
        if (p != null) {
            try {
                path = path(p);
            } catch (RuntimeException ignored) {
                path = null;
            }
        }
        // Jackson names its input inside some messages ("start marker at [Source: (StringReader); line: 3,
        // column: 11]"); our source name is already in front, so keep only the position.
        String message = e.getOriginalMessage() == null ? null : e.getOriginalMessage()
                .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        String problem;
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                problem = "the input nests arrays and objects deeper than the limit (" + message.replaceAll(
                        ".*exceeds the maximum allowed \\((\\d+).*", "$1") + " levels)";
            } else if (message.contains("String value length")) {
                problem = "a string is longer than the limit (" + message.replaceAll(
                        ".*exceeds the maximum allowed \\((\\d+).*", "$1") + " characters)";
            } else if (message.contains("Document length")) {
                // About the whole input, like SourceText's byte limit: no one place or path to name.
                return new ArticleParseException(Location.start(source), null, "the input is longer than the limit ("
                        + message.replaceAll(".*exceeds the maximum allowed \\((\\d+).*", "$1") + " characters)", e);
            } else {
                problem = "the input exceeds a limit: " + message;
            }
        } else if (message != null && message.startsWith("Duplicate Object property")) {
            problem = "duplicate field " + message.substring("Duplicate Object property ".length());
        } else {
            problem = "malformed JSON: " + message;
        }
        return new ArticleParseException(location, path, problem, e);
    }
}
