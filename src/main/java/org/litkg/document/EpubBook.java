package org.litkg.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An e-book ({@code .epub}, EPUB 2 or 3: a zip whose {@code META-INF/container.xml} names a package document) reduced
 * to its text: the spine's documents in the spine's order, which is the reading order (converters number their files
 * as they please), each read as a page is ({@link HtmlText}). What a reader does not read through is left out: a
 * document the spine marks non-linear (a cover), the navigation document, a footnote's mark amid a sentence. A
 * footnote's own text stays where the book puts it. The title is the package's {@code dc:title}.
 */
final class EpubBook {

    private static final String CONTAINER = "META-INF/container.xml";
    private static final String ENCRYPTION = "META-INF/encryption.xml";
    private static final Set<String> PAGE_TYPES = Set.of("application/xhtml+xml", "text/html");
    /** The parts that hold text: the package, its pages, the container; not its pictures or fonts. */
    private static final Pattern TEXT_PART = Pattern.compile("(?i)META-INF/.*|.*\\.(opf|xhtml|html?|xml)");

    private EpubBook() {
    }

    /** One manifest entry: the part it names, its media type and its properties ("nav", "cover-image"). */
    private record Item(String part, String mediaType, String properties) {
    }

    /** The package document: the title, the manifest by id, and the spine's ids a reader reads through, in order. */
    private record Package(Optional<String> title, Map<String, Item> manifest, List<String> spine) {
    }

    /** The book's text and title. Throws IllegalArgumentException where the bytes are no readable EPUB. */
    static SourceFormat.Reduced reduce(byte[] epub) {
        // the text's parts only: a book's pictures and fonts may weigh far more than its words
        ZipPackage zip = ZipPackage.read(epub, "an EPUB e-book", n -> TEXT_PART.matcher(n).matches());
        String opfName = rootFile(zip);
        byte[] opf = zip.part(opfName).orElseThrow(() -> new IllegalArgumentException("not an EPUB e-book: "
                + CONTAINER + " names the package document " + opfName + ", which the file does not hold"));
        Package book = packageOf(zip, opfName, opf);
        Set<String> encrypted = encrypted(zip);
        StringBuilder text = new StringBuilder();
        for (String id : book.spine()) {
            Item item = book.manifest().get(id);
            if (item == null || !PAGE_TYPES.contains(item.mediaType()) || item.properties().contains("nav")) {
                continue;
            }
            if (encrypted.contains(item.part())) {
                throw new IllegalArgumentException("the e-book is encrypted (DRM): " + item.part()
                        + " cannot be read; export the text from the reading app the book was bought for");
            }
            zip.part(item.part()).ifPresent(page -> text.append(pageText(page)).append('\n'));
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the e-book's spine names no XHTML document to read");
        }
        return new SourceFormat.Reduced(book.title().orElse(null), Typography.tidyLines(text.toString()));
    }

    /** A spine document's text, with its footnote marks taken out: "recognise.1 The rest" would read a number. */
    private static String pageText(byte[] page) {
        Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        for (Element link : doc.select("a")) {
            if (link.attr("epub:type").contains("noteref") || link.attr("role").equals("doc-noteref")) {
                link.remove();
            }
        }
        for (Element aside : doc.select("aside")) {
            if (aside.attr("epub:type").contains("footnote") || aside.attr("role").startsWith("doc-footnote")
                    || aside.attr("epub:type").contains("endnote")) {
                aside.tagName("div"); // a note is text the book means to be read; other asides are furniture
            }
        }
        return HtmlText.article(doc).text();
    }

    /** The package document's part name, as the container names it. */
    private static String rootFile(ZipPackage zip) {
        zip.required(CONTAINER, "");
        return zip.elements(CONTAINER, "rootfile", r -> ZipPackage.attribute(r, "full-path")).stream()
                .filter(Objects::nonNull).map(String::strip).filter(path -> !path.isEmpty())
                .map(path -> ZipPackage.resolve("", path)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "not an EPUB e-book: " + CONTAINER + " names no package document"));
    }

    private static Package packageOf(ZipPackage zip, String name, byte[] opf) {
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        Map<String, Item> manifest = new HashMap<>();
        List<String> spine = new ArrayList<>();
        String title = null;
        try {
            XMLStreamReader r = ZipPackage.xml(opf);
            while (r.hasNext()) {
                if (r.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "title" -> title = title == null ? r.getElementText().strip() : title;
                    case "item" -> manifest.put(String.valueOf(r.getAttributeValue(null, "id")), new Item(
                            ZipPackage.resolve(folder, decoded(String.valueOf(r.getAttributeValue(null, "href")))),
                            String.valueOf(r.getAttributeValue(null, "media-type")),
                            String.valueOf(r.getAttributeValue(null, "properties"))));
                    case "itemref" -> {
                        if (!"no".equals(r.getAttributeValue(null, "linear"))) {
                            spine.add(String.valueOf(r.getAttributeValue(null, "idref")));
                        }
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(name, e);
        }
        return new Package(Optional.ofNullable(title).filter(t -> !t.isEmpty()), manifest, spine);
    }

    /** An href's percent escapes decoded ("Chapter%201.xhtml"), as the zip names the part. */
    private static String decoded(String href) {
        try {
            return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    /** The parts the book lists as encrypted: DRM encrypts its pages; an obfuscated font alone leaves them readable. */
    private static Set<String> encrypted(ZipPackage zip) {
        return new HashSet<>(zip.elements(ENCRYPTION, "CipherReference",
                r -> ZipPackage.resolve("", decoded(String.valueOf(r.getAttributeValue(null, "URI"))))));
    }
}
