package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RendererRegistry;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CustomRendererTest {

    @TempDir
    Path out;

    @Test
    void serviceLoaderFindsTheRendererByItsFormatName() {
        assertThat(RendererRegistry.load().find("rss-item")).get().isInstanceOf(RssItemRenderer.class);
        assertThat(RendererRegistry.load().expect("rss-item").format().fileExtension()).isEqualTo("xml");
    }

    @Test
    void writesAnRssItemWithTitleLinkAndPublicationDate() throws Exception {
        CustomRenderer.main(new String[] {out.toString()});

        Element item = parse(Files.readAllBytes(out.resolve("tide-mill.xml"))).getDocumentElement();
        assertThat(item.getTagName()).isEqualTo("item");
        assertThat(text(item, "title")).isEqualTo("Restored tide mill grinds its first flour in ninety years");
        assertThat(text(item, "link")).isEqualTo("https://estuary-gazette.example/news/tide-mill-flour");
        assertThat(text(item, "guid")).isEqualTo(text(item, "link"));
        assertThat(text(item, "pubDate")).isEqualTo("Sat, 3 Oct 2026 09:15:00 +0100");
        assertThat(text(item, "description")).startsWith("Volunteers in Saltmarsh Quay");
        assertThat(item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent())
                .isEqualTo("Nell Okafor, Tomasz Brill");
        assertThat(item.getElementsByTagName("category").getLength()).isEqualTo(3);
    }

    @Test
    void escapesMarkupAndLeavesOutCharactersXmlCannotHold() throws Exception {
        Article article = Article.builder()
                .title("Fish & chips <tonight> \"on the quay\"\u0001")
                .published(PublicationDate.parse("2026-02-14"))
                .paragraph("A first paragraph, used as the description when there is no subtitle.")
                .build();
        StringWriter xml = new StringWriter();

        RenderResult result = new RssItemRenderer().render(article, RenderOptions.defaults(), xml);

        Element item = parse(xml.toString().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(text(item, "title")).isEqualTo("Fish & chips <tonight> \"on the quay\"");
        assertThat(text(item, "pubDate")).as("a date alone is midnight UTC").isEqualTo("Sat, 14 Feb 2026 00:00:00 GMT");
        assertThat(text(item, "description")).startsWith("A first paragraph");
        assertThat(result.warnings()).singleElement().asString()
                .isEqualTo("url: the article has no address, so the item has no link");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element item, String name) {
        return item.getElementsByTagName(name).item(0).getTextContent();
    }
}
