package io.github.broadsheet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Cheap checks that the benchmarks exist and get the input they claim; nothing here is timed. */
class BenchmarksSmokeTest {

    @Test
    void annotationProcessorListsEveryBenchmark() throws IOException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("META-INF/BenchmarkList: JMH's annotation processor did not run").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // One line per benchmark, naming the class JMH generated for it.
        assertThat(list).contains("BroadsheetBenchmarks_parsePrintText_jmhTest", "BroadsheetBenchmarks_parseJson_jmhTest",
                "BroadsheetBenchmarks_writeJson_jmhTest", "BroadsheetBenchmarks_renderHtmlArticle_jmhTest",
                "BroadsheetBenchmarks_renderHtmlPrint_jmhTest", "BroadsheetBenchmarks_renderMarkdown_jmhTest",
                "BroadsheetBenchmarks_renderPdf_jmhTest", "BroadsheetBenchmarks_renderPdfA_jmhTest",
                "PeerPdfBenchmarks_openHtmlToPdf_jmhTest", "PeerPdfBenchmarks_flyingSaucer_jmhTest",
                "PeerPdfBenchmarks_openPdfHtml_jmhTest", "CjkPdfBenchmarks_renderPdf_jmhTest");
    }

    @Test
    void scaledSampleRepeatsTheBody() {
        Sample one = Sample.of("1");
        Sample hundred = Sample.of("100");
        assertThat(hundred.article().body()).hasSize(100 * one.article().body().size());
        assertThat(hundred.article().title()).isEqualTo(one.article().title());
        assertThat(hundred.printTextBytes()).isGreaterThan(80 * one.printTextBytes());
    }

    @Test
    void peersGetWellFormedXhtmlWithTheLiberationFonts() throws Exception {
        String xhtml = PeerPage.xhtml(Sample.of("1").article());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xhtml).contains("font-family: \"Liberation Serif\"", "Gullhaven ferry moves to a winter timetable")
                .doesNotContain("<script");
        assertThat(PeerPage.FACES).allSatisfy(face -> assertThat(face.bytes()).isNotEmpty());
    }
}
