package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The forms the ninety-sixth held-out set brought: a library catalogue's MODS records, a ClinicalTrials.gov study in
 * the registry's classic XML, a lab website's publication list in YAML (and Pandoc's CSL references in YAML), and a
 * thread of Mastodon statuses. Every file is written here, every name invented.
 */
class ModsYamlAndMastodonTest extends FileReadingTest {

    @Test
    void test_mods_records_read_their_personal_authors_affiliations_abstract_and_host_journal() throws IOException {
        Files.writeString(dir.resolve("catalogue.xml"), "<?xml version=\"1.0\"?>\n<mods:modsCollection "
                + "xmlns:mods=\"http://www.loc.gov/mods/v3\"><mods:mods><mods:titleInfo><mods:title>Velorimab in "
                + "lymphoma</mods:title><mods:subTitle>a phase 1 study</mods:subTitle></mods:titleInfo>"
                + "<mods:titleInfo type=\"alternative\"><mods:title>Other title</mods:title></mods:titleInfo>"
                + "<mods:name type=\"personal\"><mods:namePart type=\"given\">Ilse</mods:namePart><mods:namePart "
                + "type=\"family\">Brandvold</mods:namePart><mods:affiliation>Fjordton University Hospital</mods:affiliation>"
                + "<mods:role><mods:roleTerm type=\"text\">author</mods:roleTerm></mods:role></mods:name>"
                + "<mods:name type=\"personal\"><mods:namePart>Quist, Tom</mods:namePart><mods:role><mods:roleTerm "
                + "type=\"text\">editor</mods:roleTerm></mods:role></mods:name>"
                + "<mods:name type=\"corporate\"><mods:namePart>Velorimab Investigators</mods:namePart></mods:name>"
                + "<mods:originInfo><mods:dateIssued>2026-04</mods:dateIssued></mods:originInfo>"
                + "<mods:abstract>Velorimab binds CD47 on lymphoma cells.</mods:abstract>"
                + "<mods:relatedItem type=\"host\"><mods:titleInfo><mods:title>Clinical Lymphoma Letters</mods:title>"
                + "</mods:titleInfo><mods:part><mods:date>2026</mods:date></mods:part></mods:relatedItem>"
                + "</mods:mods></mods:modsCollection>");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("PMID- \nDP  - 2026 Apr\nTI  - Velorimab in lymphoma: a phase 1 study\n"
                + "AB  - Velorimab binds CD47 on lymphoma cells.\nFAU - Brandvold, Ilse\nAD  - Fjordton University Hospital\n"
                + "JT  - Clinical Lymphoma Letters\n\n", only("catalogue").text());
    }

    @Test
    void test_a_classic_registry_record_reads_its_textblocks_unwrapped_and_its_principal_investigator() throws IOException {
        Files.writeString(dir.resolve("NCT00000001.xml"), "<clinical_study><brief_title>Velorimab (VELO-1)</brief_title>"
                + "<official_title>A Phase 2 Study of Velorimab</official_title><start_date>March 3, 2026</start_date>"
                + "<sponsors><lead_sponsor><agency>Orvane Inc.</agency></lead_sponsor></sponsors>"
                + "<brief_summary><textblock>\n      Velorimab binds CD47, a protein\n      found on lymphoma cells.\n\n"
                + "      It is given with rituximab.\n    </textblock></brief_summary>"
                + "<overall_official><last_name>Ilse Brandvold, MD, PhD</last_name><role>Principal Investigator</role>"
                + "<affiliation>Fjordton University Hospital</affiliation></overall_official>"
                + "<overall_official><last_name>Tom Quist</last_name><role>Study Director</role>"
                + "<affiliation>Orvane Inc.</affiliation></overall_official></clinical_study>");
        Files.writeString(dir.resolve("empty.xml"), "<clinical_study><brief_title>Nothing</brief_title></clinical_study>");
        read(dir);
        assertEquals("PMID- \nDP  - 2026 Mar 03\nTI  - A Phase 2 Study of Velorimab\nAB  - Velorimab binds CD47, a protein "
                + "found on lymphoma cells. It is given with rituximab.\nFAU - Brandvold, Ilse\n"
                + "AD  - Fjordton University Hospital\n\n", only("nct00000001").text());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).toString().contains("empty.xml") && errors.get(0).toString().contains("no brief_summary"),
                errors.toString());
    }

    @Test
    void test_a_yaml_publication_list_reads_each_entry_with_its_authors_and_their_affiliations() throws IOException {
        Files.writeString(dir.resolve("publications.yml"), "# the lab's papers\n"
                + "- title: \"Velorimab binds CD47\"\n  authors:\n    - Ilse Brandvold*\n    - Tom Quist\n"
                + "  affiliations:\n    - Ilse Brandvold: Fjordton University Hospital\n"
                + "  journal: Clinical Lymphoma Letters\n  year: 2026\n  tags: [CD47, lymphoma]\n"
                + "  abstract: >-\n    Velorimab binds CD47\n    on lymphoma cells.\n"
                + "- title: A review\n  authors: Tom Quist and Ann Lee\n  venue: Lymphoma Reviews\n  year: 2024\n");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("PMID- \nDP  - 2026\nTI  - Velorimab binds CD47\nAB  - Velorimab binds CD47 on lymphoma cells.\n"
                + "FAU - Brandvold, Ilse\nAD  - Fjordton University Hospital\nFAU - Quist, Tom\n"
                + "JT  - Clinical Lymphoma Letters\n\nPMID- \nDP  - 2024\nTI  - A review\nFAU - Quist, Tom\nFAU - Lee, Ann\n"
                + "JT  - Lymphoma Reviews\n\n", only("publications").text());
    }

    @Test
    void test_pandoc_references_in_yaml_read_as_csl_and_broken_yaml_is_refused_naming_the_line() throws IOException {
        Files.writeString(dir.resolve("refs.yaml"), "references:\n- type: article-journal\n  id: brandvold2026\n"
                + "  title: Velorimab binds CD47\n  author:\n  - family: Brandvold\n    given: Ilse\n"
                + "  container-title: Clinical Lymphoma Letters\n  issued:\n    date-parts:\n    - [2026, 4]\n");
        Files.writeString(dir.resolve("broken.yml"), "- title: Velorimab\n  authors: [Ilse Brandvold\n- title: x\n");
        read(dir);
        assertTrue(only("refs").text().contains("TI  - Velorimab binds CD47\nFAU - Brandvold, Ilse\n"
                + "JT  - Clinical Lymphoma Letters"), only("refs").text());
        assertEquals(1, errors.size(), errors.toString());
        String said = errors.get(0).toString();
        assertTrue(said.contains("broken.yml") && said.contains("not valid YAML") && said.contains("line 3"), said);
    }

    @Test
    void test_a_filing_wrapped_after_a_closing_quote_or_a_compound_hyphen_and_a_field_ending_in_a_comma_join_once()
            throws IOException {
        Files.writeString(dir.resolve("filing.txt"), "FORM 10-K\n\n"
                + "We are a clinical-stage company that develops medicines for cancers with chromosomal instability, too.\n"
                + "Unless the context requires otherwise in this annual report, \"Orvane,\" \"the Company,\" \"we,\" \"us\"\n"
                + "and \"our\" refer to Orvane Biosciences, Inc. and its subsidiary. Our lead product candidate is in a trial\n"
                + "in patients with ovarian cancer that is resistant to platinum chemotherapy and to more than one platinum-\n"
                + "resistant regimen, which opened in June at four sites in the United States and in Canada last year.\n\n"
                + "Coordinating Investigator:      Dr. Ilse Brandvold, Department of Hematology,\n"
                + "                                Fjordton University Hospital\n");
        read(dir);
        String text = only("filing").text();
        assertTrue(text.contains("\"we,\" \"us\" and \"our\" refer to Orvane"), text);
        assertTrue(text.contains("more than one platinum-resistant regimen"), text);
        assertTrue(text.contains("Department of Hematology, Fjordton University Hospital"), text);
    }

    /** A Mastodon status with the fields a client gets: its HTML content, its author, its time. */
    private static String status(String id, String when, String user, String html) {
        return "{\"id\": \"" + id + "\", \"created_at\": \"" + when + "\", \"visibility\": \"public\", \"uri\": "
                + "\"https://social.example/users/" + user + "/statuses/" + id + "\", \"content\": \"" + html + "\", "
                + "\"account\": {\"username\": \"" + user + "\", \"display_name\": \"" + user + "\"}, \"card\": "
                + "{\"title\": \"Card title that says nothing\"}}";
    }

    @Test
    void test_a_mastodon_thread_is_one_document_in_the_order_written_without_mentions_tags_and_counters()
            throws IOException {
        String tag = "<a href=\\\"https://social.example/tags/lymphoma\\\" class=\\\"mention hashtag\\\" rel=\\\"tag\\\">"
                + "#<span>lymphoma</span></a>";
        String mention = "<span class=\\\"h-card\\\"><a href=\\\"https://social.example/@ilse\\\" class=\\\"u-url "
                + "mention\\\">@<span>ilse</span></a></span>";
        Files.writeString(dir.resolve("thread.json"), "[" + status("3", "2026-11-19T14:20:00Z", "tom",
                "<p>" + mention + " Orvane's rituximab also binds CD20.</p>") + ", "
                + status("1", "2026-11-19T14:00:00Z", "ilse", "<p>Velorimab binds CD47 on " + tag
                + " cells. " + tag + " 1/2</p>") + ", "
                + status("2", "2026-11-19T14:10:00Z", "ilse", "<p>The trial was led by Dr. Ann Lee.<br>More soon. 2/2</p>")
                + "]");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Velorimab binds CD47 on lymphoma cells.\n\nThe trial was led by Dr. Ann Lee.\n\nMore soon.\n\n"
                + "Orvane's rituximab also binds CD20.\n", only("thread").text());
        assertFalse(only("thread").text().contains("Card title"), only("thread").text());
    }
}
