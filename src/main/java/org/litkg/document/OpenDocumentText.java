package org.litkg.document;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text file ({@code .odt}, as LibreOffice and Google Docs save one: a zip whose {@code content.xml}
 * holds the text) reduced to its text: a paragraph or heading a line, a table row a line with its cells apart, and the
 * title from {@code meta.xml}. A footnote sits inside its paragraph's XML at its mark; it is read after the paragraph,
 * as a reader meets it at the foot of the page, so the sentence it interrupts stays whole.
 */
final class OpenDocumentText {

    private static final String CONTENT = "content.xml";
    private static final String META = "meta.xml";

    private OpenDocumentText() {
    }

    /** The document's text and title. Throws IllegalArgumentException where the bytes are no OpenDocument text. */
    static SourceFormat.Reduced reduce(byte[] odt) {
        ZipPackage zip = ZipPackage.read(odt, "an OpenDocument text", n -> n.equals(CONTENT) || n.equals(META));
        byte[] content = zip.required(CONTENT, " (a .doc from Word 97-2003 must be saved as .odt or .docx first)");
        try {
            String text = paragraphs(ZipPackage.xml(content));
            String title = zip.metadata(META, "title").orElse(null);
            return new SourceFormat.Reduced(title, Typography.tidyLines(text));
        } catch (XMLStreamException e) {
            throw zip.malformed(CONTENT, e);
        }
    }

    /** One pass over the content: paragraphs and headings, their spans, spaces, tabs and breaks, notes and tables. */
    private static String paragraphs(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        int noteDepth = 0;
        int paragraphDepth = 0;
        int tableDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            StringBuilder into = noteDepth > 0 ? notes : paragraph;
            if (event == XMLStreamReader.START_ELEMENT) {
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
