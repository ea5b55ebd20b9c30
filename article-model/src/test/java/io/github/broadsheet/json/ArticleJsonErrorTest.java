package io.github.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.Location;
import io.github.broadsheet.parse.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader says about input that is not an article: each case gives the exact line and
 * column, the JSON path and the problem, in a one-line message {@code x.json:LINE:COL: $.path: problem}.
 * Inputs are text blocks whose content starts at column 1, so positions can be read off them.
 */
class ArticleJsonErrorTest {

    private static final ArticleJson STRICT = ArticleJson.standard();
    private static final ArticleJson LENIENT = ArticleJson.builder().strict(false).build();

    private static ArticleParseException failure(ArticleJson json, String input) {
        ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> json.parse(input, "x.json"));
        assertThat(e).as("an ArticleParseException for:%n%s", input).isNotNull();
        return e;
    }

    private static ArticleParseException failure(String input) {
        return failure(STRICT, input);
    }

    private static ArticleParseException failure(byte[] input) {
        ArticleParseException e = catchThrowableOfType(ArticleParseException.class,
                () -> STRICT.parse(new ByteArrayInputStream(input), "x.json"));
        assertThat(e).as("an ArticleParseException").isNotNull();
        return e;
    }

    /** Checks the position, path and problem, and that the message is exactly the one line they make. */
    private static void assertError(ArticleParseException e, int line, int column, String path, String problem) {
        assertThat(e.location()).as("location of: %s", e.getMessage()).isEqualTo(new Location("x.json", line, column));
        if (path == null) {
            assertThat(e.path()).as("path of: %s", e.getMessage()).isEmpty();
        } else {
            assertThat(e.path()).as("path of: %s", e.getMessage()).contains(path);
        }
        assertThat(e.problem()).isEqualTo(problem);
        assertOneLine(e);
    }

    private static void assertOneLine(ArticleParseException e) {
        String where = e.location().source() + ":" + e.location().line() + ":" + e.location().column() + ": ";
        assertThat(e.getMessage())
                .isEqualTo(where + e.path().map(p -> p + ": ").orElse("") + e.problem())
                .doesNotContain("\n", "\r");
    }

    // ------------------------------------------------------------------ malformed JSON

    @Test
    void rejectsTruncatedInputAtItsEnd() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                """);
        assertError(e, 4, 1, "$.body", "malformed JSON: Unexpected end-of-input: expected close marker for Array"
                + " (start marker at line 3, column 11)");
    }

    @Test
    void rejectsTruncatedString() {
        ArticleParseException e = failure("{\n  \"title\": \"Ferry");
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.path()).contains("$.title");
        assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input").contains("closing quote");
        assertOneLine(e);
    }

    @Test
    void rejectsTrailingCommaInAnObject() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                }
                """);
        assertThat(e.location()).isEqualTo(new Location("x.json", 3, 1));
        assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('}' (code 125))");
        assertOneLine(e);
    }

    @Test
    void rejectsTrailingCommaInAnArray() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "authors": ["Ann",]
                }
                """);
        assertThat(e.location()).isEqualTo(new Location("x.json", 3, 21));
        assertThat(e.path()).contains("$.authors[1]");
        assertThat(e.problem()).startsWith("malformed JSON: Unexpected character (']' (code 93))");
        assertOneLine(e);
    }

    @Test
    void rejectsGarbageAfterTheArticle() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry"
                }
                and more
                """);
        assertThat(e.location()).isEqualTo(new Location("x.json", 4, 1));
        assertThat(e.problem()).startsWith("malformed JSON: Unrecognized token 'and'");
        assertOneLine(e);
    }

    @Test
    void rejectsASecondValueAfterTheArticle() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry"
                }
                {"title": "Boats"}
                """);
        assertError(e, 4, 1, null, "expected the end of the input after the article object, found an object");
    }

    @Test
    void rejectsEmptyInput() {
        assertError(failure("  \n"), 1, 1, null, "empty input: expected a JSON object with a \"title\"");
    }

    @Test
    void rejectsAnArrayInsteadOfAnArticle() {
        assertError(failure("[]"), 1, 1, "$", "expected an article object, found an array");
    }

    // ------------------------------------------------------------------ wrong types

    @Test
    void rejectsTitleAsNumber() {
        ArticleParseException e = failure("""
                {
                  "title": 42
                }
                """);
        assertError(e, 2, 12, "$.title", "expected a string, found a number");
    }

    @Test
    void rejectsBodyAsObject() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": {"type": "paragraph", "text": "Boats."}
                }
                """);
        assertError(e, 3, 11, "$.body", "expected an array of blocks, found an object");
    }

    @Test
    void rejectsLevelAsString() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "heading", "level": "2", "text": "Crews"}
                  ]
                }
                """);
        assertError(e, 4, 34, "$.body[0].level", "expected a heading level (a whole number from 1 to 6), found a string");
    }

    @Test
    void rejectsOrderedAsString() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "list", "ordered": "yes", "items": ["One"]}
                  ]
                }
                """);
        assertError(e, 4, 33, "$.body[0].ordered", "expected true or false, found a string");
    }

    @Test
    void rejectsAuthorsAsString() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "authors": "Ann"
                }
                """);
        assertError(e, 3, 14, "$.authors", "expected an array of strings, found a string");
    }

    // ------------------------------------------------------------------ missing and invalid values

    @Test
    void rejectsMissingTitle() {
        ArticleParseException e = failure("""
                {
                  "source": "Vale Weekly",
                  "body": []
                }
                """);
        assertError(e, 1, 1, "$", "missing required field \"title\"");
    }

    @Test
    void rejectsBlankTitle() {
        ArticleParseException e = failure("""
                {
                  "title": "  "
                }
                """);
        assertError(e, 2, 12, "$.title", "must not be blank");
    }

    @Test
    void rejectsBlankAuthorNamingItsIndex() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "authors": ["Ann", " "]
                }
                """);
        assertError(e, 3, 22, "$.authors[1]", "must not be blank; leave the field out instead");
    }

    @Test
    void rejectsBlankTag() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "tags": [""]
                }
                """);
        assertError(e, 3, 12, "$.tags[0]", "must not be blank; leave the field out instead");
    }

    @Test
    void rejectsUnknownBlockTypeListingTheKnownOnes() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "table", "rows": []}
                  ]
                }
                """);
        assertError(e, 4, 14, "$.body[0].type",
                "unknown block type \"table\"; known types: paragraph, heading, figure, quote, list");
    }

    @Test
    void rejectsUnknownInlineTypeListingTheKnownOnes() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "content": [{"type": "underline", "text": "Boats"}]}
                  ]
                }
                """);
        assertError(e, 4, 48, "$.body[0].content[0].type",
                "unknown inline type \"underline\"; known types: text, emphasis, strong, link, linebreak");
    }

    @Test
    void rejectsBlockWithoutType() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"text": "Boats."}
                  ]
                }
                """);
        assertError(e, 4, 5, "$.body[0]",
                "missing required field \"type\"; known block types: paragraph, heading, figure, quote, list");
    }

    @Test
    void rejectsHeadingLevelNineWithThePathOfTheFourthBlock() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "text": "One."},
                    {"type": "figure", "credit": "Jonas Eklöf"},
                    {"type": "quote", "text": "Two."},
                    {"type": "heading", "level": 9, "text": "Three"}
                  ]
                }
                """);
        assertError(e, 7, 34, "$.body[3].level", "heading level must be between 1 and 6, was 9");
        assertThat(e).hasMessage("x.json:7:34: $.body[3].level: heading level must be between 1 and 6, was 9");
    }

    @Test
    void rejectsHeadingWithoutLevel() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "heading", "text": "Crews"}
                  ]
                }
                """);
        assertError(e, 4, 5, "$.body[0]", "missing required field \"level\" of a heading");
    }

    @Test
    void rejectsBothTextAndContent() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "text": "One.", "content": [{"type": "text", "text": "Two."}]}
                  ]
                }
                """);
        assertError(e, 4, 54, "$.body[0].content", "give either \"text\" or \"content\", not both");
    }

    @Test
    void rejectsEmptyContentArray() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "content": []}
                  ]
                }
                """);
        assertError(e, 4, 38, "$.body[0].content", "inline content must not be empty");
    }

    @Test
    void rejectsEmptyTextRun() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "text": ""}
                  ]
                }
                """);
        assertError(e, 4, 35, "$.body[0].text", "text must not be empty");
    }

    @Test
    void rejectsFigureWithNoParts() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "figure"}
                  ]
                }
                """);
        assertError(e, 4, 5, "$.body[0]", "figure needs at least one of src, alt, caption or credit");
    }

    @Test
    void rejectsEmptyList() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "list", "ordered": true, "items": []}
                  ]
                }
                """);
        assertError(e, 4, 48, "$.body[0].items", "a list must have at least one item");
    }

    @Test
    void rejectsInvalidPublishedDate() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "published": "2026-02-30"
                }
                """);
        assertThat(e.location()).isEqualTo(new Location("x.json", 3, 16));
        assertThat(e.path()).contains("$.published");
        assertThat(e.problem()).startsWith("not a valid date or time: \"2026-02-30\"");
        assertOneLine(e);
    }

    @Test
    void rejectsPublishedDateThatIsNotIso() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "published": "14/03/2026"
                }
                """);
        assertError(e, 3, 16, "$.published", "not an ISO 8601 date (yyyy-MM-dd, optionally with THH:mm[:ss] and an"
                + " offset): \"14/03/2026\"");
    }

    @Test
    void rejectsInvalidLanguageTag() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "language": "en_GB"
                }
                """);
        assertThat(e.location()).isEqualTo(new Location("x.json", 3, 15));
        assertThat(e.path()).contains("$.language");
        assertThat(e.problem()).startsWith("not a BCP 47 language tag: \"en_GB\"");
        assertOneLine(e);
    }

    @Test
    void rejectsUndeterminedLanguage() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "language": "und"
                }
                """);
        assertError(e, 3, 15, "$.language", "not a BCP 47 language tag: \"und\"");
    }

    // ------------------------------------------------------------------ unknown and duplicate fields

    private static final String UNKNOWN_ARTICLE_FIELD = """
            {
              "title": "Ferry",
              "editor": {"name": "Sam", "desk": ["night"]},
              "section": "Transport"
            }
            """;

    @Test
    void rejectsUnknownFieldByDefault() {
        assertThat(STRICT.strict()).isTrue();
        assertError(failure(UNKNOWN_ARTICLE_FIELD), 3, 3, "$.editor", "unknown field \"editor\" in an article;"
                + " known fields: title, subtitle, source, authors, published, language, url, section, tags, body");
    }

    @Test
    void warnsAboutAnUnknownFieldWhenLenientAndReadsTheRest() {
        ParseResult result = LENIENT.parse(UNKNOWN_ARTICLE_FIELD, "x.json");

        assertThat(result.article()).isEqualTo(Article.builder().title("Ferry").section("Transport").build());
        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.location()).isEqualTo(new Location("x.json", 3, 3));
            assertThat(d.message()).startsWith("$.editor: unknown field \"editor\" in an article").endsWith("(ignored)");
        });
    }

    private static final String UNKNOWN_BLOCK_FIELDS = """
            {
              "title": "Ferry",
              "body": [
                {"type": "paragraph", "text": "Boats.", "style": "bold"},
                {"type": "paragraph", "level": 2, "text": "More boats."}
              ]
            }
            """;

    @Test
    void rejectsUnknownBlockField() {
        assertError(failure(UNKNOWN_BLOCK_FIELDS), 4, 45, "$.body[0].style", "unknown field \"style\" in a block");
    }

    @Test
    void warnsAboutBlockFieldsWhenLenientAndKeepsTheBlocks() {
        ParseResult result = LENIENT.parse(UNKNOWN_BLOCK_FIELDS, "x.json");

        assertThat(result.article().body()).containsExactly(Paragraph.of("Boats."), Paragraph.of("More boats."));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "x.json:4:45: warning: $.body[0].style: unknown field \"style\" in a block (ignored)",
                "x.json:5:27: warning: $.body[1]: field \"level\" does not belong in a paragraph; its fields are"
                        + " content, text, type (ignored)");
    }

    @Test
    void rejectsFieldOfAnotherBlockType() {
        String input = UNKNOWN_BLOCK_FIELDS.replace(", \"style\": \"bold\"", "");
        assertError(failure(input), 5, 27, "$.body[1]",
                "field \"level\" does not belong in a paragraph; its fields are content, text, type");
    }

    @Test
    void rejectsDuplicateField() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "title": "Boats"
                }
                """);
        // Jackson reports the position just after the repeated name.
        assertError(e, 3, 10, "$.title", "duplicate field \"title\"");
    }

    @Test
    void rejectsDuplicateFieldInABlock() {
        ArticleParseException e = failure("""
                {
                  "title": "Ferry",
                  "body": [{"type": "heading", "level": 2, "level": 3, "text": "Crews"}]
                }
                """);
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.path()).contains("$.body[0].level");
        assertThat(e.problem()).isEqualTo("duplicate field \"level\"");
        assertOneLine(e);
    }

    // ------------------------------------------------------------------ bytes: UTF-8, BOM, line ends

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffset() {
        // "{\n  \"title\": \"Caf" is 17 bytes; the lone lead byte 0xC3 follows it.
        ArticleParseException e = failure(bytes("{\n  \"title\": \"Caf", 0xC3, "(\"\n}"));
        assertError(e, 2, 16, null, "invalid UTF-8: byte 0xC3 at byte offset 17");
    }

    @Test
    void rejectsAStrayContinuationByteAfterMultiByteText() {
        // "{\"title\": \"夜市" is 11 + 6 bytes but 13 characters.
        ArticleParseException e = failure(bytes("{\"title\": \"夜市", 0x80, "\"}"));
        assertError(e, 1, 14, null, "invalid UTF-8: byte 0x80 at byte offset 17");
    }

    @Test
    void skipsAByteOrderMarkThatWasDecodedIntoTheText() {
        ParseResult result = ArticleJson.standard().parse("\uFEFF{\"title\": \"Tram depot opens\"}", "bom.json");

        assertThat(result.article().title()).isEqualTo("Tram depot opens");
        assertThatThrownBy(() -> ArticleJson.standard().parse("{\"title\": \"x\"}\uFEFF", "late.json"))
                .isInstanceOf(ArticleParseException.class);
    }

    @Test
    void rejectsInvalidUtf8AfterABomCountingTheBomsBytes() {
        ArticleParseException e = failure(bytes(0xEF, 0xBB, 0xBF, "{\"title\": \"", 0xFF, "\"}"));
        assertError(e, 1, 12, null, "invalid UTF-8: byte 0xFF at byte offset 14");
    }

    @Test
    void rejectsATruncatedFourByteSequenceAtTheEnd() {
        ArticleParseException e = failure(bytes("{\"title\": \"x\"}", 0xF0, 0x9F, 0x98));
        assertThat(e.problem()).isEqualTo("invalid UTF-8: byte 0xF0 at byte offset 14");
        assertOneLine(e);
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        ParseResult result = STRICT.parse(new ByteArrayInputStream(bytes(0xEF, 0xBB, 0xBF, "{\"title\": \"Ferry 渡轮\"}")),
                "x.json");
        assertThat(result.article().title()).isEqualTo("Ferry 渡轮");
    }

    @Test
    void acceptsCrLfLineEndsAndCountsLinesTheSame() {
        String lf = """
                {
                  "title": "Ferry",
                  "body": [
                    {"type": "paragraph", "text": "One."},
                    {"type": "heading", "level": 2, "text": "Two"}
                  ]
                }
                """;
        String crlf = lf.replace("\n", "\r\n");
        Article article = STRICT.parse(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)), "x.json").article();
        assertThat(article).isEqualTo(STRICT.read(lf));
        assertThat(article.body()).hasSize(2);

        ArticleParseException e = failure(crlf.replace("\"level\": 2", "\"level\": 9"));
        assertError(e, 5, 34, "$.body[1].level", "heading level must be between 1 and 6, was 9");
    }

    // ------------------------------------------------------------------ hostile input

    /** {@return an article whose one paragraph holds {@code depth} strong nodes, one inside the other} */
    private static Article nestedStrong(int depth) {
        List<Inline> content = List.of(new Text("deep"), new Text(" down"));
        for (int i = 0; i < depth; i++) {
            content = List.of(new Strong(content));
        }
        return Article.builder().title("Deep").add(new Paragraph(content)).build();
    }

    @Test
    void acceptsMarkupNestedTwentyEightDeep() {
        Article article = nestedStrong(28);
        assertThat(STRICT.read(STRICT.write(article))).isEqualTo(article);
    }

    @Test
    void rejectsNestingDeeperThanTheLimitClearly() {
        String json = STRICT.write(nestedStrong(40));
        ArticleParseException e = failure(json);
        assertThat(e.problem()).isEqualTo("the input nests arrays and objects deeper than the limit ("
                + ArticleJson.DEFAULT_MAX_NESTING_DEPTH + " levels)");
        assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).startsWith("$.body[0].content[0].content[0]"));
        assertThat(e.location().line()).isGreaterThan(60);
        assertOneLine(e);
    }

    @Test
    void rejectsHundredThousandLevelsWithoutOverflowingTheStack() {
        String open = "{\"type\": \"strong\", \"content\": [".repeat(100_000);
        String json = "{\"title\": \"Deep\", \"body\": [{\"type\": \"paragraph\", \"content\": [" + open;
        ArticleParseException e = failure(json);
        assertThat(e.problem()).startsWith("the input nests arrays and objects deeper than the limit");
        assertOneLine(e);
    }

    @Test
    void rejectsDeepNestingInsideAnIgnoredFieldWhenLenient() {
        String json = "{\"title\": \"Deep\", \"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ArticleParseException e = failure(LENIENT, json);
        assertThat(e.problem()).startsWith("the input nests arrays and objects deeper than the limit");
        assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).startsWith("$.notes[0][0]"));
    }

    @Test
    void rejectsAStringLongerThanTheLimit() {
        ArticleJson json = ArticleJson.builder().maxStringLength(16).build();
        assertThat(json.read("{\"title\": \"sixteen chars ok\"}").title()).hasSize(16);
        ArticleParseException e = failure(json, """
                {
                  "title": "Ferry",
                  "subtitle": "seventeen chars!!"
                }
                """);
        assertThat(e.problem()).isEqualTo("a string is longer than the limit (16 characters)");
        assertThat(e.path()).contains("$.subtitle");
        assertThat(e.location().line()).isEqualTo(3);
        assertOneLine(e);
    }

    @Test
    void rejectsTextInputLargerThanTheLimit() {
        ArticleJson json = ArticleJson.builder().maxInputBytes(64).build();
        String big = "{\"title\": \"Ferry\", \"subtitle\": \"" + "ferry ".repeat(20) + "\"}";
        assertError(failure(json, big), 1, 1, null, "the input is longer than the limit (64 characters)");
    }

    @Test
    void rejectsByteInputLargerThanTheLimit() {
        ArticleJson json = ArticleJson.builder().maxInputBytes(64).build();
        byte[] big = ("{\"title\": \"Ferry\", \"subtitle\": \"" + "ferry ".repeat(20) + "\"}").getBytes(StandardCharsets.UTF_8);
        ArticleParseException e = catchThrowableOfType(ArticleParseException.class,
                () -> json.parse(new ByteArrayInputStream(big), "x.json"));
        assertThat(e).isNotNull();
        assertError(e, 1, 1, null, "input is larger than the limit of 64 bytes");
        byte[] small = "{\"title\": \"Ferry\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(json.parse(new ByteArrayInputStream(small), "x.json").article().title()).isEqualTo("Ferry");
    }

    @Test
    void refusesLimitsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleJson.builder().maxNestingDepth(7).build())
                .withMessage("maxNestingDepth must be from 8 to 1000, was 7");
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleJson.builder().maxStringLength(0).build())
                .withMessage("maxStringLength must be positive, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleJson.builder().maxInputBytes(0).build())
                .withMessage("maxInputBytes must be positive, was 0");
    }
}
