package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads a TEI article as GROBID writes it from a PDF ({@code .tei.xml}): the header's title, date, authors with their
 * own affiliations and journal, the abstract's sections, and the body's paragraphs. The figures, the back matter
 * (acknowledgements, funding) and the reference list are left out, as a JATS article's are: a reference list states
 * nothing about the study. GROBID's sentences ({@code <s>}) are joined by a space, which its markup leaves out.
 */
final class TeiArticle {

    private TeiArticle() {
    }

    static MedlineRecord record(Element tei) {
        MedlineRecord r = new MedlineRecord();
        Element header = tei.selectFirst("teiHeader");
        Element source = header == null ? null : header.selectFirst("sourceDesc > biblStruct");
        r.add("PMID", source == null ? "" : text(source.selectFirst("idno[type=PMID]")));
        Element date = tei.selectFirst("publicationStmt > date[when], monogr imprint date[when]");
        if (date != null) {
            r.add("DP", MedlineRecord.isoDate(date.attr("when")));
        }
        r.add("TI", text(tei.selectFirst("titleStmt > title")));
        List<String> parts = new ArrayList<>();
        for (Element div : tei.select("profileDesc abstract div")) {
            String head = text(div.selectFirst("head"));
            String body = String.join(" ", div.select("p").stream().map(TeiArticle::paragraph).toList());
            parts.add(head.isEmpty() ? body : head + ": " + body);
        }
        if (parts.isEmpty()) {
            tei.select("profileDesc abstract p").forEach(p -> parts.add(paragraph(p)));
        }
        r.add("AB", String.join(" ", parts));
        if (source != null) {
            for (Element author : source.select("analytic > author")) {
                String surname = text(author.selectFirst("persName > surname"));
                if (surname.isEmpty()) {
                    continue; // an author GROBID found no name for
                }
                String given = String.join(" ", author.select("persName > forename").eachText());
                r.add("FAU", given.isEmpty() ? surname : surname + ", " + given);
                author.select("affiliation").forEach(a -> r.add("AD", address(a)));
            }
            r.add("JT", text(source.selectFirst("monogr > title[level=j][type=main], monogr > title[level=j]")));
            r.add("TA", text(source.selectFirst("monogr > title[level=j][type=abbrev]")));
        }
        for (Element p : tei.select("text > body p")) {
            if (p.parents().stream().noneMatch(e -> e.tagName().equals("figure") || e.tagName().equals("note"))) {
                r.add("AB", paragraph(p));
            }
        }
        return r;
    }

    /** An affiliation as one address line: its departments and institution, then its town and country. */
    private static String address(Element affiliation) {
        List<String> parts = new ArrayList<>(affiliation.select("orgName").eachText());
        Element address = affiliation.selectFirst("address");
        if (address != null) {
            address.children().forEach(part -> parts.add(part.text()));
        }
        if (parts.isEmpty()) {
            parts.add(text(affiliation.selectFirst("note[type=raw_affiliation]")));
        }
        return String.join(", ", parts.stream().filter(s -> !s.isBlank()).toList());
    }

    /** A paragraph's text, its sentences joined by a space and its citation marks ("[1]") left out. */
    private static String paragraph(Element p) {
        p.select("ref[type=bibr]").remove();
        if (p.select("s").isEmpty()) {
            return p.text();
        }
        return String.join(" ", p.select("s").eachText());
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
