package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-eighteenth held-out set (a PhD defence notice, a charity's letter to a donor, a pharmacy
 * magazine's product listing, a newspaper round-up) showed missing on its first run. Every sentence is written for the
 * test.
 */
class DefencesDonorLettersListingsAndRoundupsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_cells_inside_an_organs_tumours_that_make_a_chemokine_secrete_it_not_the_tumours() {
        List<String> read = read("Lung tumours can be large. In her thesis, she shows that fibroblasts inside lung "
                + "tumours make the chemokine CXCL13.");
        assertTrue(read.contains("fibroblast secretes CXCL13"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("lung tumor secretes")), read.toString());
    }

    @Test
    void test_a_second_journal_after_and_publishes_too() {
        List<String> read = read("The results were published in Nature Communications and the Journal for "
                + "ImmunoTherapy of Cancer.");
        assertTrue(read.contains("study publishedIn Nature Communications"), read.toString());
        assertTrue(read.contains("study publishedIn Journal for ImmunoTherapy of Cancer"), read.toString());
    }

    @Test
    void test_a_team_led_by_a_doctor_after_an_opening_at_a_centre_is_the_centres() {
        List<String> read = read("At the Harewood Brain Tumour Centre in York, a team led by Dr Miriam Osei-Lindahl has "
                + "been studying why glioblastoma is so hard to treat.");
        assertTrue(read.contains("Miriam Osei-Lindahl affiliatedWith Harewood Brain Tumour Centre"), read.toString());
        assertTrue(read.contains("study conductedBy Harewood Brain Tumour Centre"), read.toString());
    }

    @Test
    void test_a_person_after_an_opening_at_a_meeting_is_not_placed_there() {
        List<String> read = read("At the Harewood Foundation's annual meeting, Dr Miriam Osei-Lindahl presented her "
                + "study of glioblastoma.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Miriam Osei-Lindahl affiliatedWith")), read.toString());
    }

    @Test
    void test_an_antibody_that_binds_a_chemokine_and_soaks_it_up_blocks_it() {
        List<String> read = read("The team then tested carlumab, an antibody that binds CCL2 and soaks it up.");
        assertTrue(read.contains("carlumab binds CCL2"), read.toString());
        assertTrue(read.contains("carlumab blocks CCL2"), read.toString());
    }

    @Test
    void test_switching_it_on_is_no_blocking_nor_secreting_read_from_a_pronoun() {
        List<String> read = read("4-1BB is found on activated T cells, and earlier antibodies that switched it on "
                + "everywhere damaged the liver.");
        assertFalse(read.stream().anyMatch(x -> x.contains(" secretes ")), read.toString());
    }

    @Test
    void test_cardiac_myosin_is_a_protein_a_pill_blocks() {
        List<String> read = read("The MHRA has approved mavacamten, a pill that blocks cardiac myosin, for a form of "
                + "inherited heart disease.");
        assertTrue(read.contains("mavacamten blocks cardiac myosin"), read.toString());
    }
}
