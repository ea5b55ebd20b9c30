/**
 * The PDF renderer: {@link io.github.broadsheet.pdf.PdfRenderer}, format {@code pdf}, laid out with
 * OpenPDF, with embedded fonts and per-character fallback (CJK included), page furniture, an
 * outline, metadata, reproducible bytes and PDF/A-2b; its settings {@link io.github.broadsheet.pdf.PdfOptions}
 * ({@link io.github.broadsheet.pdf.PageSize}, {@link io.github.broadsheet.pdf.Margins},
 * {@link io.github.broadsheet.pdf.Typeface}); and {@link io.github.broadsheet.pdf.ImageResolver},
 * where figures' images come from.
 */
package io.github.broadsheet.pdf;
