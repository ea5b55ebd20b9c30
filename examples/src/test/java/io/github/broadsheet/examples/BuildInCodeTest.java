package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInCodeTest {

    @TempDir
    Path out;

    @Test
    void writesCanonicalJsonThatReadsBackAsTheSameArticle() throws IOException {
        BuildInCode.main(new String[] {out.toString()});

        Path file = out.resolve("allotment-prize.json");
        ParseResult read = Articles.read(file);
        Article built = BuildInCode.article();
        assertThat(read.article()).isEqualTo(built);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(Files.readString(file))
                .isEqualTo(ArticleJson.standard().write(built))
                .contains("\"published\": \"2026-07-02T18:45+01:00\"");
    }
}
