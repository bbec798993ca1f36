package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a BioC collection in XML, as PubTator and PubMed Central's BioC service export articles: each document's
 * title, abstract and body passages, and the citation PubTator gives as the title's infons (authors, journal, year).
 * The collection's annotations are another tool's reading, not the text, and are left out; so are reference, table
 * and figure passages, as a reference list states nothing about the study.
 */
final class BiocCollection {

    /** PubTator's journal infon: "Lancet Oncol. 2025 Apr;26(4):455-466. doi: ...": the title, then the date. */
    private static final Pattern CITATION = Pattern.compile(
            "^(.+?)\\.\\s+((?:19|20)\\d\\d(?:\\s+[A-Z][a-z]{2})?(?:\\s+\\d{1,2})?)\\b");
    private static final List<String> LEFT_OUT = List.of("ref", "table", "table_caption", "table_footnote", "fig",
        "fig_caption", "footnote", "front_fig");

    private BiocCollection() {
    }

    static List<MedlineRecord> records(Element collection) {
        List<MedlineRecord> records = new ArrayList<>();
        for (Element document : collection.select("collection > document")) {
            records.add(record(document));
        }
        return records;
    }

    private static MedlineRecord record(Element document) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", text(document.selectFirst("document > id")));
        List<String> body = new ArrayList<>();
        for (Element passage : document.select("document > passage")) {
            String type = infon(passage, "type").toLowerCase(java.util.Locale.ROOT);
            String section = infon(passage, "section_type").toLowerCase(java.util.Locale.ROOT);
            String text = text(passage.selectFirst("passage > text"));
            if (type.equals("title") || type.equals("front") && section.equals("title")) {
                r.add("TI", text);
                citation(r, passage);
            } else if (!LEFT_OUT.contains(type) && !section.equals("ref") && !type.matches("title_\\d+")) {
                body.add(text);
            }
        }
        body.forEach(b -> r.add("AB", b));
        return r;
    }

    /** The title passage's citation infons: PubTator's "authors" ("Zhong L, Tan Y, "), "journal" and "year". */
    private static void citation(MedlineRecord r, Element title) {
        Matcher m = CITATION.matcher(infon(title, "journal"));
        boolean cited = m.find();
        r.add("DP", cited ? m.group(2) : infon(title, "year"));
        for (String author : infon(title, "authors").split(",")) {
            if (!author.isBlank()) {
                r.add("FAU", MedlineRecord.initialsInverted(author.strip()));
                r.add("AU", author.strip());
            }
        }
        r.add("JT", cited ? m.group(1) : ""); // PubTator names the journal by its abbreviation only
    }

    private static String infon(Element passage, String key) {
        Element infon = passage.selectFirst("passage > infon[key=" + key + "]");
        return infon == null ? "" : infon.text().strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
