/**
 * Broadsheet's PDF renderer, laid out with OpenPDF.
 *
 * @provides io.github.broadsheet.render.ArticleRenderer the PDF renderer ({@code pdf})
 */
// OpenPDF 3.0.5 and openpdf-fonts-extra have no module descriptor: they are automatic modules,
// named by the Automatic-Module-Name of their manifests. Requiring them is the intended use.
@SuppressWarnings("requires-automatic")
module io.github.broadsheet.pdf {
    requires transitive io.github.broadsheet.render;
    requires java.desktop;
    requires com.github.librepdf.openpdf;
    requires com.github.librepdf.pdfFontsExtra;

    exports io.github.broadsheet.pdf;

    provides io.github.broadsheet.render.ArticleRenderer with io.github.broadsheet.pdf.PdfRenderer;
}
