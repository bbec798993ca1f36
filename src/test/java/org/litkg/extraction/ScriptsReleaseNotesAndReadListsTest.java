package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts (an analysis's docstring, a video's), release notes and a most-read list. Texts written for the test. */
class ScriptsReleaseNotesAndReadListsTest {

    @Test
    void test_a_citation_dated_in_brackets_before_its_journal_is_a_study_its_first_author_leads() {
        List<String> read = read("fig3.py - reproduces Figure 3 of Okafor-Lind et al. (2025), Journal of "
                + "Hepatology.\n\nThe paper reports that cenicriviroc blocks CCR2.\n");
        assertTrue(read.contains("study publishedIn Journal of Hepatology"), read.toString());
        assertTrue(read.contains("study ledBy Okafor-Lind"), read.toString());
    }

    @Test
    void test_first_authors_dated_in_brackets_before_their_finding_lead_it() {
        List<String> read = read("Okafor-Lind et al. (2025) showed in the Journal of Hepatology that cenicriviroc "
                + "blocks CCR2.\n");
        assertTrue(read.contains("study ledBy Okafor-Lind"), read.toString());
    }

    @Test
    void test_a_release_notes_wrongly_listed_ligand_is_denied_and_the_right_one_asserted() {
        List<String> read = read("- Fixed: CCL17 was wrongly listed as a ligand of CCR7. CCL17 binds CCR4, not "
                + "CCR7.\n");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        assertTrue(read.contains("CCL17 binds CCR7 NEG"), read.toString());
        assertFalse(read.contains("CCL17 binds CCR7"), read.toString());
    }

    @Test
    void test_a_labelled_items_described_name_is_the_subject_after_its_semicolon() {
        List<String> read = read("- Added: CCL22, a chemokine secreted by dendritic cells; binds CCR4.\n");
        assertTrue(read.contains("CCL22 binds CCR4"), read.toString());
        assertTrue(read.contains("dendritic cell secretes CCL22"), read.toString());
    }

    @Test
    void test_an_organisation_named_before_a_study_noun_conducts_the_study() {
        List<String> read = read("The CXCR2 blocker navarixin is combined with pembrolizumab in a Merck study. A new "
                + "Karolinska Institutet study found that reparixin blocks CXCR1.\n");
        assertTrue(read.contains("study conductedBy Merck & Co."), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
    }

    @Test
    void test_long_covid_is_a_disease_not_a_trial_named_in_capitals() {
        List<String> read = Readings.typedNames("Leronlimab, an antibody against CCR5, fails in long COVID trial.\n");
        assertTrue(read.contains("DISEASE long COVID"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("CLINICAL_TRIAL")), read.toString());
    }

    @Test
    void test_a_video_scripts_bracketed_caption_is_read_as_a_labelled_line() {
        String script = Readings.plain("VO: Then plerixafor shows up and blocks CXCR4.\n[CAPTION: based on a 2025 "
                + "study in Science Immunology]\n[MUSIC]\n");
        assertTrue(script.contains("\nCAPTION: based on a 2025 study in Science Immunology.\n[MUSIC]"), script);
        List<String> read = read(script);
        assertTrue(read.contains("study publishedIn Science Immunology"), read.toString());
    }

    @Test
    void test_scientists_here_at_an_institute_conduct_what_they_showed() {
        List<String> read = read("* Scientists here at the Francis Crick Institute showed in 2024 that BMS-813160 "
                + "blocks CCR2.\n");
        assertTrue(read.contains("study conductedBy Francis Crick Institute"), read.toString());
    }
}
