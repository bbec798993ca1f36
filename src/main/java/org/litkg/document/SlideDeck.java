package org.litkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A PowerPoint deck ({@code .pptx}, Office Open XML: a zip with one part a slide) reduced to its text: the slides in
 * the deck's order, each slide's paragraphs a line each (a title, a bullet), and then the speaker's notes, which are
 * often the deck's only full sentences. The order is the presentation part's list, not the slide files' numbers:
 * PowerPoint numbers a slide's file when the slide is made and keeps the number when the slide moves. The title is the
 * file's own ({@code docProps/core.xml}), else the first slide's. A bullet is a sentence without its stop ("Mucosal
 * dendritic cells secrete APRIL"), so one of two words or more is given one, and a slide's bullets are written as
 * one paragraph under its title, to be read as the sentences they are: alone, most are too short to pass for prose.
 */
final class SlideDeck {

    private static final String PRESENTATION = "ppt/presentation.xml";
    private static final String PRESENTATION_RELS = "ppt/_rels/presentation.xml.rels";
    private static final String CORE = "docProps/core.xml";
    /** Placeholders that repeat the deck's furniture on a notes page: the slide's picture, its number, date, footer. */
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NOTES_TYPE = RELATIONSHIPS_NS + "/notesSlide";
    private static final int MIN_BULLET_WORDS = 2;
    private static final Set<String> FURNITURE = Set.of("sldImg", "sldNum", "dt", "ftr", "hdr");

    private SlideDeck() {
    }

    /** The deck's text and title. Throws IllegalArgumentException where the bytes are no PowerPoint deck. */
    static SourceFormat.Reduced reduce(byte[] pptx) {
        ZipPackage zip = ZipPackage.read(pptx, "a PowerPoint deck", n -> n.startsWith("ppt/") || n.equals(CORE));
        zip.required(PRESENTATION, " (a .ppt from PowerPoint 97-2003 must be saved as .pptx first)");
        List<Slide> slides = new ArrayList<>();
        for (String part : slideOrder(zip)) {
            List<String> titles = new ArrayList<>();
            List<String> bullets = new ArrayList<>();
            for (Paragraph p : paragraphs(zip, part)) {
                (p.title() ? titles : bullets).add(p.text());
            }
            List<String> notes = notesOf(zip, part).stream()
                    .flatMap(n -> paragraphs(zip, n).stream().map(Paragraph::text)).toList();
            slides.add(new Slide(titles, bullets, notes));
        }
        return reduced(slides, zip.metadata(CORE, "title"));
    }

    /** One slide's text: its title paragraphs, its other paragraphs (bullets), and its speaker's notes. */
    record Slide(List<String> titles, List<String> bullets, List<String> notes) {
    }

    /**
     * A deck's text, whatever program wrote it: each slide's title a paragraph, its bullets one paragraph of stopped
     * sentences, then its notes a paragraph each. The title is the file's own, else the first slide's.
     */
    static SourceFormat.Reduced reduced(List<Slide> slides, Optional<String> fileTitle) {
        StringBuilder text = new StringBuilder();
        String firstTitle = null;
        for (Slide slide : slides) {
            for (String title : slide.titles()) {
                firstTitle = firstTitle == null ? title : firstTitle;
                text.append(title).append("\n\n");
            }
            if (!slide.bullets().isEmpty()) {
                text.append(String.join(" ", slide.bullets().stream().map(SlideDeck::stopped).toList())).append("\n\n");
            }
            slide.notes().forEach(note -> text.append(note).append("\n\n"));
        }
        return new SourceFormat.Reduced(fileTitle.orElse(firstTitle), Typography.tidyLines(text.toString()));
    }

    /** The slide parts in the deck's order: the presentation's slide ids, each resolved through its relationship. */
    private static List<String> slideOrder(ZipPackage zip) {
        Map<String, String> targets = new HashMap<>();
        relationships(zip, PRESENTATION_RELS, "ppt/").forEach(rel -> targets.put(rel.id(), rel.target()));
        return zip.elements(PRESENTATION, "sldId", r -> targets.get(r.getAttributeValue(RELATIONSHIPS_NS, "id"))).stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The notes part a slide's relationships name, if the slide has notes. */
    private static Optional<String> notesOf(ZipPackage zip, String slide) {
        int slash = slide.lastIndexOf('/');
        String folder = slide.substring(0, slash + 1);
        String rels = folder + "_rels/" + slide.substring(slash + 1) + ".rels";
        return relationships(zip, rels, folder).stream().filter(rel -> rel.type().equals(NOTES_TYPE))
                .map(Relationship::target).findFirst();
    }

    /** One relationship of a part: its id, its type and the part it targets. */
    private record Relationship(String id, String type, String target) {
    }

    /** A relationships part's relationships, targets resolved against {@code folder}; none where the part is missing. */
    private static List<Relationship> relationships(ZipPackage zip, String name, String folder) {
        return zip.elements(name, "Relationship", r -> new Relationship(String.valueOf(r.getAttributeValue(null, "Id")),
                String.valueOf(r.getAttributeValue(null, "Type")),
                ZipPackage.resolve(folder, String.valueOf(r.getAttributeValue(null, "Target")))));
    }

    /** A bullet with a full stop where it has none and is long enough to say something. */
    private static String stopped(String bullet) {
        boolean open = Character.isLetterOrDigit(bullet.charAt(bullet.length() - 1)) || bullet.endsWith(")");
        return open && bullet.split("\\s+").length >= MIN_BULLET_WORDS ? bullet + "." : bullet;
    }

    /** One paragraph of a slide, and whether it is the slide's title. */
    private record Paragraph(String text, boolean title) {
    }

    /**
     * A slide's or notes page's paragraphs, one per {@code a:p}, outside the placeholders that only repeat the
     * deck's furniture. A line break inside a paragraph is a space: a title broken to fit the slide is one title.
     */
    private static List<Paragraph> paragraphs(ZipPackage zip, String part) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Optional<byte[]> bytes = zip.part(part);
        if (bytes.isEmpty()) {
            return paragraphs;
        }
        try {
            XMLStreamReader r = ZipPackage.xml(bytes.get());
            StringBuilder paragraph = new StringBuilder();
            boolean furniture = false;
            boolean title = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "sp" -> {
                            furniture = false;
                            title = false;
                        }
                        case "ph" -> {
                            String type = String.valueOf(r.getAttributeValue(null, "type"));
                            furniture = FURNITURE.contains(type);
                            title = type.equals("title") || type.equals("ctrTitle");
                        }
                        case "t" -> paragraph.append(r.getElementText());
                        case "br" -> paragraph.append(' ');
                        default -> { }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("p")
                        && r.getNamespaceURI() != null && r.getNamespaceURI().equals(DRAWING_NS)) {
                    String p = paragraph.toString().strip();
                    if (!p.isEmpty() && !furniture) {
                        paragraphs.add(new Paragraph(p, title));
                    }
                    paragraph.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(part, e);
        }
        return paragraphs;
    }
}
