package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 418 showed litkg giving a leaflet's purpose to the partner named in brackets ("given with G-CSF
 * (filgrastim) to move stem cells"), missing the receptor "a receptor that keeps stem cells in the marrow" places, a
 * journal club's "Chen et al. (2025) in J", a student's "in the lab of Professor X", and "lets them listen to CX3CL1".
 * The texts are written for the tests.
 */
class LeafletsJournalClubsAndStudentBlogsTest {

    @Test
    void test_a_purpose_belongs_to_the_drug_given_not_to_its_partners_bracketed_name() {
        List<String> read = Readings.read("Motixafortide is given with G-CSF (filgrastim) to move stem cells into "
                + "the blood.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_receptor_that_keeps_cells_in_a_tissue_is_on_the_cells() {
        List<String> read = Readings.read("The drug blocks CXCR4, a receptor that keeps stem cells in the marrow.");
        assertTrue(read.contains("CXCR4 expressedOn stem cell"), read.toString());
    }

    @Test
    void test_a_receptor_that_keeps_cells_alive_places_nothing() {
        List<String> read = Readings.read("The drug blocks CXCR4, a receptor that keeps stem cells alive.");
        assertFalse(read.contains("CXCR4 expressedOn stem cell"), read.toString());
    }

    @Test
    void test_a_paper_a_journal_club_cites_by_its_first_author_is_led_by_them_and_published_in_the_journal() {
        List<String> read = Readings.read("This week we discussed Osei et al. (2025) in Hepatology. The authors "
                + "showed that stellate cells release CCL2.");
        assertTrue(read.contains("study ledBy Osei"), read.toString());
        assertTrue(read.contains("study publishedIn Hepatology"), read.toString());
    }

    @Test
    void test_a_students_paper_is_led_by_the_head_of_the_lab_they_are_in() {
        List<String> read = Readings.read("I'm a PhD student in the lab of Professor Tom Reyes at the University of "
                + "Leeds. Last month our paper came out in the Journal of Immunology.");
        assertTrue(read.contains("study ledBy Tom Reyes"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_the_signal_a_receptor_lets_cells_listen_to_binds_it() {
        List<String> read = Readings.read("Microglia carry CX3CR1, which lets them listen to CX3CL1 made by neurons.");
        assertTrue(read.contains("CX3CL1 binds CX3CR1"), read.toString());
    }
}
