package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What the crews want              | what-the-crews-want",
        "  Big-picture   Thinking!        | big-picture-thinking",
        "Opening hours 📚                  | opening-hours",
        "摊主怎么说                        | 摊主怎么说",
        "Ｆｕｌｌｗｉｄｔｈ ２０２６        | fullwidth-2026",
        "Café über Straße                 | café-über-straße",
        "مواعيد الإضاءة                   | مواعيد-الإضاءة",
        "हिन्दी समाचार                      | हिन्दी-समाचार",
        "\"</h2><script>\"                 | h2-script",
        "?!…                              | section",
    })
    void makesReadableSlugsInEveryScript(String text, String slug) {
        assertThat(HeadingIds.slug(text)).isEqualTo(slug);
    }

    @Test
    void numbersRepeatedHeadingsFromTwo() {
        HeadingIds ids = new HeadingIds();

        assertThat(ids.next("Timetable")).isEqualTo("timetable");
        assertThat(ids.next("timetable")).isEqualTo("timetable-2");
        assertThat(ids.next("Timetable-2")).isEqualTo("timetable-2-2");
        assertThat(ids.next("TIMETABLE")).isEqualTo("timetable-3");
        assertThat(ids.next("!!")).isEqualTo("section");
        assertThat(ids.next("??")).isEqualTo("section-2");
    }

    @Test
    void cutsVeryLongHeadings() {
        assertThat(HeadingIds.slug("word ".repeat(100))).hasSizeLessThanOrEqualTo(HeadingIds.MAX_LENGTH)
                .doesNotEndWith("-");
    }
}
