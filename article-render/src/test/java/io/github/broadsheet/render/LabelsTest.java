package io.github.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.PublicationDate;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en    | 2022-04-12                | April 12, 2022",
        "en-GB | 2022-04-12                | 12 April 2022",
        "zh    | 2022-04-12                | 2022年4月12日",
        "en    | 2022-04-12T10:35          | April 12, 2022, 10:35",
        "zh    | 2022-04-12T10:35:00+08:00 | 2022年4月12日 10:35 UTC+08:00",
        "en    | 2022-04-12T10:35Z         | April 12, 2022, 10:35 UTC",
    })
    void formatsDatesInTheLanguage(String tag, String iso, String expected) {
        assertThat(Labels.of(Locale.forLanguageTag(tag)).date(PublicationDate.parse(iso))).isEqualTo(expected);
    }

    @Test
    void labelsFollowTheLanguageAndFallBackToEnglish() {
        Labels zh = Labels.of(Locale.forLanguageTag("zh-Hans-CN"));
        Labels fr = Labels.of(Locale.FRENCH);

        assertThat(zh.source()).isEqualTo("来源");
        assertThat(zh.credit("李新华")).isEqualTo("图：李新华");
        assertThat(zh.pageOf(2, 7)).isEqualTo("第 2 页，共 7 页");
        assertThat(fr.source()).isEqualTo("Source");
        assertThat(fr.credit("Léa Morel")).isEqualTo("Photo: Léa Morel");
    }

    @ParameterizedTest
    @CsvSource({"zh-Hant, 來源", "zh-TW, 來源", "zh-HK, 來源", "zh-Hant-TW, 來源", "zh, 来源", "zh-CN, 来源", "zh-Hans-SG, 来源"})
    void traditionalChineseGetsTraditionalLabels(String tag, String source) {
        Labels labels = Labels.of(Locale.forLanguageTag(tag));

        assertThat(labels.source()).isEqualTo(source);
        // Keys the traditional file leaves out come from the Chinese file, then from English.
        assertThat(labels.get("author.separator")).isEqualTo("、");
    }

    @Test
    void joinsBylinesWithTheLanguagesSeparators() {
        assertThat(Labels.of(Locale.ENGLISH).byline(List.of("Ana Ruiz"))).isEqualTo("By Ana Ruiz");
        assertThat(Labels.of(Locale.ENGLISH).byline(List.of("Ana Ruiz", "Bo Chen", "Cy Dunn")))
                .isEqualTo("By Ana Ruiz, Bo Chen and Cy Dunn");
        assertThat(Labels.of(Locale.CHINESE).byline(List.of("王芳", "陈晨"))).isEqualTo("作者：王芳、陈晨");
        assertThatThrownBy(() -> Labels.of(Locale.ENGLISH).byline(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsLocaleWinsOverTheArticlesLanguage() {
        Article chinese = Article.builder().title("夜市重开").language("zh").build();
        Article unknown = Article.builder().title("Untagged").build();

        assertThat(Labels.forArticle(chinese, RenderOptions.defaults()).source()).isEqualTo("来源");
        assertThat(Labels.forArticle(chinese, RenderOptions.builder().locale(Locale.ENGLISH).build()).source())
                .isEqualTo("Source");
        assertThat(Labels.localeOf(unknown, RenderOptions.defaults())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void readsTheLabelsOfALocaleOnce() {
        assertThat(Labels.of(Locale.forLanguageTag("zh-TW"))).isSameAs(Labels.of(Locale.forLanguageTag("zh-TW")));
        assertThat(Labels.of(Locale.ENGLISH)).isNotSameAs(Labels.of(Locale.CHINESE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "en-GB", "zh", "zh-Hant", "zh-TW", "eo", "ar"})
    void fillsInEveryLabelAsMessageFormatDoes(String tag) {
        Labels labels = Labels.of(Locale.forLanguageTag(tag));
        List<Object[]> argumentLists = List.of(new Object[] {"Ada"}, new Object[] {"Ada", "Grace"},
                new Object[] {"it's {1}", "'quoted' {0}"}, new Object[] {"", ""}, new Object[] {1234567, "x"},
                new Object[] {"only one"}, new Object[] {null, "null"});

        labels.asMap().forEach((key, pattern) -> {
            for (Object[] arguments : argumentLists) {
                assertThat(outcome(() -> labels.get(key, arguments))).as("%s with %s", key, Arrays.toString(arguments))
                        .isEqualTo(outcome(() -> new MessageFormat(pattern.replace("'", "''"), labels.locale())
                                .format(arguments)));
            }
        });
    }

    /** {@return what a call returns, or the class and message of what it throws} */
    private static String outcome(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void namesAMissingLabel() {
        assertThatThrownBy(() -> Labels.of(Locale.ENGLISH).get("no.such.label"))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("no.such.label");
    }

    @Test
    void renderOptionsCheckTheirRanges() {
        assertThat(RenderOptions.defaults().theme()).isEqualTo("article");
        assertThat(RenderOptions.defaults().textWidth()).isEqualTo(72);
        assertThatThrownBy(() -> RenderOptions.builder().textWidth(5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 20 to 1000, was 5");
        assertThatThrownBy(() -> RenderOptions.builder().theme("Print View").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case word");
        assertThatThrownBy(() -> RenderOptions.builder().baseUrl(java.net.URI.create("news/today")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }
}
