package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A study record in ClinicalTrials.gov's classic XML ({@code clinical_study}, as the registry's old API and the
 * bulk download of every study gave it, and as archives still keep it). As with the record of the current API
 * ({@link TrialRegistryRecord}), the brief summary and the detailed description are what to read, and the overall
 * official who is principal investigator or study chair leads the study where their affiliation says. A textblock is
 * wrapped and indented as the registry printed it: its paragraphs are unwrapped.
 */
final class TrialRegistryXml {

    private TrialRegistryXml() {
    }

    static boolean isStudy(Element root) {
        return root.tagName().equals("clinical_study");
    }

    /** The record as a MEDLINE record. Throws IllegalArgumentException where it has neither summary nor description. */
    static MedlineRecord record(Element study) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", "");
        r.add("DP", MedlineRecord.anyDate(ArticleXml.text(study.selectFirst("> start_date"))));
        String official = ArticleXml.text(study.selectFirst("> official_title"));
        r.add("TI", official.isEmpty() ? ArticleXml.text(study.selectFirst("> brief_title")) : official);
        List<String> description = new ArrayList<>();
        for (Element block : study.select("> brief_summary > textblock, > detailed_description > textblock")) {
            description.addAll(paragraphs(block.wholeText()));
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException("study record has no text: no brief_summary or detailed_description"
                    + " textblock");
        }
        r.add("AB", String.join(" ", description));
        for (Element person : study.select("> overall_official")) {
            String role = ArticleXml.text(person.selectFirst("> role"));
            String name = String.join(" ", person.select("> first_name, > middle_name, > last_name").eachText());
            if (!name.isBlank() && (role.isEmpty() || role.contains("Principal") || role.contains("Chair"))) {
                r.add("FAU", MedlineRecord.invertedName(TrialRegistryRecord.withoutDegrees(name)));
                r.add("AD", ArticleXml.text(person.selectFirst("> affiliation")));
            }
        }
        return r;
    }

    /** A textblock's paragraphs, each unwrapped to one line; a blank line parts them. */
    private static List<String> paragraphs(String textblock) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : textblock.strip().split("\\n\\s*\\n")) {
            String line = paragraph.strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }
}
