package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document kinds the seventy-second held-out set brought: PubMed's "Abstract" text export, a ClinicalTrials.gov
 * study record, a Rich Text Format file and a Word document. Every text is written for the test.
 */
class OfficeFilesAndRegistryRecordsTest extends FileReadingTest {

    private static final String PUBMED_ABSTRACTS = """
            1. Blood. 2026 Sep 18;148(12):1187-1199. doi: 10.1182/blood.2026000001.

            Velotuzumab disrupts MIF-CD74 signalling in chronic lymphocytic leukaemia
            cells.

            Kowalski-Reyes A(1), Brennan T(2), Zielonka R(1)(3).

            Author information:\s
            (1)Department of Haematology, Medical University of Gdansk, Gdansk, Poland.
            (2)Division of Haematology, University of Durban, Durban, South Africa.
            (3)Institute of Immunology, Polish Academy of Sciences, Wroclaw, Poland.

            Stromal cells secrete MIF. Velotuzumab bound CD74 on CLL cells.

            © 2026 by The American Society of Hematology.

            DOI: 10.1182/blood.2026000001
            PMID: 40000001 [Indexed for MEDLINE]


            2. Clin Cancer Res. 2026 Oct 1;32(19):4410-4422.

            Imalovumab in colorectal cancer.

            Achterhof L, Delacroix H.

            PURPOSE: Imalovumab binds oxMIF.
            RESULTS: It was tolerated.

            PMID: 40000002
            """;

    @Test
    void test_a_pubmed_abstract_export_is_read_as_medline_records_with_each_authors_marked_workplaces() throws IOException {
        assertTrue(PubMedAbstractText.looksLike(PUBMED_ABSTRACTS));
        assertFalse(PubMedAbstractText.looksLike("1. Blood is thicker than water. 2026 was a good year."));
        String text = PubMedAbstractText.text(PUBMED_ABSTRACTS);
        assertTrue(text.contains("TI  - Velotuzumab disrupts MIF-CD74 signalling in chronic lymphocytic leukaemia cells.\n"),
                text);
        assertTrue(text.contains("AB  - Stromal cells secrete MIF. Velotuzumab bound CD74 on CLL cells.\n"), text);
        assertTrue(text.contains("FAU - Zielonka, R\nAU  - Zielonka R\nAD  - Department of Haematology, Medical University "
                + "of Gdansk, Gdansk, Poland.\nAD  - Institute of Immunology, Polish Academy of Sciences, Wroclaw, Poland.\n"),
                text);
        assertTrue(text.contains("FAU - Brennan, T\nAU  - Brennan T\nAD  - Division of Haematology, University of Durban"), text);
        assertTrue(text.contains("JT  - Blood\n") && text.contains("JT  - Clin Cancer Res\n"), text);
        assertTrue(text.contains("AB  - PURPOSE: Imalovumab binds oxMIF. RESULTS: It was tolerated.\n"), text);
        assertFalse(text.contains("©") || text.contains("DOI:"), text);
        assertEquals(2, TaggedRecords.records(text).size());
        assertEquals(List.of("Achterhof, L", "Delacroix, H"), TaggedRecords.records(text).get(1).authors().stream()
                .map(f -> f.content().of(text)).toList());
        Files.writeString(dir.resolve("pubmed-abstract.txt"), PUBMED_ABSTRACTS);
        read(dir);
        assertTrue(docs.get(0).text().startsWith("PMID- 40000001\n"), docs.get(0).text());
    }

    @Test
    void test_a_pubmed_record_copied_from_its_page_has_no_number_before_its_citation() {
        String record = """
                J Periodontal Res. 2026 Oct;61(5):912-924. doi: 10.1111/jre.10001.

                Gingival fibroblasts make CCL20.

                Halvorsen-Obi R(1), Whitlock D(1).

                Author information:
                (1)Department of Periodontology, University of Tromsø, Tromsø, Norway.

                Gingival fibroblasts secreted CCL20.

                PMID: 40000003
                """;
        assertTrue(PubMedAbstractText.looksLike(record));
        assertFalse(PubMedAbstractText.looksLike("Blood. 2026 was a good year for the journal."), "no PMID line");
        String text = PubMedAbstractText.text(record);
        assertTrue(text.contains("JT  - J Periodontal Res\n"), text);
        assertTrue(text.contains("TI  - Gingival fibroblasts make CCL20.\n"), text);
        assertTrue(text.contains("FAU - Whitlock, D\nAU  - Whitlock D\nAD  - Department of Periodontology"), text);
        String cutOff = record.substring(0, record.indexOf("PMID:")); // copied without its trailer
        assertTrue(PubMedAbstractText.looksLike(cutOff), "an Author information block without a PMID line");
        assertTrue(PubMedAbstractText.text(cutOff).contains("JT  - J Periodontal Res\n"), PubMedAbstractText.text(cutOff));
    }

    private static final String STUDY = """
            {"protocolSection": {
              "identificationModule": {"nctId": "NCT09990001", "briefTitle": "Velodilast With Riluzole in ALS",
                "officialTitle": "A Randomized Study of Velodilast in Combination With Riluzole"},
              "statusModule": {"startDateStruct": {"date": "2026-02-16"}},
              "descriptionModule": {"briefSummary": "Velodilast inhibits MIF.",
                "detailedDescription": "Microglia secrete MIF.\\n\\nIt has not been approved by the FDA."},
              "contactsLocationsModule": {"overallOfficials": [
                {"name": "Keira Ashworth-Mensah, MD, PhD", "affiliation": "Boston Neurology Institute",
                 "role": "PRINCIPAL_INVESTIGATOR"},
                {"name": "Sam Study-Contact", "affiliation": "Sponsor", "role": "STUDY_DIRECTOR"}]}}}
            """;

    @Test
    void test_a_trial_registry_record_and_a_search_of_them_are_read_with_the_investigator_as_the_author()
            throws IOException {
        Files.writeString(dir.resolve("study.json"), STUDY);
        Files.writeString(dir.resolve("search.json"), "{\"studies\": [" + STUDY + ", "
                + STUDY.replace("NCT09990001", "NCT09990002") + "], \"nextPageToken\": \"abc\"}");
        Files.writeString(dir.resolve("empty-study.json"),
                "{\"protocolSection\": {\"identificationModule\": {\"briefTitle\": \"No text\"}}}");
        read(dir);
        // the search repeats the lone record's study (the same text, so the same document) and adds another
        assertEquals(List.of("nct09990001", "nct09990001", "nct09990002"), docs.stream().map(Document::id).sorted().toList());
        Document study = docs.stream().filter(d -> d.source().equals("study.json")).findFirst().orElseThrow();
        assertEquals("Velodilast With Riluzole in ALS", study.title());
        assertTrue(study.text().contains("DP  - 2026 Feb 16\nTI  - A Randomized Study of Velodilast in Combination With "
                + "Riluzole\nAB  - Velodilast inhibits MIF. Microglia secrete MIF. It has not been approved by the FDA.\n"),
                study.text());
        assertTrue(study.text().contains("FAU - Ashworth-Mensah, Keira\nAD  - Boston Neurology Institute\n"), study.text());
        assertFalse(study.text().contains("Study-Contact"), study.text()); // a study director is no investigator
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).where().endsWith("empty-study.json") && errors.get(0).problem().contains("briefSummary"),
                errors.toString());
    }

    @Test
    void test_an_rtf_file_is_read_without_its_tables_and_with_its_escapes_written_out() throws IOException {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}{\\colortbl ;\\red31\\green73"
                + "\\blue125;}{\\*\\generator Riched20}{\\info{\\title Gut news}{\\author Dept}}\\uc1\n"
                + "\\pard\\b Gut news\\b0\\par\n"
                + "Vel\\'e9tumab, made in Ume\\'e5 with Petrovi\\u263?, neutralises CXCL10 \\emdash  "
                + "\\ldblquote fully\\rdblquote .\\par\n"
                + "{\\pntext\\f2\\'b7\\tab}Braces \\{kept\\} and a\\\\b.\\par}";
        Files.writeString(dir.resolve("news.rtf"), rtf);
        Files.writeString(dir.resolve("fake.rtf"), "Just text with an rtf name.");
        Files.writeString(dir.resolve("torn.rtf"), "{\\rtf1\\ansi Vel\\'zzxafor\\par}");
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Gut news", docs.get(0).title());
        assertEquals("Gut news\n\nVelétumab, made in Umeå with Petrović, neutralises CXCL10 — “fully”.\n\n"
                + "Braces {kept} and a\\b.\n", docs.get(0).text());
        assertTrue(errors.get(0).problem().contains("not an RTF file"), errors.toString());
        assertTrue(errors.get(1).where().endsWith("torn.rtf") && errors.get(1).problem().contains("\\'zz\" at character 15"),
                errors.toString());
    }

    @Test
    void test_a_word_document_is_read_a_paragraph_a_line_with_its_marks_as_superscripts_and_its_title() throws IOException {
        String body = "<w:p><w:r><w:t>Abstract 12P</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Velorixafor depletes Tregs</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">M. Delahaye</w:t></w:r><w:r><w:rPr><w:vertAlign "
                + "w:val=\"superscript\"/></w:rPr><w:t>1,2</w:t></w:r><w:r><w:t>, T. Reinholt</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cohort</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>n</w:t></w:r>"
                + "</w:p></w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><w:t>Velorixafor</w:t></w:r><w:r><w:noBreakHyphen/><w:t>like drugs bind CCR8.</w:t></w:r>"
                + "<w:del><w:r><w:delText>Deleted words.</w:delText></w:r></w:del></w:p>";
        Files.write(dir.resolve("abstract.docx"), docx("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>"));
        Files.write(dir.resolve("renamed.docx"), "PK not really a zip".getBytes(StandardCharsets.US_ASCII));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Velorixafor depletes Tregs", docs.get(0).title());
        assertEquals("Abstract 12P\n\nVelorixafor depletes Tregs\n\nM. Delahaye¹,², T. Reinholt\n\nCohort\tn\n\n"
                + "Velorixafor-like drugs bind CCR8.\n", docs.get(0).text());
        assertTrue(errors.get(0).where().endsWith("renamed.docx") && errors.get(0).problem().contains("not a Word document"),
                errors.toString());
        assertEquals(SourceFormat.WORD, SourceFormat.ofMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").orElseThrow());
    }

    private static byte[] docx(String documentXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("word/document.xml", documentXml);
        return zip(parts);
    }
}
