package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The long sample article is what its generator writes, and long and varied enough to page through. */
class HarbourLogTest {

    @Test
    void committedFileIsWhatTheGeneratorWrites() throws IOException {
        String committed = Files.readString(HarbourLog.FILE);

        assertThat(committed)
                .as("run HarbourLog.main from the repository root to write %s again", HarbourLog.FILE)
                .isEqualTo(ArticleJson.standard().write(HarbourLog.article()));
    }

    @Test
    void hasAFewHundredBlocks() {
        assertThat(HarbourLog.article().body()).hasSizeBetween(300, 500);
    }

    @Test
    void repeatsNoDailyEntry() {
        Article log = HarbourLog.article();
        List<String> entries = log.body().stream()
                .filter(Paragraph.class::isInstance)
                .map(Block::plainText)
                .toList();

        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).allSatisfy((text, count) -> assertThat(count).as(text).isEqualTo(1L));
    }
}
