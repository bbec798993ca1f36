package org.litkg.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
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
    /** The largest main part read, so a zip that inflates without end is refused rather than filling memory. */
    private static final int MAX_PART_BYTES = 64 << 20;

    private WordDocument() {
    }

    /** The document's text and title. Throws IllegalArgumentException where the bytes are no Word document. */
    static SourceFormat.Reduced reduce(byte[] docx) {
        byte[] main = mainPart(docx);
        try {
            return paragraphs(main);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a Word document: " + MAIN_PART + " is not well-formed XML ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")", e);
        }
    }

    private static byte[] mainPart(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(MAIN_PART)) {
                    return bounded(zip);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Word document: cannot unzip it (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("not a Word document: the file is no zip holding " + MAIN_PART
                + " (a .doc from Word 97-2003 must be saved as .docx first)");
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PART_BYTES + 1);
        if (bytes.length > MAX_PART_BYTES) {
            throw new IllegalArgumentException("not read: " + MAIN_PART + " unpacks to more than "
                    + (MAX_PART_BYTES >> 20) + " MB");
        }
        return bytes;
    }

    /** One pass over the main part: paragraphs, runs and their text, table cells and rows. */
    private static SourceFormat.Reduced paragraphs(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities from outside the document
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
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
                    case "pStyle" -> titleStyle = "Title".equalsIgnoreCase(attribute(r, "val"));
                    case "r" -> superscript = false;
                    case "vertAlign" -> superscript = "superscript".equals(attribute(r, "val"));
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

    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
