package org.litkg.document;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text file ({@code .odt}, as LibreOffice and Google Docs save one: a zip whose {@code content.xml}
 * holds the text) reduced to its text: a paragraph or heading a line, a table row a line with its cells apart, and the
 * title from {@code meta.xml}. A footnote sits inside its paragraph's XML at its mark; it is read after the paragraph,
 * as a reader meets it at the foot of the page, so the sentence it interrupts stays whole. A flat OpenDocument text
 * ({@code .fodt}, LibreOffice's "Flat XML ODF Text Document") is the same XML in one file, with the metadata, styles
 * and page footers beside the body; only the body is read.
 */
final class OpenDocumentText {

    private static final String CONTENT = "content.xml";
    private static final String META = "meta.xml";

    private OpenDocumentText() {
    }

    /** The document's text and title. Throws IllegalArgumentException where the bytes are no OpenDocument text. */
    static SourceFormat.Reduced reduce(byte[] odt) {
        if (isFlat(odt)) {
            return flat(odt);
        }
        ZipPackage zip = ZipPackage.read(odt, "an OpenDocument text", n -> n.equals(CONTENT) || n.equals(META));
        byte[] content = zip.required(CONTENT, " (a .doc from Word 97-2003 must be saved as .odt or .docx first)");
        try {
            String text = paragraphs(ZipPackage.xml(content), false);
            String title = zip.metadata(META, "title").orElse(null);
            return new SourceFormat.Reduced(title, Typography.tidyLines(text));
        } catch (XMLStreamException e) {
            throw zip.malformed(CONTENT, e);
        }
    }

    /** Whether the bytes are XML rather than a zip: a flat OpenDocument text. */
    private static boolean isFlat(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0; // past a byte order mark
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** A flat OpenDocument text, in one pass: the title its {@code office:meta} gives, then the body's paragraphs. */
    private static SourceFormat.Reduced flat(byte[] fodt) {
        try {
            XMLStreamReader r = ZipPackage.xml(fodt);
            String title = null;
            while (r.hasNext() && !(r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("body"))) {
                if (title == null && r.getEventType() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("title")) {
                    title = r.getElementText().strip();
                }
            }
            String text = paragraphs(r, true);
            return new SourceFormat.Reduced(title == null || title.isEmpty() ? null : title, Typography.tidyLines(text));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a flat OpenDocument text: not well-formed XML ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")", e);
        }
    }

    /**
     * One pass over the body: paragraphs and headings, their spans, spaces, tabs and breaks, notes and tables. A page
     * footer's or header's paragraphs sit among the styles, outside the body, and are not read; {@code pastBodyStart} says
     * the reader has already passed the body's start.
     */
    private static String paragraphs(XMLStreamReader r, boolean pastBodyStart) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        int noteDepth = 0;
        int paragraphDepth = 0;
        int tableDepth = 0;
        boolean inBody = pastBodyStart;
        while (r.hasNext()) {
            int event = r.next();
            StringBuilder into = noteDepth > 0 ? notes : paragraph;
            if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("body")) {
                inBody = true;
            } else if (!inBody) {
                continue;
            } else if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p", "h" -> {
                        paragraphDepth++;
                        if (noteDepth > 0 && !notes.isEmpty()) {
                            notes.append("\n\n");
                        }
                    }
                    case "s" -> into.append(" ".repeat(count(ZipPackage.attribute(r, "c"))));
                    case "tab" -> into.append('\t');
                    case "line-break" -> into.append('\n');
                    case "note" -> noteDepth++;
                    case "note-citation" -> r.getElementText(); // the mark "1": a number amid the sentence
                    case "table" -> tableDepth++;
                    default -> { }
                }
            } else if (event == XMLStreamReader.CHARACTERS && paragraphDepth > 0) {
                into.append(r.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p", "h" -> {
                        paragraphDepth--;
                        if (noteDepth == 0) {
                            text.append(paragraph.toString().strip()).append(tableDepth > 0 ? "" : "\n\n");
                            paragraph.setLength(0);
                            if (tableDepth == 0 && !notes.isEmpty()) {
                                text.append(notes.toString().strip()).append("\n\n");
                                notes.setLength(0);
                            }
                        }
                    }
                    case "note" -> noteDepth--;
                    case "table-cell" -> text.append('\t');
                    case "table-row" -> text.append('\n');
                    case "table" -> {
                        tableDepth--;
                        text.append('\n');
                    }
                    default -> { }
                }
            }
        }
        return text.toString();
    }

    /** The count of a {@code text:s} element's spaces: one unless its {@code text:c} says more. */
    static int count(String c) {
        try {
            return c == null ? 1 : Math.max(1, Math.min(Integer.parseInt(c.strip()), 80));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
