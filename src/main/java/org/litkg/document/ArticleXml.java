package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads the two XML forms articles come in, a JATS article (PubMed Central, publishers) and PubMed's own XML (a
 * {@code PubmedArticleSet} from E-utilities), as the MEDLINE records the same articles export to: "PMID-", "TI  -",
 * "FAU -" and "AD  -" per author, "JT  -", "DP  -" and "AB  -". {@link TaggedRecords} already reads that form into
 * studies with their journal, leaders and workplaces, so the XML's structure is kept rather than flattened into lines
 * a layout would have to guess at. A JATS article's body paragraphs follow its abstract as further "AB" fields; its
 * reference list, figures and tables are left out, as a reference list states nothing.
 */
public final class ArticleXml {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    private ArticleXml() {
    }

    /**
     * The articles of a JATS or PubMed XML file as MEDLINE records. Throws IllegalArgumentException, saying what it
     * found, for XML of any other kind.
     */
    public static String text(String xml) {
        var doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.children().first();
        String name = root == null ? "" : root.tagName();
        List<Map<String, List<String>>> records = new ArrayList<>();
        if (name.equals("article")) {
            records.add(jats(root));
        } else if (name.equals("PubmedArticleSet") || name.equals("PubmedArticle")) {
            root.select("PubmedArticle").forEach(a -> records.add(pubmed(a)));
        } else {
            throw new IllegalArgumentException("not a JATS article or a PubMed XML set: its root element is "
                    + (name.isEmpty() ? "missing" : "<" + name + ">") + ", not <article> or <PubmedArticleSet>");
        }
        StringBuilder out = new StringBuilder();
        for (Map<String, List<String>> record : records) {
            record.values().forEach(lines -> lines.forEach(out::append));
            out.append('\n');
        }
        return out.toString();
    }

    private static Map<String, List<String>> jats(Element article) {
        Map<String, List<String>> r = fields();
        Element meta = article.selectFirst("front > article-meta");
        meta = meta == null ? article : meta;
        add(r, "PMID", text(meta.selectFirst("article-id[pub-id-type=pmid]")));
        Element date = meta.selectFirst("pub-date[pub-type=epub], pub-date[date-type=pub], pub-date");
        if (date != null) {
            add(r, "DP", date(text(date.selectFirst("year")), text(date.selectFirst("month")), text(date.selectFirst("day"))));
        }
        add(r, "TI", text(meta.selectFirst("title-group > article-title")));
        meta.select("xref[ref-type=bibr], xref[ref-type=fig], xref[ref-type=table]").remove();
        article.select("body xref[ref-type=bibr]").remove();
        Elements abstractSections = meta.select("abstract:not([abstract-type]) sec");
        Element abstractElement = meta.selectFirst("abstract:not([abstract-type])");
        if (!abstractSections.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Element sec : abstractSections) {
                String title = text(sec.selectFirst("title"));
                String body = String.join(" ", sec.select("p").eachText());
                parts.add(title.isEmpty() ? body : title + ": " + body);
            }
            add(r, "AB", String.join(" ", parts));
        } else if (abstractElement != null) {
            add(r, "AB", String.join(" ", abstractElement.select("p").eachText()));
        }
        Map<String, String> affiliations = new LinkedHashMap<>();
        for (Element aff : meta.select("aff")) {
            aff.select("label").remove();
            affiliations.put(aff.id(), aff.text().strip());
        }
        for (Element contrib : meta.select("contrib-group > contrib[contrib-type=author]")) {
            String surname = text(contrib.selectFirst("name > surname"));
            String given = text(contrib.selectFirst("name > given-names"));
            if (surname.isEmpty()) {
                continue; // a group author, or a collaboration without a person's name
            }
            add(r, "FAU", given.isEmpty() ? surname : surname + ", " + given);
            for (Element xref : contrib.select("xref[ref-type=aff]")) {
                add(r, "AD", affiliations.getOrDefault(xref.attr("rid"), ""));
            }
            contrib.select("aff").forEach(aff -> add(r, "AD", aff.text()));
        }
        if (meta.select("contrib xref[ref-type=aff]").isEmpty() && affiliations.size() == 1) {
            add(r, "AD", affiliations.values().iterator().next()); // one address for every author
        }
        add(r, "JT", text(article.selectFirst("journal-meta journal-title")));
        add(r, "TA", text(article.selectFirst("journal-meta journal-id[journal-id-type=nlm-ta]")));
        for (Element p : article.select("body p")) {
            if (p.parents().stream().noneMatch(e -> e.tagName().equals("fig") || e.tagName().equals("table-wrap"))) {
                add(r, "AB", p.text());
            }
        }
        return r;
    }

    private static Map<String, List<String>> pubmed(Element record) {
        Map<String, List<String>> r = fields();
        add(r, "PMID", text(record.selectFirst("MedlineCitation > PMID")));
        Element date = record.selectFirst("JournalIssue > PubDate");
        if (date != null) {
            String medlineDate = text(date.selectFirst("MedlineDate"));
            add(r, "DP", !medlineDate.isEmpty() ? medlineDate
                    : date(text(date.selectFirst("Year")), text(date.selectFirst("Month")), text(date.selectFirst("Day"))));
        }
        add(r, "TI", text(record.selectFirst("Article > ArticleTitle")));
        List<String> parts = new ArrayList<>();
        for (Element section : record.select("Article > Abstract > AbstractText")) {
            String label = section.attr("Label");
            parts.add(label.isEmpty() ? section.text() : label + ": " + section.text());
        }
        add(r, "AB", String.join(" ", parts));
        for (Element author : record.select("Article > AuthorList > Author")) {
            String last = text(author.selectFirst("LastName"));
            if (last.isEmpty()) {
                continue; // a collective name
            }
            String fore = text(author.selectFirst("ForeName"));
            add(r, "FAU", fore.isEmpty() ? last : last + ", " + fore);
            add(r, "AU", (last + " " + text(author.selectFirst("Initials"))).strip());
            author.select("AffiliationInfo > Affiliation").forEach(a -> add(r, "AD", a.text()));
        }
        add(r, "JT", text(record.selectFirst("Article > Journal > Title")));
        add(r, "TA", text(record.selectFirst("Article > Journal > ISOAbbreviation")));
        return r;
    }

    /** A record's lines by section, the sections in MEDLINE's order; an author's "AD" lines follow the "FAU". */
    private static Map<String, List<String>> fields() {
        Map<String, List<String>> r = new LinkedHashMap<>();
        for (String section : List.of("PMID", "DP", "TI", "AB", AUTHORS, "JT", "TA")) {
            r.put(section, new ArrayList<>());
        }
        return r;
    }

    private static final String AUTHORS = "authors";

    /** Adds a MEDLINE line, the tag padded to four characters, a dash, the value on one line; a blank value adds none. */
    private static void add(Map<String, List<String>> record, String tag, String value) {
        String flat = value.replaceAll("\\s+", " ").strip();
        if (tag.equals("PMID") || !flat.isEmpty()) {
            boolean author = tag.equals("FAU") || tag.equals("AU") || tag.equals("AD");
            record.get(author ? AUTHORS : tag).add((tag + "    ").substring(0, 4) + "- " + flat + "\n");
        }
    }

    /** A MEDLINE date: "2026 Mar 14", "2026 Apr", "2026". */
    private static String date(String year, String month, String day) {
        if (year.isEmpty()) {
            return "";
        }
        String m = month;
        if (month.matches("\\d{1,2}")) {
            int k = Integer.parseInt(month);
            m = k >= 1 && k <= 12 ? MONTHS[k - 1] : "";
        }
        return (year + " " + m + " " + (m.isEmpty() ? "" : day)).replaceAll("\\s+", " ").strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
