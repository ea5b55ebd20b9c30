package io.github.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.broadsheet.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types that carry what a parser says. */
class ParseTypesTest {

    @Test
    void writesLocationsAsSourceLineColumn() {
        assertThat(new Location("ferry.json", 4, 16)).hasToString("ferry.json:4:16");
        assertThat(Location.start("<stdin>")).isEqualTo(new Location("<stdin>", 1, 1));
    }

    @Test
    void rejectsLinesAndColumnsBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Location("x", 0, 1))
                .withMessage("line and column count from 1, were 0:1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Location("x", 1, 0))
                .withMessage("line and column count from 1, were 1:0");
    }

    @Test
    void keepsAnExceptionMessageOnOneLine() {
        ArticleParseException e = new ArticleParseException(new Location("x.json", 2, 3), "$.title",
                "first line\n   second line\r\nthird", null);
        assertThat(e).hasMessage("x.json:2:3: $.title: first line second line third");
        assertThat(e.problem()).isEqualTo("first line\n   second line\r\nthird");
        assertThat(new ArticleParseException(Location.start("x"), "no path")).hasMessage("x:1:1: no path");
    }

    @Test
    void writesDiagnosticsWithTheirSeverity() {
        Diagnostic d = Diagnostic.warning(new Location("seed.txt", 3, 1), "dropped chrome line \"print close\"");
        assertThat(d).hasToString("seed.txt:3:1: warning: dropped chrome line \"print close\"");
        assertThat(Diagnostic.info(Location.start("x"), "guessed a heading").severity())
                .isEqualTo(Diagnostic.Severity.INFO);
    }

    @Test
    void rejectsMultiLineDiagnostics() {
        assertThatIllegalArgumentException().isThrownBy(() -> Diagnostic.info(Location.start("x"), "one\ntwo"))
                .withMessageStartingWith("a diagnostic message is one line");
    }

    @Test
    void copiesDiagnosticsIntoAParseResult() {
        List<Diagnostic> diagnostics = new ArrayList<>(List.of(Diagnostic.info(Location.start("x"), "note")));
        ParseResult result = new ParseResult(Article.builder().title("T").build(), diagnostics);
        diagnostics.add(Diagnostic.warning(Location.start("x"), "later"));
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.hasWarnings()).isFalse();
    }

    @Test
    void defaultsToStrictMonthFirstAndSixtyFourMebibytes() {
        ParseOptions defaults = ParseOptions.defaults();
        assertThat(defaults.strict()).isTrue();
        assertThat(defaults.dayFirst()).isFalse();
        assertThat(defaults.maxInputBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(ParseOptions.builder().build()).isEqualTo(defaults);
        assertThat(defaults.toBuilder().dayFirst(true).build().dayFirst()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> ParseOptions.builder().maxInputBytes(0).build())
                .withMessage("maxInputBytes must be positive, was 0");
    }
}
