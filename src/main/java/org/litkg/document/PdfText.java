package org.litkg.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF reduced to its text, laid out as a reader sees the page: the text pieces in the order the page draws them,
 * gathered into lines by their baselines; superscript marks (affiliations, citations) written as superscripts
 * ("Okafor-Lindahl¹", as {@link AuthorLines} reads them), where PDFBox would break the line at each; a blank line
 * where the type size changes or the gap between lines shows a new paragraph; and a running header or footer that
 * comes back on every page dropped; and the lines of a paragraph joined where they were wrapped ({@link PdfLines}).
 */
final class PdfText {

    /** Producers' file names standing in for a title: "Microsoft Word - draft3.docx", "slides.pptx". */
    private static final Pattern FILE_NAME_TITLE = Pattern.compile("(?i)^microsoft \\w+ - |\\.(docx?|pptx?|odt|tex|pdf)$");
    /** A line that only numbers its page: "3", "- 3 -", "Page 3 of 12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^[-–\\s]*(page\\s+)?\\d+(\\s+of\\s+\\d+)?[-–\\s]*$");

    private PdfText() {
    }

    /** The document's text and title. Throws IllegalArgumentException where the bytes are no PDF or have no text. */
    static SourceFormat.Reduced reduce(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PieceCollector collector = new PieceCollector();
            collector.getText(document);
            List<List<PdfLines.Line>> pages = new ArrayList<>();
            collector.pages.forEach(pieces -> pages.add(PdfLines.lines(pieces)));
            dropRunningLines(pages);
            String text = PdfLines.text(pages);
            if (text.isBlank()) {
                throw new IllegalArgumentException("not read: the PDF has no text layer (a scanned page must be put"
                        + " through OCR first)");
            }
            String title = document.getDocumentInformation().getTitle();
            boolean titled = title != null && !title.isBlank() && !FILE_NAME_TITLE.matcher(title.strip()).find();
            return new SourceFormat.Reduced(titled ? title.strip() : null, text);
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException("not read: the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PDF: " + e.getMessage().replaceFirst("^Error: ", ""), e);
        }
    }

    /**
     * Drops each page's first or last line where it comes back, numbers aside, at the top or foot of another page (a
     * running header, a footer with the page number), and a last line that only numbers its page.
     */
    private static void dropRunningLines(List<List<PdfLines.Line>> pages) {
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> feet = new HashMap<>();
        for (List<PdfLines.Line> page : pages) {
            if (!page.isEmpty()) {
                heads.merge(WrappedLines.shape(page.get(0).text()), 1, Integer::sum);
                feet.merge(WrappedLines.shape(page.get(page.size() - 1).text()), 1, Integer::sum);
            }
        }
        for (List<PdfLines.Line> page : pages) {
            if (!page.isEmpty() && heads.get(WrappedLines.shape(page.get(0).text())) > 1) {
                page.remove(0);
            }
            if (!page.isEmpty()) {
                String last = page.get(page.size() - 1).text();
                if (feet.getOrDefault(WrappedLines.shape(last), 0) > 1 || PAGE_NUMBER.matcher(last).matches()) {
                    page.remove(page.size() - 1);
                }
            }
        }
    }

    /** PDFBox's text extraction, kept at the level of the pieces a page draws, a list a page. */
    private static final class PieceCollector extends PDFTextStripper {
        final List<List<PdfLines.Piece>> pages = new ArrayList<>();
        private boolean spaceBefore;

        PieceCollector() throws IOException {
            setSortByPosition(false); // the drawing order: a column's lines stay together, a superscript stays put
        }

        @Override
        protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
            spaceBefore = false;
        }

        @Override
        protected void writeWordSeparator() {
            spaceBefore = true;
        }

        /**
         * One piece a run of the same type and baseline: PDFBox may hand over a name and the mark after it as one
         * string ("Okonjo-Veld1"), which is cut where the type changes when each character has its position.
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            boolean cuttable = text.length() == positions.size();
            int from = 0;
            for (int i = 1; i <= positions.size(); i++) {
                if (i == positions.size() || cuttable && typeChanges(positions.get(i - 1), positions.get(i))) {
                    piece(cuttable ? text.substring(from, i) : text, positions.subList(from, i));
                    from = i;
                }
            }
        }

        private void piece(String text, List<TextPosition> positions) {
            if (text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = 0;
            for (TextPosition p : positions) {
                size = Math.max(size, size(p));
            }
            pages.get(pages.size() - 1).add(new PdfLines.Piece(text, first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), size, spaceBefore));
            spaceBefore = false;
        }

        private static boolean typeChanges(TextPosition a, TextPosition b) {
            return Math.abs(size(a) - size(b)) > 0.5f || Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 0.5f;
        }

        private static float size(TextPosition p) {
            return p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
        }
    }
}
