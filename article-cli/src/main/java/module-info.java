/**
 * The {@code broadsheet} command line: converts articles between the formats registered with the
 * {@link io.github.broadsheet.parse.ParserRegistry} and the
 * {@link io.github.broadsheet.render.RendererRegistry}, and lists them. Run it as
 * {@code java -jar broadsheet.jar --help}.
 */
module io.github.broadsheet.cli {
    requires io.github.broadsheet.render;
    requires io.github.broadsheet.pdf;
    requires info.picocli;

    // picocli reads and sets the annotated command fields by reflection.
    opens io.github.broadsheet.cli to info.picocli;
}
