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
                    + "|Erratum in|Update (?:in|of)|Retraction in|Trial registration:|Collaborators:|Keywords:"
                    + "|Similar articles|Cited by|Publication types|MeSH terms|Substances|Grants and funding)");
    /**
     * The record's web page, copied: authors with their superscript marks written after a space ("Maren Tolliver-Sand 1,
     * Ines Castellano-Ruiz 1 2"), an "Affiliations" block of numbered lines ("1 Department of ..."), the PMID and DOI line and an
     * "Abstract" heading before the abstract.
     */
    private static final Pattern WEB_AUTHOR = Pattern.compile("([^,\\d]{2,60}?)((?: \\d{1,2})+)(?:,\\s*|\\.?\\s*$)");
    private static final Pattern WEB_AFFILIATION = Pattern.compile("(?m)^(\\d{1,2}) (.+)$");

    private PubMedAbstractText() {
    }

    /** PubMed's heading over a record's numbered affiliations. */
    private static final Pattern AUTHOR_INFORMATION = Pattern.compile("(?m)^Author information:");

    /**
     * Whether the text is a PubMed "Abstract" export: it opens with a citation line and has a "PMID:" line, or, copied
     * without its trailer, PubMed's "Author information:" block.
     */
    static boolean looksLike(String text) {
        return CITATION.matcher(text.stripLeading()).find()
                && (PMID_LINE.matcher(text).find() || AUTHOR_INFORMATION.matcher(text).find());
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
            String block = blocks.get(next).replaceFirst("^Abstract\\s*\\n", ""); // the web page's heading above the text
            if (block.startsWith("Author information:")) {
                affiliations = affiliations(block.substring("Author information:".length()));
            } else if (abstractParts.isEmpty() && block.matches("(?s)Affiliations?\\s*\\n.*")) {
                affiliations = webAffiliations(block); // the record's web page: "Affiliations", then "1 Department ..."
            } else if (authorBlock == null && abstractParts.isEmpty() && (isAuthorList(block) || isWebAuthorList(block))) {
                authorBlock = block;
            } else if (abstractParts.isEmpty() && (PMID_LINE.matcher(block).find() || block.equals("Abstract"))) {
                continue; // the web page's "PMID: ... DOI: ..." line and "Abstract" heading stand before the abstract
            } else if (TRAILER.matcher(block).find()) {
                break;
            } else {
                abstractParts.add(block);
            }
        }
        r.add("AB", String.join(" ", abstractParts));
        String authors = authorBlock == null ? "" : authorBlock.replaceAll("\\s+", " ");
        boolean web = isWebAuthorList(authors);
        for (Matcher a = (web ? WEB_AUTHOR : AUTHOR).matcher(authors); a.find(); ) {
            String name = a.group(1).strip();
            if (name.isEmpty()) {
                continue;
            }
            r.add("FAU", MedlineRecord.initialsInverted(name));
            r.add("AU", name);
            for (Matcher m = (web ? DIGITS : MARK).matcher(a.group(2)); m.find(); ) {
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

    private static final Pattern DIGITS = Pattern.compile("(\\d+)");

    /** The web page's author list: each name followed by its marks after a space, "Maren Tolliver-Sand 1, Ines Castellano-Ruiz 1 2". */
    private static boolean isWebAuthorList(String block) {
        String flat = block.replaceAll("\\s+", " ");
        return flat.matches("(?:[^,()\\d]{2,60}(?: \\d{1,2})+, ?)*[^,()\\d]{2,60}(?: \\d{1,2})+\\.?");
    }

    /** The web page's "Affiliations" lines by their number ("1 Department of ..."); an unnumbered line is the next one. */
    private static Map<String, String> webAffiliations(String block) {
        Map<String, String> byMark = new LinkedHashMap<>();
        for (String line : block.strip().split("\\n")) {
            Matcher m = WEB_AFFILIATION.matcher(line.strip());
            if (m.matches()) {
                byMark.put(m.group(1), m.group(2).strip());
            } else if (!line.strip().matches("Affiliations?") && !line.isBlank()) {
                byMark.put(String.valueOf(byMark.size() + 1), line.strip());
            }
        }
        return byMark;
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
