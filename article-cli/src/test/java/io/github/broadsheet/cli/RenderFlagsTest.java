package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendering flags of {@code convert} reach renderers as {@code RenderOptions}. */
class RenderFlagsTest {

    @TempDir
    Path dir;

    @Test
    void passesTheDefaultsWhenNoFlagIsGiven() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun result = run("convert", input.toString(), "--to", "options");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).containsExactly(
                "theme=article", "locale=", "templateDirectory=", "templateClasspathPrefix=", "baseUrl=",
                "structuredData=true", "textWidth=72");
    }

    @Test
    void passesEveryRenderingFlag() throws Exception {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);
        Path templates = Files.createDirectories(dir.resolve("templates"));

        CliRun result = run("convert", input.toString(), "--to", "options", "--theme", "print",
                "--template-dir", templates.toString(), "--template-prefix", "com/example/looks",
                "--locale", "zh-Hans", "--base-url", "https://news.example/2026/", "--no-structured-data",
                "--width", "40");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines()).containsExactly(
                "theme=print", "locale=zh-Hans", "templateDirectory=" + templates,
                "templateClasspathPrefix=com/example/looks", "baseUrl=https://news.example/2026/",
                "structuredData=false", "textWidth=40");
    }

    @Test
    void rejectsAWidthOutOfRangeAsBadUsage() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun result = run("convert", input.toString(), "--to", "options", "--width", "5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderrLines().get(0)).isEqualTo(
                "broadsheet convert: the text width must be from 20 to 1000, was 5");
    }

    @Test
    void rejectsAnIllFormedLocaleARelativeBaseUrlAndAMissingTemplateFolder() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun locale = run("convert", input.toString(), "--to", "options", "--locale", "en_GB");
        CliRun base = run("convert", input.toString(), "--to", "options", "--base-url", "news/today");
        CliRun folder = run("convert", input.toString(), "--to", "options", "--template-dir",
                dir.resolve("missing").toString());

        assertThat(locale.exitCode()).isEqualTo(2);
        assertThat(locale.stderrLines().get(0)).contains("not a BCP 47 language tag: \"en_GB\"");
        assertThat(base.exitCode()).isEqualTo(2);
        assertThat(base.stderrLines().get(0)).contains("the base URL must be absolute");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.stderrLines().get(0)).contains("is not a folder");
    }

    @Test
    void rejectsAnUnknownOptionNameAsBadUsage() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun result = run("convert", input.toString(), "--to", "options", "--colour", "blue");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrLines().get(0)).contains("Unknown option").contains("--colour");
    }
}
