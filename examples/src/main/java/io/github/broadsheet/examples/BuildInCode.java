package io.github.broadsheet.examples;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds an article in code with the builders and factories of the model, and writes it as
 * canonical JSON, the form that every Broadsheet tool reads back without loss. Run it as
 * {@code java … io.github.broadsheet.examples.BuildInCode [OUTPUT_FOLDER]} (default: the current folder).
 */
public final class BuildInCode {

    private BuildInCode() {}

    /**
     * Writes {@code allotment-prize.json}.
     *
     * @param args the folder to write to (default: the current folder)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
        Path file = folder.resolve("allotment-prize.json");

        String json = ArticleJson.standard().write(article()); // two-space indents, keys in a fixed order
        Files.writeString(file, json);                          // UTF-8
        System.out.println(file);
    }

    /** {@return the article} Builders check as they go: a blank title or a heading level 9 throws. */
    static Article article() {
        return Article.builder()
                .title("Allotment society wins the county's green-space prize")
                .subtitle("Forty plots on an old railway siding beat parks twice their size")
                .source("The Millbrook Weekly")
                .author("Priya Natarajan")
                .published(PublicationDate.parse("2026-07-02T18:45+01:00"))  // kept at the precision given
                .language("en-GB")
                .url("https://millbrook-weekly.example/news/allotment-prize")
                .section("Community")
                .tag("gardening")
                .tag("awards")
                // Plain paragraphs and headings have shortcuts on the builder ...
                .paragraph("The judges arrived on a wet Tuesday and stayed until the rain stopped, which the "
                        + "society's chair took as a good sign.")
                .heading(2, "What the judges saw")
                // ... rich text is built from inline nodes: Text, Emphasis, Strong, Link, LineBreak.
                .add(Paragraph.of(
                        new Text("The citation praises the "),
                        new Strong(List.of(new Text("shared seed library"))),
                        new Text(" and the rainwater tanks made from "),
                        new Emphasis(List.of(new Text("old railway water troughs"))),
                        new Text(". The full report is on the "),
                        Link.of("https://county-green.example/prize/2026", "county's website")
                                .withTitle("Green-space prize report 2026"),
                        new Text(".")))
                .add(Figure.builder()
                        .src("images/tool-wall.png")
                        .alt("A pegboard wall hung with tools")
                        .caption("The society's shared tool wall, copied from the Carver Street library.")
                        .credit("Ola Brennan")
                        .build())
                .add(Quote.of("We grow vegetables, but mostly we grow neighbours.", "Denise Fairweather, chair"))
                .heading(3, "Next season")
                .add(ListBlock.ordered("Six new plots for the primary school", "A second water tank",
                        "A bench for the ones who only come to watch"))
                .add(Paragraph.of(new Text("Waiting list: ask at the gate on Sundays,"), LineBreak.INSTANCE,
                        new Text("from ten until noon.")))
                .build();
    }
}
