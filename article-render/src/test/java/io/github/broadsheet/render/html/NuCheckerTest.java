package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker the fixture tests rely on does find problems, in markup and in styles. */
class NuCheckerTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
            + "<style>%s</style></head><body>%s</body></html>";

    @Test
    void acceptsAValidPage() {
        assertThat(NuChecker.problems(PAGE.formatted("p { color: red; }", "<p>fine</p>"))).isEmpty();
    }

    @Test
    void reportsInvalidMarkup() {
        assertThat(NuChecker.problems(PAGE.formatted("", "<p><div>block in paragraph</div><img src=\"x.png\"></p>")))
                .extracting(NuChecker.Finding::kind).contains("error");
    }

    @Test
    void reportsInvalidStyles() {
        assertThat(NuChecker.problems(PAGE.formatted("p { colour: red; }", "<p>x</p>")))
                .anySatisfy(f -> assertThat(f.message()).containsIgnoringCase("CSS"));
    }
}
