package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument presentation ({@code .odp}, as LibreOffice Impress saves one: a zip whose {@code content.xml} holds
 * every slide, a {@code draw:page} each, in the deck's order) reduced to its text the way a PowerPoint deck is
 * ({@link SlideDeck#reduced}): a slide's title frame, its other frames' paragraphs as bullets, its speaker's notes. The
 * master pages' placeholder text ("Click to add Title") lives in {@code styles.xml}, which is not read.
 */
final class OpenDocumentSlides {

    private static final String CONTENT = "content.xml";
    private static final String META = "meta.xml";
    /** Frames that repeat the deck's furniture on every slide: its number, date, footer and header. */
    private static final Set<String> FURNITURE = Set.of("page-number", "date-time", "footer", "header");

    private OpenDocumentSlides() {
    }

    /** The deck's text and title. Throws IllegalArgumentException where the bytes are no OpenDocument presentation. */
    static SourceFormat.Reduced reduce(byte[] odp) {
        ZipPackage zip = ZipPackage.read(odp, "an OpenDocument presentation", n -> n.equals(CONTENT) || n.equals(META));
        byte[] content = zip.required(CONTENT, " (a .ppt from PowerPoint 97-2003 must be saved as .odp or .pptx first)");
        try {
            return SlideDeck.reduced(slides(ZipPackage.xml(content)), zip.metadata(META, "title"));
        } catch (XMLStreamException e) {
            throw zip.malformed(CONTENT, e);
        }
    }

    /** One pass over the content: each page's frames, sorted into title, bullets and notes by where they sit. */
    private static List<SlideDeck.Slide> slides(XMLStreamReader r) throws XMLStreamException {
        List<SlideDeck.Slide> slides = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String frameClass = "";
        boolean inNotes = false;
        int paragraphDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "frame" -> frameClass = String.valueOf(ZipPackage.attribute(r, "class"));
                    case "notes" -> inNotes = true;
                    case "p", "h" -> paragraphDepth++;
                    case "s", "tab", "line-break" -> paragraph.append(' ');
                    default -> { }
                }
            } else if (event == XMLStreamReader.CHARACTERS && paragraphDepth > 0) {
                paragraph.append(r.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p", "h" -> {
                        paragraphDepth--;
                        String p = paragraph.toString().replaceAll("\\s+", " ").strip();
                        paragraph.setLength(0);
                        if (!p.isEmpty() && !FURNITURE.contains(frameClass)) {
                            (inNotes ? notes : frameClass.equals("title") ? titles : bullets).add(p);
                        }
                    }
                    case "frame" -> frameClass = "";
                    case "notes" -> inNotes = false;
                    case "page" -> {
                        slides.add(new SlideDeck.Slide(List.copyOf(titles), List.copyOf(bullets), List.copyOf(notes)));
                        titles.clear();
                        bullets.clear();
                        notes.clear();
                    }
                    default -> { }
                }
            }
        }
        return slides;
    }
}
