package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsCommandTest {

    @Test
    void listsRegisteredParsersAndRenderersIncludingUserOnes() {
        CliRun result = run("formats");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        // The memo parser and the headlines and halfway renderers are registered only in
        // src/test/resources/META-INF/services, as a user's plugin jar would register them.
        assertThat(result.stdout()).isEqualTo("""
                Input formats (convert picks one by file extension, else by content):
                  NAME  EXTENSIONS  MEDIA TYPE        DESCRIPTION
                  json  .json       application/json  Broadsheet's canonical, lossless JSON form
                  memo  .memo       text/x-memo       Test memos: a title, a date, paragraphs

                Output formats (convert --to NAME):
                  NAME       EXTENSION  MEDIA TYPE             KIND
                  halfway    .half      application/x-halfway  binary
                  headlines  .txt       text/plain             text
                  json       .json      application/json       text
                """);
    }

    @Test
    void convertHelpListsRegisteredFormats() {
        CliRun result = run("convert", "--help");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).endsWith("""
                Formats registered now (broadsheet formats describes them):
                  input:  json (.json), memo (.memo)
                  output: halfway, headlines, json
                """);
    }
}
