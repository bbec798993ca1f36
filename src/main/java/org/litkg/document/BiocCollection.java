package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a BioC collection, as PubTator and PubMed Central's BioC service export articles, in XML or in JSON
 * ({@link BiocJson}): each document's title, abstract and body passages, and the citation PubTator gives as the title's
 * infons (authors, journal, year). The collection's annotations are another tool's reading, not the text, and are left
 * out; so are reference, table and figure passages, as a reference list states nothing about the study.
 */
final class BiocCollection {

    /** PubTator's journal infon: "Lancet Oncol. 2025 Apr;26(4):455-466. doi: ...": the title, then the date. */
    private static final Pattern CITATION = Pattern.compile(
            "^(.+?)\\.\\s+((?:19|20)\\d\\d(?:\\s+[A-Z][a-z]{2})?(?:\\s+\\d{1,2})?)\\b");
    private static final List<String> LEFT_OUT = List.of("ref", "table", "table_caption", "table_footnote", "fig",
        "fig_caption", "footnote", "front_fig");

    /** One passage: its infons by key and its text, whichever serialisation it came in. */
    record Passage(Map<String, String> infons, String text) {

        String infon(String key) {
            return infons.getOrDefault(key, "").strip();
        }
    }

    private BiocCollection() {
    }

    static List<MedlineRecord> records(Element collection) {
        List<MedlineRecord> records = new ArrayList<>();
        for (Element document : collection.select("collection > document")) {
            List<Passage> passages = new ArrayList<>();
            for (Element passage : document.select("document > passage")) {
                Map<String, String> infons = new java.util.LinkedHashMap<>();
                passage.select("passage > infon").forEach(i -> infons.putIfAbsent(i.attr("key"), i.text()));
                passages.add(new Passage(infons, text(passage.selectFirst("passage > text"))));
            }
            records.add(record(text(document.selectFirst("document > id")), passages));
        }
        return records;
    }

    /** One BioC document as a MEDLINE record: its title with the citation, its readable passages as the abstract. */
    static MedlineRecord record(String id, List<Passage> passages) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", id);
        List<String> body = new ArrayList<>();
        for (Passage passage : passages) {
            String type = passage.infon("type").toLowerCase(Locale.ROOT);
            String section = passage.infon("section_type").toLowerCase(Locale.ROOT);
            if (type.equals("title") || type.equals("front") && section.equals("title")) {
                r.add("TI", passage.text());
                citation(r, passage);
            } else if (!LEFT_OUT.contains(type) && !section.equals("ref") && !type.matches("title_\\d+")) {
                body.add(passage.text());
            }
        }
        body.forEach(b -> r.add("AB", b));
        return r;
    }

    /** The title passage's citation infons: PubTator's "authors" ("Zhong L, Tan Y, "), "journal" and "year". */
    private static void citation(MedlineRecord r, Passage title) {
        Matcher m = CITATION.matcher(title.infon("journal"));
        boolean cited = m.find();
        r.add("DP", cited ? m.group(2) : title.infon("year"));
        for (String author : title.infon("authors").split(",")) {
            if (!author.isBlank()) {
                r.add("FAU", MedlineRecord.initialsInverted(author.strip()));
                r.add("AU", author.strip());
            }
        }
        r.add("JT", cited ? m.group(1) : ""); // PubTator names the journal by its abbreviation only
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
