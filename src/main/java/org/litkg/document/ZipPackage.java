package org.litkg.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML parts of an office file or e-book, which is a zip (a Word {@code .docx}, an OpenDocument {@code .odt} or
 * {@code .odp}, a PowerPoint {@code .pptx}, an Excel {@code .xlsx}, an EPUB), read with a bound on what each part
 * unpacks to, so a zip that inflates without end is refused rather than filling memory. Errors name the kind of file
 * and the part, for the user to see what was wrong.
 */
final class ZipPackage {

    private static final int MAX_PART_BYTES = 64 << 20;

    private final String kind;
    private final Map<String, byte[]> parts;

    private ZipPackage(String kind, Map<String, byte[]> parts) {
        this.kind = kind;
        this.parts = parts;
    }

    /**
     * The parts whose names the filter wants. {@code kind} names the file in errors ("a Word document"). Throws
     * IllegalArgumentException where the bytes are no zip.
     */
    static ZipPackage read(byte[] zip, String kind, Predicate<String> wanted) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (wanted.test(entry.getName())) {
                    byte[] bytes = in.readNBytes(MAX_PART_BYTES + 1);
                    if (bytes.length > MAX_PART_BYTES) {
                        throw new IllegalArgumentException("not read: " + entry.getName() + " unpacks to more than "
                                + (MAX_PART_BYTES >> 20) + " MB");
                    }
                    parts.put(entry.getName(), bytes);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not " + kind + ": cannot unzip it (" + e.getMessage() + ")", e);
        }
        return new ZipPackage(kind, parts);
    }

    Optional<byte[]> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** A part the file cannot be without; {@code hint} tells the user what to do instead (may be empty). */
    byte[] required(String name, String hint) {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new IllegalArgumentException("not " + kind + ": the file is no zip holding " + name + hint);
        }
        return part;
    }

    /**
     * The text of the first element with that local name in a metadata part ("title" in {@code meta.xml} or
     * {@code docProps/core.xml}), if there is one. Metadata is a convenience: a broken part loses the title, not the text.
     */
    Optional<String> metadata(String name, String element) {
        byte[] part = parts.get(name);
        if (part == null) {
            return Optional.empty();
        }
        try {
            XMLStreamReader r = xml(part);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals(element)) {
                    String value = r.getElementText().strip();
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Each element with that local name in a part, as {@code read} maps it from the parser standing on its start tag
     * (its attributes); none where the part is missing. Throws IllegalArgumentException where the part is malformed.
     */
    <T> List<T> elements(String name, String localName, Function<XMLStreamReader, T> read) {
        List<T> found = new ArrayList<>();
        byte[] part = parts.get(name);
        if (part == null) {
            return found;
        }
        try {
            XMLStreamReader r = xml(part);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals(localName)) {
                    found.add(read.apply(r));
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(name, e);
        }
        return found;
    }

    /** A pull parser over one part, with no DTD and no entities from outside the document. */
    static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** The error for a part that is not well-formed XML, saying which part and where. */
    IllegalArgumentException malformed(String name, XMLStreamException e) {
        return new IllegalArgumentException("not " + kind + ": " + name + " is not well-formed XML ("
                + e.getMessage().replaceAll("\\s+", " ") + ")", e);
    }

    /** An attribute's value by its local name, whatever its namespace prefix; null where the element has none. */
    static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * A reference from a part in {@code folder} to another ("slides/slide3.xml", "../notesSlides/notesSlide3.xml",
     * "Text/part0017.xhtml") as the name of the part it means.
     */
    static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> path = new ArrayList<>(List.of(folder.split("/")).stream().filter(s -> !s.isEmpty()).toList());
        for (String step : target.split("/")) {
            if (step.equals("..")) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!step.equals(".") && !step.isEmpty()) {
                path.add(step);
            }
        }
        return String.join("/", path);
    }
}
