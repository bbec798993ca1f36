package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A newspaper's correction box and an alumni magazine's research note. Texts written for the test. */
class CorrectionBoxesAndAlumniNotesTest {

    @Test
    void test_a_reported_claim_the_next_sentence_restates_with_another_object_is_denied() {
        List<String> read = read("Corrections and clarifications\n\nAn article on Monday said that maraviroc blocks "
                + "CXCR4. It blocks CCR5. We apologise for the error.\n");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("maraviroc blocks CXCR4 NEG"), read.toString());
        assertFalse(read.contains("maraviroc blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_reported_claim_the_next_sentence_adds_to_stands() {
        List<String> read = read("Researchers reported that CCL2 binds CCR2. It binds CCR4 as well.\n");
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertTrue(read.contains("CCL2 binds CCR4"), read.toString());
    }

    @Test
    void test_a_name_with_a_degree_and_its_year_in_brackets_is_a_persons() {
        List<String> read = read("Priya Natarajan (PhD 2009), now a professor at the University of Toronto, reports in "
                + "Neuron that neurons release CX3CL1.\n");
        assertTrue(read.contains("Priya Natarajan affiliatedWith University of Toronto"), read.toString());
    }

    @Test
    void test_a_reporter_set_off_with_her_post_leads_what_she_reports_in_a_journal() {
        List<String> read = read("Priya Natarajan, now a professor at the University of Toronto, reports in Neuron "
                + "that neurons release CX3CL1.\n");
        assertTrue(read.contains("study ledBy Priya Natarajan"), read.toString());
        assertTrue(read.contains("study conductedBy University of Toronto"), read.toString());
        assertTrue(read.contains("study publishedIn Neuron"), read.toString());
    }
}
