package io.github.broadsheet.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a rule beside a quote, or a box behind an image placeholder, from where it begins to where
 * it ends in the text flow, continued across page breaks. Drawn under the text, so the text
 * itself stays in the page's content in reading order. Not thread-safe; one per document.
 */
final class Frames {

    /** What a frame looks like. */
    enum Kind {
        /** A vertical rule at the left edge. */
        RULE,
        /** A filled, outlined box across the text width. */
        BOX
    }

    private final Color stroke;
    private final Color fill;
    private Kind open;
    private float top;

    Frames(Color stroke, Color fill) {
        this.stroke = stroke;
        this.fill = fill;
    }

    /** Opens a frame at a height of the current page. */
    void begin(Kind kind, float y) {
        if (open != null) {
            throw new IllegalStateException("a " + open + " frame is open");
        }
        open = kind;
        top = y;
    }

    /** Closes the open frame at a height of the current page, drawing its last part. */
    void end(PdfWriter writer, Document document, float y) {
        draw(writer, document, top, y);
        open = null;
    }

    /** Draws the part of the open frame on the page that ends; it goes on at the top of the next one. */
    void onEndPage(PdfWriter writer, Document document) {
        if (open != null) {
            draw(writer, document, top, document.bottom());
            top = document.top();
        }
    }

    private void draw(PdfWriter writer, Document document, float from, float to) {
        if (from - to < 0.5f) {
            return;
        }
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        switch (open) {
            case RULE -> {
                under.setColorFill(stroke);
                under.rectangle(document.left(), to, 2f, from - to);
                under.fill();
            }
            case BOX -> {
                under.setColorFill(fill);
                under.setColorStroke(stroke);
                under.setLineWidth(0.5f);
                under.rectangle(document.left(), to, document.right() - document.left(), from - to);
                under.fillStroke();
            }
        }
        under.restoreState();
    }
}
