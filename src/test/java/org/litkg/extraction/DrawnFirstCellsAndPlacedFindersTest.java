package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 410 showed litkg missing the receptors of cells that open their sentence ("Neutrophils recruited
 * through CXCR1 and CXCR2 suppress T cells"), and the study of "Dr. X at Y is studying whether ...". The texts are
 * written for the tests.
 */
class DrawnFirstCellsAndPlacedFindersTest {

    @Test
    void test_cells_opening_the_sentence_carry_each_receptor_they_are_recruited_through() {
        List<String> read = Readings.read("Monocytes recruited through CCR2 and CCR5 damage the joint.");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCR5 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_a_researcher_at_an_institution_studying_a_question_leads_a_study_done_there() {
        List<String> read = Readings.read("Dr. Nia Brennan at the University of Leeds is studying whether CCL2 "
                + "harms the kidney.");
        assertTrue(read.contains("study ledBy Nia Brennan"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_an_expert_at_an_institution_who_found_results_encouraging_leads_no_study() {
        List<String> read = Readings.read("Dr. Nia Brennan at the University of Leeds found the results "
                + "encouraging.");
        assertFalse(read.contains("study ledBy Nia Brennan"), read.toString());
    }
}
