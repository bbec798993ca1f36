package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PubMed's "Abstract" text format, what its "Save" and "Send to: File" give: each record opens with a numbered
 * (or, copied from the record's page, an unnumbered) citation line ("1. Blood. 2026 Sep 18;148(12):1187-1199. doi: ..."), then the title, the authors with numbered
 * affiliation marks ("Kowalczyk-Reyes A(1), Zielinski R(1)(3)."), an "Author information:" block of "(1)Department
 * ..." lines, the abstract, and ends with its "PMID:" line. Read as {@link MedlineRecord}s, so the journal, the
 * authors and their workplaces become a study as a MEDLINE export's do, rather than lines a page layout would guess at.
 */
final class PubMedAbstractText {

    /**
     * "1. Clin Cancer Res. 2026 Oct 1;32(19):4410-22." : the record's number, the journal, the date. A record copied
     * from its page rather than saved has no number: "J Periodontal Res. 2026 Oct;61(5):912-924."
     */
    private static final Pattern CITATION = Pattern.compile(
            "^(?:\\d{1,5}\\. )?([A-Z][^\\n]{0,200}?)\\. ((?:19|20)\\d\\d(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?: \\d{1,2})?)?)[;:.]");
    private static final Pattern PMID_LINE = Pattern.compile("(?m)^PMID: ?(\\d+)");
    /** An author and their marks: "Zielinski R(1)(3)"; the name runs to its marks, the next comma or the end. */
    private static final Pattern AUTHOR = Pattern.compile("([^,()]+?)((?:\\(\\d+\\))*)(?:,\\s*|\\.?\\s*$)");
    private static final Pattern MARK = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern AFFILIATION = Pattern.compile("(?m)^\\((\\d+)\\)");
    /** Blocks after the abstract that are no part of it. */
    private static final Pattern TRAILER = Pattern.compile(
            "^(?:©|\\(?[Cc]opyright|Copyright|DOI:|PMCID:|PMID:|Conflict of interest statement:|Comment (?:in|on)"
                    + "|Erratum in|Update (?:in|of)|Retraction in|Trial registration:|Collaborators:)");

    private PubMedAbstractText() {
    }

    /** Whether the text is a PubMed "Abstract" export: it opens with a citation line and has a "PMID:" line. */
    static boolean looksLike(String text) {
        return CITATION.matcher(text.stripLeading()).find() && PMID_LINE.matcher(text).find();
    }

    /** The records as MEDLINE records, each from its citation line to its "PMID:" line. */
    static String text(String export) {
        StringBuilder out = new StringBuilder();
        for (List<String> blocks : records(export)) {
            out.append(record(blocks));
        }
        return out.toString();
    }

    /** Each record's blocks (its paragraphs, lines joined); a record ends with its "PMID:" line. */
    private static List<List<String>> records(String export) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String block : export.replace("\r\n", "\n").strip().split("\\n[ \\t]*\\n\\s*")) {
            String b = block.strip();
            if (CITATION.matcher(b).find() && !current.isEmpty() && current.stream().anyMatch(x -> PMID_LINE.matcher(x).find())) {
                records.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
        }
        if (!current.isEmpty()) {
            records.add(current);
        }
        return records;
    }

    private static MedlineRecord record(List<String> blocks) {
        MedlineRecord r = new MedlineRecord();
        Matcher pmid = PMID_LINE.matcher(String.join("\n", blocks));
        r.add("PMID", pmid.find() ? pmid.group(1) : "");
        Matcher citation = CITATION.matcher(blocks.get(0));
        if (citation.find()) {
            r.add("DP", citation.group(2));
            r.add("JT", citation.group(1)); // the export names the journal only by its abbreviation ("Clin Cancer Res")
        }
        int next = 1;
        if (next < blocks.size()) {
            r.add("TI", blocks.get(next++));
        }
        List<String> abstractParts = new ArrayList<>();
        String authorBlock = null;
        Map<String, String> affiliations = new LinkedHashMap<>();
        for (; next < blocks.size(); next++) {
            String block = blocks.get(next);
            if (block.startsWith("Author information:")) {
                affiliations = affiliations(block.substring("Author information:".length()));
            } else if (authorBlock == null && abstractParts.isEmpty() && isAuthorList(block)) {
                authorBlock = block;
            } else if (TRAILER.matcher(block).find()) {
                break;
            } else {
                abstractParts.add(block);
            }
        }
        r.add("AB", String.join(" ", abstractParts));
        for (Matcher a = AUTHOR.matcher(authorBlock == null ? "" : authorBlock.replaceAll("\\s+", " ")); a.find(); ) {
            String name = a.group(1).strip();
            if (name.isEmpty()) {
                continue;
            }
            r.add("FAU", MedlineRecord.initialsInverted(name));
            r.add("AU", name);
            for (Matcher m = MARK.matcher(a.group(2)); m.find(); ) {
                r.add("AD", affiliations.getOrDefault(m.group(1), ""));
            }
            if (a.group(2).isEmpty() && affiliations.size() == 1) {
                r.add("AD", affiliations.values().iterator().next());
            }
        }
        return r;
    }

    /** An author list: names with affiliation marks, or short comma-separated names ending with a full stop. */
    private static boolean isAuthorList(String block) {
        String flat = block.replaceAll("\\s+", " ");
        return flat.matches("(?:[^,()]{2,60}(?:\\(\\d+\\))+,? ?)+\\.?")
                || flat.endsWith(".") && flat.matches("(?:[\\p{L}' -]{2,40} [A-Z]{1,3}, )*[\\p{L}' -]{2,40} [A-Z]{1,3}\\.");
    }

    /** "(1)Department of ..." lines by their number; a line without a number goes on the one before. */
    private static Map<String, String> affiliations(String block) {
        Map<String, String> byMark = new LinkedHashMap<>();
        Matcher m = AFFILIATION.matcher(block.strip());
        String text = block.strip();
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String mark = text.substring(starts.get(i)[0] + 1, starts.get(i)[1] - 1);
            byMark.put(mark, text.substring(starts.get(i)[1], end).replaceAll("\\s+", " ").strip());
        }
        return byMark;
    }
}
