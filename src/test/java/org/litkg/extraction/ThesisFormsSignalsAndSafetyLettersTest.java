package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 388 showed litkg missing a thesis form's candidate and, in a thesis in the first person, its
 * supervisors as the leaders of its work; cells that "catch the X signal with receptors called A and B"; a subject
 * whose unnamed complement has a relative clause ("T cells from women who stayed free of HIV made CCL5"); and a safety
 * letter's sentence that ends in a colon. The texts are written for the tests.
 */
class ThesisFormsSignalsAndSafetyLettersTest {

    private static final String NOTICE = "PhD Oral Examination\n\nCandidate: Tom Reyes\nThesis: CCR4 in lymphoma\n"
            + "Department: School of Medicine, University of Leeds\n"
            + "Supervisors: Professor Ann Mole (University of York)\n\nAbstract\n"
            + "Malignant T cells carry CCR4. In Chapter 2 I show that CCL22 binds CCR4 on these cells.\n";

    @Test
    void test_a_thesis_forms_candidate_leads_its_work_and_works_where_the_department_line_says() {
        List<String> read = Readings.read(NOTICE);
        assertTrue(read.contains("study ledBy Tom Reyes"), read.toString());
        assertTrue(read.contains("Tom Reyes affiliatedWith University of Leeds"), read.toString());
    }

    @Test
    void test_supervisors_lead_a_thesis_written_in_the_first_person_but_not_one_written_about() {
        assertTrue(Readings.read(NOTICE).contains("study ledBy Ann Mole"), Readings.read(NOTICE).toString());
        List<String> report = Readings.read(NOTICE.replace("In Chapter 2 I show", "The candidate shows"));
        assertFalse(report.contains("study ledBy Ann Mole"), report.toString());
        assertTrue(report.contains("study ledBy Tom Reyes"), report.toString());
    }

    @Test
    void test_cells_that_catch_a_signal_with_two_receptors_carry_both_and_the_signal_binds_each() {
        List<String> read = Readings.read("Neutrophils catch the CXCL1 signal with receptors called CXCR1 and CXCR2.");
        assertTrue(read.contains("CXCL1 binds CXCR1") && read.contains("CXCL1 binds CXCR2"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_the_subject_before_an_unnamed_complement_and_its_relative_clause_does_the_verb() {
        List<String> read = Readings.read("B cells from patients who stayed free of lupus nephritis made large "
                + "amounts of CXCL13.");
        assertTrue(read.contains("B cell secretes CXCL13"), read.toString());
    }

    @Test
    void test_a_safety_letters_sentence_ending_in_a_colon_is_read() {
        List<String> names = Readings.typedNames("Direct Healthcare Professional Communication\n\nDear Healthcare "
                + "Professional,\n\nK2 Bio, in agreement with the European Medicines Agency, would like to "
                + "inform you of the following:\n\n1. KP-12 is a CCR4 antagonist.\n");
        assertTrue(names.contains("REGULATORY_AGENCY European Medicines Agency"), names.toString());
    }
}
