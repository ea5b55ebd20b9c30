/**
 * Broadsheet's article model, the parser SPI and registry, the canonical JSON form, and the parser
 * for articles saved as text from news sites' print views.
 *
 * @uses io.github.broadsheet.parse.ParserProvider
 * @provides io.github.broadsheet.parse.ParserProvider the canonical JSON form ({@code json}) and
 *     articles saved as text from news sites' print views ({@code print-text})
 */
module io.github.broadsheet.model {
    requires tools.jackson.core;

    exports io.github.broadsheet.model;
    exports io.github.broadsheet.parse;
    exports io.github.broadsheet.json;
    exports io.github.broadsheet.printtext;

    uses io.github.broadsheet.parse.ParserProvider;

    provides io.github.broadsheet.parse.ParserProvider with
            io.github.broadsheet.json.JsonParserProvider,
            io.github.broadsheet.printtext.PrintTextParserProvider;
}
