package io.github.broadsheet.pdf;

import io.github.broadsheet.render.Labels;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header (source and title, from the second page on) and the {@code Page N of M}
 * footer (every page). The footer of each page is a form XObject filled in when the document
 * closes and the number of pages is known.
 */
final class PageFurniture extends PdfPageEventHelper {

    private static final String ELLIPSIS = "\u2026";

    private final Typesetter type;
    private final TextStyle style;
    private final Labels labels;
    private final String headerText;
    private final boolean header;
    private final boolean footer;
    private final List<PdfTemplate> footers = new ArrayList<>();
    private final Frames frames;

    PageFurniture(Typesetter type, TextStyle style, Labels labels, String headerText, boolean header, boolean footer,
            Frames frames) {
        this.frames = frames;
        this.type = type;
        this.style = style;
        this.labels = labels;
        this.headerText = headerText;
        this.header = header;
        this.footer = footer;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        frames.onEndPage(writer, document);
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float width = right - left;
        float pageHeight = document.getPageSize().getHeight();
        if (header && writer.getPageNumber() > 1) {
            float baseline = pageHeight - Math.max(document.topMargin() * 0.55f, style.size() * 1.5f);
            String text = fit(headerText, width);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(text, null), left, baseline, 0);
            canvas.saveState();
            canvas.setColorStroke(style.color());
            canvas.setLineWidth(0.4f);
            float rule = baseline - style.size() * 0.55f;
            canvas.moveTo(left, rule);
            canvas.lineTo(right, rule);
            canvas.stroke();
            canvas.restoreState();
        }
        if (footer) {
            float height = style.size() * 2;
            float baseline = Math.max(document.bottomMargin() * 0.45f, style.size());
            PdfTemplate template = canvas.createTemplate(width, height);
            canvas.addTemplate(template, left, baseline - style.size() * 0.5f);
            footers.add(template);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = footers.size();
        for (int n = 0; n < pages; n++) {
            PdfTemplate template = footers.get(n);
            ColumnText.showTextAligned(template, Element.ALIGN_CENTER, phrase(labels.pageOf(n + 1, pages), "footer"),
                    template.getWidth() / 2, style.size() * 0.5f, 0);
        }
    }

    private Phrase phrase(String text, String path) {
        Phrase phrase = new Phrase();
        phrase.addAll(type.chunks(text, style, path));
        return phrase;
    }

    /** {@return the text, shortened with an ellipsis to fit the width} */
    private String fit(String text, float width) {
        if (type.width(text, style, null) <= width) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (type.width(cut(text, mid) + ELLIPSIS, style, null) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return cut(text, low).stripTrailing() + ELLIPSIS;
    }

    private static String cut(String text, int length) {
        if (length > 0 && length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            length--;
        }
        return text.substring(0, length);
    }
}
