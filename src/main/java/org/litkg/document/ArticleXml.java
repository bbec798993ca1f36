package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the XML forms articles come in, a JATS article (PubMed Central, publishers), PubMed's own XML (a
 * {@code PubmedArticleSet} from E-utilities), a TEI article as GROBID makes it from a PDF ({@link TeiArticle}) and a
 * BioC collection as PubTator exports it ({@link BiocCollection}), as the {@link MedlineRecord}s the same articles
 * export to. A JATS
 * article's body paragraphs follow its abstract as further "AB" fields; its reference list, figures and tables are left
 * out, as a reference list states nothing.
 */
public final class ArticleXml {

    private ArticleXml() {
    }

    /**
     * The articles of a JATS, PubMed, TEI or BioC XML file as MEDLINE records. Throws IllegalArgumentException, saying what it
     * found, for XML of any other kind.
     */
    public static String text(String xml) {
        return reduce(xml).text();
    }

    /**
     * The text of an XML file: the articles of a JATS, PubMed, TEI or BioC file, or of an OAI-PMH answer that carries
     * them, as MEDLINE records; a feed ({@link FeedItems}) or a Zotero RDF export ({@link ZoteroRdf}) as they read.
     * Throws IllegalArgumentException, saying what it found, for XML of any other kind.
     */
    static SourceFormat.Reduced reduce(String xml) {
        var doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.children().first();
        if (root != null && FeedItems.isFeed(root)) {
            return FeedItems.reduce(root);
        }
        if (root != null && ZoteroRdf.isExport(root)) {
            return new SourceFormat.Reduced(null, ZoteroRdf.text(root));
        }
        if (root != null && TimedText.isTimedText(root)) { // captions saved as .xml
            return new SourceFormat.Reduced(null, TimedText.text(root));
        }
        StringBuilder out = new StringBuilder();
        records(root).forEach(out::append);
        return new SourceFormat.Reduced(null, out.toString());
    }

    private static List<MedlineRecord> records(Element root) {
        String name = root == null ? "" : root.tagName();
        List<MedlineRecord> records = new ArrayList<>();
        if (root != null && DocBookArticle.isDocBook(root)) { // DocBook's root is <article> too, JATS's elements absent
            records.add(DocBookArticle.record(root));
        } else if (name.equals("article")) {
            records.add(jats(root));
        } else if (name.equals("PubmedArticleSet") || name.equals("PubmedArticle")) {
            root.select("PubmedArticle").forEach(a -> records.add(pubmed(a)));
        } else if (name.equals("TEI")) {
            records.add(TeiArticle.record(root));
        } else if (name.equals("collection")) {
            records.addAll(BiocCollection.records(root));
        } else if (root != null && ModsRecords.isMods(root)) {
            records.addAll(ModsRecords.records(root));
        } else if (root != null && TrialRegistryXml.isStudy(root)) {
            records.add(TrialRegistryXml.record(root));
        } else if (name.equals("OAI-PMH")) {
            records.addAll(OaiRecords.records(root, ArticleXml::records));
        } else if (name.equals("rdf:RDF")) {
            throw new IllegalArgumentException("RDF/XML that is neither a Zotero RDF export (no z:itemType) nor an RSS 1.0"
                    + " feed (no channel or item): litkg reads documents, not RDF data");
        } else {
            throw new IllegalArgumentException("not a JATS or DocBook article, a PubMed XML set, a TEI article, a BioC"
                    + " collection, MODS records, a ClinicalTrials.gov study, an OAI-PMH answer, a feed, a Zotero RDF export"
                    + " or TTML captions: its root element is " + (name.isEmpty() ? "missing" : "<" + name + ">")
                    + ", not <article>, <chapter>, <PubmedArticleSet>, <TEI>, <collection>, <modsCollection>,"
                    + " <clinical_study>, <OAI-PMH>, <rss>, <feed>, <rdf:RDF> or <tt>");
        }
        return records;
    }

    private static MedlineRecord jats(Element article) {
        MedlineRecord r = new MedlineRecord();
        Element meta = article.selectFirst("front > article-meta");
        meta = meta == null ? article : meta;
        r.add("PMID", text(meta.selectFirst("article-id[pub-id-type=pmid]")));
        Element date = meta.selectFirst("pub-date[pub-type=epub], pub-date[date-type=pub], pub-date");
        if (date != null) {
            r.add("DP", MedlineRecord.date(text(date.selectFirst("year")), text(date.selectFirst("month")),
                    text(date.selectFirst("day"))));
        }
        r.add("TI", text(meta.selectFirst("title-group > article-title")));
        meta.select("xref[ref-type=bibr], xref[ref-type=fig], xref[ref-type=table]").remove();
        article.select("body xref[ref-type=bibr]").remove();
        Element abstractElement = meta.selectFirst("abstract:not([abstract-type])");
        if (abstractElement != null) {
            r.add("AB", abstractText(abstractElement));
        }
        Map<String, String> affiliations = new LinkedHashMap<>();
        for (Element aff : meta.select("aff")) {
            aff.select("label, institution-id").remove(); // a ROR or Ringgold identifier is no part of the name
            for (Element wrap : aff.select("institution-wrap")) { // "Division of Hematology" and "Mayo Clinic", apart
                wrap.replaceWith(new org.jsoup.nodes.TextNode(String.join(", ", wrap.select("institution").eachText())));
            }
            affiliations.put(aff.id(), aff.text().strip());
        }
        for (Element contrib : meta.select("contrib-group > contrib[contrib-type=author]")) {
            String surname = text(contrib.selectFirst("name > surname"));
            String given = text(contrib.selectFirst("name > given-names"));
            if (surname.isEmpty()) {
                continue; // a group author, or a collaboration without a person's name
            }
            r.add("FAU", given.isEmpty() ? surname : surname + ", " + given);
            for (Element xref : contrib.select("xref[ref-type=aff]")) {
                r.add("AD", affiliations.getOrDefault(xref.attr("rid"), ""));
            }
            contrib.select("aff").forEach(aff -> r.add("AD", aff.text()));
        }
        if (meta.select("contrib xref[ref-type=aff]").isEmpty() && affiliations.size() == 1) {
            r.add("AD", affiliations.values().iterator().next()); // one address for every author
        }
        r.add("JT", text(article.selectFirst("journal-meta journal-title")));
        r.add("TA", text(article.selectFirst("journal-meta journal-id[journal-id-type=nlm-ta]")));
        for (Element p : article.select("body p")) {
            if (p.parents().stream().noneMatch(e -> e.tagName().equals("fig") || e.tagName().equals("table-wrap"))) {
                r.add("AB", p.text());
            }
        }
        return r;
    }

    private static MedlineRecord pubmed(Element record) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", text(record.selectFirst("MedlineCitation > PMID")));
        Element date = record.selectFirst("JournalIssue > PubDate");
        if (date != null) {
            String medlineDate = text(date.selectFirst("MedlineDate"));
            r.add("DP", !medlineDate.isEmpty() ? medlineDate
                    : MedlineRecord.date(text(date.selectFirst("Year")), text(date.selectFirst("Month")),
                            text(date.selectFirst("Day"))));
        }
        r.add("TI", text(record.selectFirst("Article > ArticleTitle")));
        List<String> parts = new ArrayList<>();
        for (Element section : record.select("Article > Abstract > AbstractText")) {
            String label = section.attr("Label");
            parts.add(label.isEmpty() ? section.text() : label + ": " + section.text());
        }
        r.add("AB", String.join(" ", parts));
        for (Element author : record.select("Article > AuthorList > Author")) {
            String last = text(author.selectFirst("LastName"));
            if (last.isEmpty()) {
                continue; // a collective name
            }
            String fore = text(author.selectFirst("ForeName"));
            r.add("FAU", fore.isEmpty() ? last : last + ", " + fore);
            r.add("AU", (last + " " + text(author.selectFirst("Initials"))).strip());
            author.select("AffiliationInfo > Affiliation").forEach(a -> r.add("AD", a.text()));
        }
        r.add("JT", text(record.selectFirst("Article > Journal > Title")));
        r.add("TA", text(record.selectFirst("Article > Journal > ISOAbbreviation")));
        return r;
    }

    /**
     * A JATS abstract's text, in its order: its paragraphs, and each section's paragraphs after the section's title as a
     * label ("Methods: We ..."); the abstract's own heading ("Abstract") goes. Crossref gives abstracts in this markup.
     */
    static String abstractText(Element abstractElement) {
        List<String> parts = new ArrayList<>();
        for (Element child : abstractElement.children()) {
            if (child.normalName().equals("sec")) {
                String title = text(child.selectFirst("title")).replaceFirst("\\s*:$", "");
                String body = String.join(" ", child.select("p").eachText());
                parts.add(title.isEmpty() ? body : title + ": " + body);
            } else if (child.normalName().equals("p")) {
                parts.add(child.text());
            }
        }
        return String.join(" ", parts);
    }

    /** An element's name without its namespace prefix: "title" for "mods:title". */
    static String localName(Element e) {
        String name = e.tagName();
        return name.substring(name.indexOf(':') + 1);
    }

    /** Renames every element under {@code root}, itself included, to its local name, whatever prefix the file chose. */
    static void unprefix(Element root) {
        root.getAllElements().forEach(e -> e.tagName(localName(e)));
    }

    static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
