package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 401 showed litkg missing the institutions a study is a collaboration between, a leader placed at a
 * university by its town ("Professor X of Oxford" after "the University of Oxford"), the signal a receptor in a main
 * clause lets cells follow ("CCR5 on those T cells lets them follow chemokines such as CCL5"), and binding a chemokine
 * to "the receptor for" it that the text says is unknown. The texts are written for the tests.
 */
class CollaborationsAndEnablingSubjectsTest {

    @Test
    void test_each_institution_of_a_collaboration_conducts_the_study_and_a_town_names_its_university() {
        List<String> read = Readings.read("The study, a collaboration between the University of Leeds and Ghent "
                + "University, was led by Professor Ruth Dale of Leeds and Dr. Pieter Maes of Ghent University.");
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
        assertTrue(read.contains("study conductedBy Ghent University"), read.toString());
        assertTrue(read.contains("Ruth Dale affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("study ledBy Pieter Maes"), read.toString());
    }

    @Test
    void test_a_receptor_on_cells_that_lets_them_follow_a_signal_binds_the_signal() {
        List<String> read = Readings.read("CXCR3 on those T cells lets them follow chemokines such as CXCL10 into "
                + "the skin.");
        assertTrue(read.contains("CXCR3 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CXCL10 binds CXCR3"), read.toString());
    }

    @Test
    void test_a_receptor_letting_a_virus_into_cells_is_still_read_as_an_entry_receptor() {
        List<String> read = Readings.read("A team reported that CXCR4 lets HIV into T cells.");
        assertTrue(read.contains("CXCR4 expressedOn T cell"), read.toString());
    }

    @Test
    void test_the_receptor_for_a_chemokine_said_to_be_unknown_binds_nothing() {
        List<String> read = Readings.read("Macrophages produce CCL18. The receptor for CCL18 is still debated.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("CCL18 binds")), read.toString());
    }
}
