package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An examination's lettered instructions ("(a) Name the cell type that makes CCL2"), a checklist's welcome to "the lab
 * of Professor X in the Department of Y, University of Z" and its key paper "X et al., J 2023", and a video script's
 * "lets the white blood cells out". Every text is written for the test.
 */
class ExamsChecklistsAndVideoScriptsTest {

    @Test
    void test_a_lettered_instruction_asks_and_states_nothing() {
        List<String> read = read("Examination\n\nQuestion 2 (10 marks)\n\nStromal cells release CXCL12 in the marrow.\n\n"
                + "(a) Name the cell type that makes CCL2 in the lung. (2 marks)\n(b) Explain why maraviroc blocks CCR5. "
                + "(8 marks)");
        assertTrue(read.contains("stromal cell secretes CXCL12"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("CCL2") || x.contains("maraviroc")), read.toString());
    }

    @Test
    void test_a_numbered_objective_that_opens_with_an_instruction_still_states_what_it_names() {
        List<String> read = read("Learning objectives\n\nAfter this activity you will be able to:\n1. Describe how "
                + "CXCL12 reaches the marrow.\n2. Identify patients for the trials that combine mavorixafor with "
                + "filgrastim.");
        assertTrue(read.contains("mavorixafor combinedWith filgrastim"), read.toString());
    }

    @Test
    void test_a_person_in_a_department_of_a_university_works_there_and_their_cited_paper_was_done_there() {
        List<String> read = read("Induction checklist\n\nWelcome to the lab of Dr. Saoirse Achebe-Lund in the Department "
                + "of Physiology, University of Limerick! Tick each item.\n\nWeek 2\n- Read our key paper: Achebe-Lund et "
                + "al., Cell Reports 2024, which showed that platelets release CXCL4");
        assertTrue(read.contains("Saoirse Achebe-Lund affiliatedWith University of Limerick"), read.toString());
        assertTrue(read.contains("study ledBy Saoirse Achebe-Lund"), read.toString());
        assertTrue(read.contains("study conductedBy University of Limerick"), read.toString());
    }

    @Test
    void test_a_drug_that_lets_cells_out_into_the_blood_mobilises_them() {
        List<String> read = read("Video script\n\nVOICEOVER: In WHIM syndrome the cells stay in the marrow. Mavorixafor "
                + "blocks CXCR4 and lets the white blood cells out into the blood.");
        assertTrue(read.contains("mavorixafor mobilizes leukocyte"), read.toString());
    }
}
