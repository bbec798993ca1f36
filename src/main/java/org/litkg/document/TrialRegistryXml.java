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
        List<String> description = new ArrayList<>();
        for (Element block : study.select("> brief_summary > textblock, > detailed_description > textblock")) {
            description.addAll(paragraphs(block.wholeText()));
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException("study record has no text: no brief_summary or detailed_description"
                    + " textblock");
        }
        String official = ArticleXml.text(study.selectFirst("> official_title"));
        List<TrialRegistryRecord.Official> officials = study.select("> overall_official").stream()
                .map(o -> new TrialRegistryRecord.Official(
                        String.join(" ", o.select("> first_name, > middle_name, > last_name").eachText()),
                        ArticleXml.text(o.selectFirst("> role")), ArticleXml.text(o.selectFirst("> affiliation")))).toList();
        return TrialRegistryRecord.record(MedlineRecord.anyDate(ArticleXml.text(study.selectFirst("> start_date"))),
                official.isEmpty() ? ArticleXml.text(study.selectFirst("> brief_title")) : official, description, officials);
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
