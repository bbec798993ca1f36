package org.litkg.document;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document ({@code .docx}, Office Open XML: a zip whose {@code word/document.xml} holds the text) reduced to
 * its text: a paragraph a line, a table row a line with its cells apart, and superscript digits written as
 * superscripts ("Delahaye-Osei¹"), so an author line's affiliation marks read as they would in print
 * ({@link AuthorLines}). A paragraph in Word's "Title" style is the title.
 */
final class WordDocument {

    private static final String MAIN_PART = "word/document.xml";

    private WordDocument() {
    }

    /** The document's text and title. Throws IllegalArgumentException where the bytes are no Word document. */
    static SourceFormat.Reduced reduce(byte[] docx) {
        ZipPackage zip = ZipPackage.read(docx, "a Word document", MAIN_PART::equals);
        byte[] main = zip.required(MAIN_PART, " (a .doc from Word 97-2003 must be saved as .docx first)");
        try {
            return paragraphs(main);
        } catch (XMLStreamException e) {
            throw zip.malformed(MAIN_PART, e);
        }
    }

    /** One pass over the main part: paragraphs, runs and their text, table cells and rows. */
    private static SourceFormat.Reduced paragraphs(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = ZipPackage.xml(xml);
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        String title = null;
        boolean titleStyle = false;
        boolean superscript = false;
        int tableDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            String name = event == XMLStreamReader.START_ELEMENT || event == XMLStreamReader.END_ELEMENT ? r.getLocalName() : "";
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (name) {
                    case "p" -> {
                        paragraph.setLength(0);
                        titleStyle = false;
                    }
                    case "pStyle" -> titleStyle = "Title".equalsIgnoreCase(ZipPackage.attribute(r, "val"));
                    case "r" -> superscript = false;
                    case "vertAlign" -> superscript = "superscript".equals(ZipPackage.attribute(r, "val"));
                    case "t" -> {
                        String t = r.getElementText();
                        paragraph.append(superscript ? AuthorLines.superscripted(t) : t);
                    }
                    case "tab" -> paragraph.append('\t');
                    case "br", "cr" -> paragraph.append('\n');
                    case "noBreakHyphen" -> paragraph.append('-');
                    case "tbl" -> tableDepth++;
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                switch (name) {
                    case "p" -> {
                        String p = paragraph.toString().strip();
                        if (titleStyle && title == null && !p.isEmpty()) {
                            title = p;
                        }
                        text.append(p).append(tableDepth > 0 ? "" : "\n\n");
                    }
                    case "tc" -> text.append('\t');
                    case "tr" -> text.append('\n');
                    case "tbl" -> {
                        tableDepth--;
                        text.append('\n');
                    }
                    default -> { }
                }
            }
        }
        return new SourceFormat.Reduced(title, Typography.tidyLines(text.toString()));
    }
}
