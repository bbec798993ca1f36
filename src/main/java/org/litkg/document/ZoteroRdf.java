package org.litkg.document;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Zotero's own RDF export ({@code .rdf}): each item a node ({@code bib:Article}, {@code bib:Book}, or an
 * {@code rdf:Description}) with its {@code z:itemType}, {@code dc:title}, {@code dcterms:abstract}, {@code dc:date} and
 * its authors as {@code foaf:Person}s in a {@code bib:authors} sequence. The journal is a node of its own that the item
 * points to with {@code dcterms:isPartOf} (or holds inline), and it gives the journal's title. Attachments and notes
 * are nodes too, and are left out: a note is the reader's, not the work's. Read as MEDLINE records.
 */
final class ZoteroRdf {

    /** The item types that are no work: a file attached to an item, and notes. */
    private static final Set<String> NOT_WORKS = Set.of("attachment", "note");

    private ZoteroRdf() {
    }

    /** The RDF is Zotero's: some node has a Zotero item type. */
    static boolean isExport(Element root) {
        return root.tagName().equals("rdf:RDF") && root.selectFirst("z|itemType") != null;
    }

    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        for (Element node : root.children()) {
            String type = child(node, "z|itemType");
            if (!type.isEmpty() && !NOT_WORKS.contains(type)) {
                out.append(record(root, node));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("a Zotero RDF export with no items but attachments and notes: nothing to read");
        }
        return out.toString();
    }

    private static MedlineRecord record(Element root, Element item) {
        MedlineRecord r = new MedlineRecord();
        String about = item.attr("rdf:about");
        r.add("PMID", about.startsWith("#") ? "" : about);
        r.add("DP", MedlineRecord.anyDate(child(item, "dc|date")));
        r.add("TI", child(item, "dc|title"));
        r.add("AB", child(item, "dcterms|abstract"));
        for (Element person : item.select("> bib|authors foaf|Person")) {
            String surname = child(person, "foaf|surname");
            String given = child(person, "foaf|givenName").isEmpty() ? child(person, "foaf|givenname")
                    : child(person, "foaf|givenName");
            if (!surname.isEmpty()) {
                r.add("FAU", given.isEmpty() ? surname : surname + ", " + given);
            }
        }
        r.add("JT", journal(root, item));
        return r;
    }

    /** The title of the journal the item is part of: a node inside the item, or the node its reference names. */
    private static String journal(Element root, Element item) {
        Element part = item.selectFirst("> dcterms|isPartOf");
        if (part == null) {
            return "";
        }
        String resource = part.attr("rdf:resource");
        List<Element> nodes = resource.isEmpty() ? part.children()
                : root.children().stream().filter(n -> n.attr("rdf:about").equals(resource)).toList();
        return nodes.stream().map(n -> child(n, "dc|title")).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private static String child(Element parent, String name) {
        return ArticleXml.text(parent.selectFirst("> " + name));
    }
}
