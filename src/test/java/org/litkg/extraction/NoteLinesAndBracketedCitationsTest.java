package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A note's clipped lines ("Already tested with X" after the line about the drug), its bracketed citations ("(Y trial,
 * J 2016)") and a laboratory head "who showed that" a finding, as whiteboards, slides and listings write them. Every
 * text is written for the test.
 */
class NoteLinesAndBracketedCitationsTest {

    @Test
    void test_a_clipped_participle_line_is_about_the_drug_that_opens_the_line_before() {
        List<String> read = read("Meeting notes\n\n- BMS-813160 = blocks CCR2 and CCR5. Already given with nivolumab in "
                + "patients.\n- Next: organoids");
        assertTrue(read.contains("BMS-813160 combinedWith nivolumab"), read.toString());
    }

    @Test
    void test_a_clipped_line_after_a_sentence_not_opened_by_a_drug_takes_no_subject() {
        List<String> read = read("Meeting notes\n\nThe mice got nivolumab. Tested with BMS-813160 in patients.");
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith")), read.toString());
    }

    @Test
    void test_a_participle_under_a_new_heading_is_not_about_the_drug_of_the_section_above() {
        List<String> read = read("Drug monograph\n\nNIVOLUMAB\nMechanism: nivolumab blocks PD-1. Ipilimumab, an older "
                + "antibody, blocks CTLA-4.\n\nRegulatory status\nApproved by the European Medicines Agency in 2015.");
        assertTrue(read.contains("nivolumab approvedBy European Medicines Agency"), read.toString());
        assertFalse(read.contains("ipilimumab approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_bracketed_citation_names_the_journal_and_the_institution_whose_trial_it_was() {
        List<String> read = read("Slide 4\n\nCCR2 blockade shrank liver metastases (Karolinska trial, Nature Medicine "
                + "2021). Plerixafor blocks CXCR4 (Journal of Hepatology, 2019).");
        assertTrue(read.contains("study publishedIn Nature Medicine"), read.toString());
        assertTrue(read.contains("study publishedIn Journal of Hepatology"), read.toString());
    }

    @Test
    void test_the_institution_a_citation_opens_with_conducts_its_trial() {
        List<String> read = read("Slide 4\n\nBMS-813160 was tested with nivolumab (Yale University trial, Lancet "
                + "Oncology 2022).");
        assertTrue(read.contains("study conductedBy Yale University"), read.toString());
        assertTrue(read.contains("study publishedIn The Lancet Oncology"), read.toString());
    }

    @Test
    void test_a_company_and_a_year_in_brackets_cite_no_journal() {
        List<String> read = read("Slide 4\n\nBMS-813160 blocks CCR2 (Bristol Myers Squibb, 2019).");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_the_head_of_a_laboratory_who_showed_a_finding_leads_the_work() {
        List<String> read = read("Exhibitors\n\nOur compound came out of the lab of Dr. Malin Oduya-Strand at the "
                + "University of Bergen, who showed that melanoma cells release CXCL1. The work was published in "
                + "Oncogene.");
        assertTrue(read.contains("study ledBy Malin Oduya-Strand"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bergen"), read.toString());
    }

    @Test
    void test_a_yes_or_no_question_answered_no_denies_what_it_asks() {
        List<String> read = read("Meeting notes\n\nBMS-813160 blocks CCR2. Priya asked: does BMS-813160 block CXCR4 too? "
                + "-> checked, it does not.\nNext: organoids");
        assertTrue(read.contains("BMS-813160 blocks CXCR4 NEG"), read.toString());
    }

    @Test
    void test_a_yes_or_no_question_answered_otherwise_states_nothing() {
        List<String> read = read("Meeting notes\n\nBMS-813160 blocks CCR2. Does BMS-813160 block CXCR4 too? It does not "
                + "seem so, we need more data.\nNext: organoids");
        assertFalse(read.stream().anyMatch(x -> x.contains("CXCR4")), read.toString());
    }
}
