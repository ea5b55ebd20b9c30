package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor works: the renderer's module, with its dependencies on a module path of
 * their own, resolves (OpenPDF and its fonts as automatic modules), provides the {@code pdf}
 * renderer to {@link ServiceLoader}, and renders an article there (fonts are read from the fonts
 * module's jar).
 */
class ModulePathTest {

    @Test
    void rendersFromAModuleLayer() throws Exception {
        List<Path> modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> {
                    String s = p.toString().replace('\\', '/');
                    String name = p.getFileName().toString();
                    return (s.matches(".*/article-(model|render|pdf)/target/classes") && Files.isDirectory(p))
                            || name.startsWith("article-model-") || name.startsWith("article-render-")
                            || name.startsWith("jackson-core-3") || name.startsWith("openpdf-")
                            || name.startsWith("compiler-0.9"); // Mustache.java, required by the render module
                })
                .toList();
        Configuration configuration = ModuleLayer.boot().configuration().resolveAndBind(
                ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), Set.of("io.github.broadsheet.pdf"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        assertThat(layer.findModule("com.github.librepdf.openpdf")).hasValueSatisfying(
                m -> assertThat(m.getDescriptor().isAutomatic()).isTrue());
        assertThat(layer.findModule("com.github.librepdf.pdfFontsExtra")).isPresent();
        ClassLoader loader = layer.findLoader("io.github.broadsheet.pdf");
        Class<?> spi = loader.loadClass("io.github.broadsheet.render.ArticleRenderer");
        Object pdf = null;
        for (Object renderer : ServiceLoader.load(layer, spi)) {
            Object format = spi.getMethod("format").invoke(renderer);
            if ("pdf".equals(format.getClass().getMethod("name").invoke(format))) {
                pdf = renderer;
            }
        }
        assertThat(pdf).as("the pdf renderer, provided by module-info").isNotNull();
        assertThat(pdf.getClass().getModule().getName()).isEqualTo("io.github.broadsheet.pdf");

        Class<?> json = loader.loadClass("io.github.broadsheet.json.ArticleJson");
        Object article = json.getMethod("read", String.class).invoke(json.getMethod("standard").invoke(null),
                Files.readString(Fixtures.HARBOUR_LIGHTS));
        Class<?> options = loader.loadClass("io.github.broadsheet.render.RenderOptions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spi.getMethod("render", loader.loadClass("io.github.broadsheet.model.Article"), options, OutputStream.class)
                .invoke(pdf, article, options.getMethod("defaults").invoke(null), out);

        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(out.toByteArray()).isEqualTo(Pdfs.render(new PdfRenderer(), Fixtures.read(Fixtures.HARBOUR_LIGHTS)).bytes());
    }
}
