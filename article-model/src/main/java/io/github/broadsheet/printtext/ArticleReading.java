package io.github.broadsheet.printtext;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Location;
import io.github.broadsheet.parse.ParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One parse of one input: chrome, title, metadata, body. Not thread-safe; the parser makes one per
 * call. Each step looks at each line a bounded number of times, so the time is linear in the input.
 */
final class ArticleReading {

    private final PrintTextParser settings;
    private final String sourceName;
    private final Chrome.Lines chrome;
    private final Diagnostics diagnostics;

    /** The publisher read from a {@code Source:} field. */
    private String publisher;
    private final List<String> authors = new ArrayList<>();
    private PublicationDate published;
    /** Metadata fields that could not be stored, kept as paragraphs at the top of the body. */
    private final List<Block> kept = new ArrayList<>();

    ArticleReading(PrintTextParser settings, String sourceName) {
        this.settings = settings;
        this.sourceName = sourceName;
        this.chrome = settings.chrome().lines();
        this.diagnostics = new Diagnostics(sourceName);
    }

    ParseResult read(String text) {
        if (text.isEmpty()) {
            throw fatal(1, 1, "the input is empty; a print-view article needs a title and body text");
        }
        List<Line> lines = SourceLines.split(text, sourceName, settings.maxLineLength());
        int i = skipLead(lines);
        Line titleLine = lines.get(i);
        String title = title(titleLine);
        i = readMetadata(lines, i + 1);
        List<Block> body = new BodyReading(lines, i).blocks();
        if (body.isEmpty()) {
            throw fatal(titleLine.number(), titleLine.column(), "no body text after the title "
                    + Chars.quote(title) + "; a print-view article needs at least one paragraph");
        }
        // The constructor rather than the builder: it copies each list once, the builder three times.
        Article article = new Article(title, Optional.empty(), Optional.ofNullable(publisher), authors,
                Optional.ofNullable(published), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), body);
        return new ParseResult(article, diagnostics.toList());
    }

    // ------------------------------------------------------------------ chrome and title

    /** Drops blank, chrome and separator lines before the title; {@return the title's index} */
    private int skipLead(List<Line> lines) {
        Line firstChrome = null;
        int separators = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (isChrome(line)) {
                firstChrome = firstChrome == null ? line : firstChrome;
                dropChrome(line);
            } else if (!Chars.hasLetterOrDigit(line.text())) {
                separators++;
                diagnostics.warning(line.number(), line.column(),
                        "dropped line " + Chars.quote(line.text()) + " before the title: it holds no letter or digit");
            } else {
                return i;
            }
        }
        if (firstChrome != null) {
            throw fatal(firstChrome.number(), firstChrome.column(), "the input holds only page chrome such as "
                    + Chars.quote(firstChrome.text()) + (separators > 0 ? " and separator lines" : "")
                    + ", no article");
        }
        if (separators > 0) {
            throw fatal(1, 1, "the input holds no letter or digit, no article");
        }
        throw fatal(1, 1, "the input holds only white space, no article");
    }

    private String title(Line line) {
        String text = line.text();
        int bullet = LineKinds.bulletLength(text);
        if (bullet > 0 && bullet < text.length() && Chars.hasLetterOrDigit(text.substring(bullet))) {
            diagnostics.info(line.number(), line.column(),
                    "dropped the bullet " + Chars.quote(text.substring(0, 1)) + " before the title");
            text = text.substring(bullet).strip();
        }
        return text;
    }

    private boolean isChrome(Line line) {
        return chrome.matches(line.text());
    }

    private void dropChrome(Line line) {
        diagnostics.info(line.number(), line.column(), "dropped chrome line " + Chars.quote(line.text()));
    }

    // ------------------------------------------------------------------ metadata

    /**
     * Reads the metadata lines under the title: lines with at least one known field, and lines of
     * the shape {@code Label: value} with an unknown label that touch such a line (no blank line
     * between), which are kept as paragraphs. {@return the index of the first body line}
     */
    private int readMetadata(List<Line> lines, int from) {
        int i = from;
        boolean touching = true;
        boolean afterMetadata = false;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                touching = false;
                i++;
                continue;
            }
            if (isChrome(line)) {
                dropChrome(line);
                i++;
                continue;
            }
            var fields = MetadataReader.read(line);
            if (fields.isPresent()) {
                for (MetadataReader.Field field : fields.get()) {
                    field(line, field);
                }
            } else if (touching && MetadataReader.looksLabelled(line.text()) && LineKinds.credit(line.text()) == null
                    && (afterMetadata || (i + 1 < lines.size() && MetadataReader.read(lines.get(i + 1)).isPresent()))) {
                kept.add(Paragraph.of(line.text()));
                diagnostics.warning(line.number(), line.column(), "unrecognised metadata line " + Chars.quote(line.text())
                        + "; kept as a paragraph at the top of the body");
            } else {
                break;
            }
            touching = true;
            afterMetadata = true;
            i++;
        }
        return i;
    }

    private void field(Line line, MetadataReader.Field field) {
        int n = line.number();
        int col = field.column();
        if (field.kind() == MetadataReader.Kind.UNKNOWN) {
            keep(n, col, field, "unrecognised metadata field " + Chars.quote(field.text()));
            return;
        }
        if (field.value().isEmpty()) {
            diagnostics.warning(n, col, "dropped the empty metadata field " + Chars.quote(field.text()));
            return;
        }
        switch (field.kind()) {
            case SOURCE -> {
                if (publisher != null) {
                    keep(n, col, field, "second source " + Chars.quote(field.value()));
                } else {
                    publisher = field.value();
                    diagnostics.info(n, col, "read the source " + Chars.quote(publisher) + " from " + Chars.quote(field.text()));
                }
            }
            case DATE -> date(n, col, field);
            case AUTHOR -> {
                List<String> names = Names.split(field.value());
                if (names.isEmpty()) {
                    keep(n, col, field, "no names in the byline " + Chars.quote(field.text()));
                } else {
                    authors.addAll(names);
                    diagnostics.info(n, col, "read the author" + (names.size() > 1 ? "s " : " ")
                            + names.stream().map(Chars::quote).collect(Collectors.joining(", "))
                            + " from " + Chars.quote(field.text()));
                }
            }
            case UNKNOWN -> throw new AssertionError("handled above");
        }
    }

    private void date(int n, int col, MetadataReader.Field field) {
        if (published != null) {
            keep(n, col, field, "second date " + Chars.quote(field.value()));
            return;
        }
        switch (DateReader.read(field.value(), settings.dayFirst())) {
            case DateReader.Read read -> {
                published = read.date();
                String how = "read the date " + read.date() + " from " + Chars.quote(field.text());
                if (read.warning() != null) {
                    diagnostics.warning(n, col, how + ": " + read.warning());
                } else if (read.note() != null) {
                    diagnostics.info(n, col, how + " (" + read.note() + ")");
                } else {
                    diagnostics.info(n, col, how);
                }
            }
            case DateReader.Unreadable unreadable ->
                    keep(n, col, field, "unreadable date " + Chars.quote(field.value()) + " (" + unreadable.reason() + ")");
        }
    }

    /** Keeps a field the article has no place for as a paragraph, so that its text is not lost. */
    private void keep(int line, int column, MetadataReader.Field field, String what) {
        kept.add(Paragraph.of(field.text()));
        diagnostics.warning(line, column, what + "; kept as a paragraph at the top of the body");
    }

    // ------------------------------------------------------------------ body

    /** Turns the body lines into blocks. */
    private final class BodyReading {

        private final List<Line> lines;
        private final int from;
        private final List<Draft> drafts = new ArrayList<>();
        private Draft paragraph;
        private Draft list;
        /** Whether a text line now continues the last list item: no blank line since it. */
        private boolean itemOpen;

        BodyReading(List<Line> lines, int from) {
            this.lines = lines;
            this.from = from;
        }

        List<Block> blocks() {
            for (int i = from; i < lines.size(); i++) {
                line(lines.get(i));
            }
            closeParagraph();
            return guessHeadings();
        }

        private void line(Line line) {
            String text = line.text();
            if (line.isBlank()) {
                closeParagraph();
                itemOpen = false;
            } else if (isChrome(line)) {
                dropChrome(line);
                closeParagraph();
                itemOpen = false;
            } else if (!Chars.hasLetterOrDigit(text)) {
                diagnostics.warning(line.number(), line.column(), "dropped the separator line " + Chars.quote(text)
                        + ": it holds no letter or digit");
                closeParagraph();
                closeList();
            } else {
                String credit = LineKinds.credit(text);
                LineKinds.ListMarker marker = credit == null ? LineKinds.listMarker(text) : null;
                if (credit != null) {
                    closeParagraph();
                    closeList();
                    drafts.add(Draft.figure(line, credit));
                    diagnostics.info(line.number(), line.column(), "read the photo credit " + Chars.quote(credit)
                            + " from " + Chars.quote(text) + " as a figure");
                } else if (marker != null) {
                    closeParagraph();
                    if (list != null && list.ordered != marker.ordered()) {
                        closeList();
                    }
                    if (list == null) {
                        list = Draft.list(line, marker.ordered());
                        drafts.add(list);
                    }
                    list.items.add(new Joined(marker.text()));
                    itemOpen = true;
                } else if (itemOpen) {
                    list.items.get(list.items.size() - 1).add(text);
                } else if (paragraph != null) {
                    paragraph.text.add(text);
                    paragraph.lineCount++;
                } else {
                    closeList();
                    paragraph = Draft.paragraph(line);
                    drafts.add(paragraph);
                }
            }
        }

        private void closeParagraph() {
            paragraph = null;
        }

        private void closeList() {
            list = null;
            itemOpen = false;
        }

        /**
         * Makes blocks of the drafts, from the last to the first so that each one-line paragraph
         * knows whether body text follows it (figures in between do not count). {@return the kept
         * metadata paragraphs, then those blocks}
         */
        private List<Block> guessHeadings() {
            int top = kept.size();
            Block[] blocks = kept.toArray(new Block[top + drafts.size()]);
            boolean textFollows = false;
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                switch (d.kind) {
                    case FIGURE -> blocks[top + i] = Figure.ofCredit(d.text.toString());
                    case LIST -> {
                        blocks[top + i] = new ListBlock(d.ordered,
                                d.items.stream().map(item -> ListItem.of(item.toString())).toList());
                        textFollows = true;
                    }
                    case PARAGRAPH -> {
                        String text = d.text.toString();
                        if (d.lineCount == 1 && textFollows
                                && Headings.looksLikeHeading(text, settings.maxHeadingWords(), settings.maxHeadingLength())) {
                            blocks[top + i] = Heading.of(2, text);
                            diagnostics.info(d.line, d.column, "guessed the section heading " + Chars.quote(text)
                                    + ": a short line on its own before body text");
                            textFollows = false;
                        } else {
                            blocks[top + i] = Paragraph.of(text);
                            textFollows = true;
                        }
                    }
                }
            }
            return Arrays.asList(blocks);
        }
    }

    /** A block being built. */
    private static final class Draft {
        enum Kind { PARAGRAPH, LIST, FIGURE }

        final Kind kind;
        final int line;
        final int column;
        final Joined text;
        final boolean ordered;
        final List<Joined> items;
        int lineCount = 1;

        private Draft(Kind kind, Line line, String text, boolean ordered) {
            this.kind = kind;
            this.line = line.number();
            this.column = line.column();
            this.text = new Joined(text);
            this.ordered = ordered;
            this.items = kind == Kind.LIST ? new ArrayList<>() : List.of();
        }

        static Draft paragraph(Line line) {
            return new Draft(Kind.PARAGRAPH, line, line.text(), false);
        }

        static Draft list(Line line, boolean ordered) {
            return new Draft(Kind.LIST, line, "", ordered);
        }

        static Draft figure(Line line, String credit) {
            return new Draft(Kind.FIGURE, line, credit, false);
        }
    }

    /** The text of a paragraph or list item, joined from its lines; a buffer is made only for a second line. */
    private static final class Joined {
        private final String first;
        private StringBuilder joined;

        Joined(String first) {
            this.first = first;
        }

        /** Appends a line that continues the text, as {@link Chars#join} does. */
        void add(String line) {
            if (joined == null) {
                joined = new StringBuilder(first.length() + line.length() + 64).append(first);
            }
            Chars.join(joined, line);
        }

        @Override
        public String toString() {
            return joined == null ? first : joined.toString();
        }
    }

    private ArticleParseException fatal(int line, int column, String problem) {
        return new ArticleParseException(new Location(sourceName, line, column), problem);
    }
}
