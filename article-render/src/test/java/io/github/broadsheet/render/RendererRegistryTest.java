package io.github.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Quote;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererRegistryTest {

    private static final Article ARTICLE = Article.builder()
            .title("Night buses return to the ring road")
            .source("The Orbital Post")
            .language("en")
            .paragraph("Route N4 runs again from Monday, every half hour until dawn.")
            .add(Quote.of("We missed the last bus home for two years.", "a nurse at the general hospital"))
            .build();

    @Test
    void findsTheJsonRendererThroughServiceLoader() {
        ArticleRenderer json = RendererRegistry.load().expect("json");

        assertThat(json).isInstanceOf(JsonRenderer.class);
        assertThat(json.format()).isEqualTo(new OutputFormat("json", "application/json", "json", false));
        assertThat(RendererRegistry.defaultRegistry().find("JSON")).containsInstanceOf(JsonRenderer.class);
    }

    @Test
    void namesTheKnownFormatsWhenOneIsMissing() {
        assertThatThrownBy(() -> RendererRegistry.defaultRegistry().expect("docx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown output format \"docx\"; known formats: ")
                .hasMessageContaining("html, json, markdown, text");
    }

    @Test
    void jsonRendererWritesCanonicalJsonToStreamsWritersAndStrings() {
        JsonRenderer renderer = new JsonRenderer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RenderResult result = renderer.render(ARTICLE, RenderOptions.defaults(), bytes);

        String canonical = ArticleJson.standard().write(ARTICLE);
        assertThat(result.warnings()).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(canonical);
        assertThat(renderer.renderToString(ARTICLE)).isEqualTo(canonical);
        assertThat(ArticleJson.standard().read(canonical)).isEqualTo(ARTICLE);
    }

    @Test
    void firstRendererOfANameWins() {
        ArticleRenderer shadow = new ArticleRenderer() {
            @Override
            public OutputFormat format() {
                return OutputFormat.text("json", "application/x-shadow", "json");
            }

            @Override
            public RenderResult render(Article article, RenderOptions options, OutputStream out) {
                return RenderResult.clean();
            }
        };

        RendererRegistry registry = RendererRegistry.of(List.of(shadow, new JsonRenderer()));

        assertThat(registry.renderers()).containsExactly(shadow);
        assertThat(registry.expect("json")).isSameAs(shadow);
    }

    @Test
    void rejectsFormatNamesThatAreNotLowerCaseWords() {
        assertThatThrownBy(() -> OutputFormat.text("Rich Text", "text/rtf", "rtf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case word");
        assertThatThrownBy(() -> OutputFormat.binary("epub", "application/epub+zip", ".epub"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no dot");
    }
}
