package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 398 showed litkg taking the place in a subject's modifier for the subject ("Fibroblasts in the dense
 * stroma around the cancer cells make CXCL12") and missing the leader of a trial a sentence opens with ("In the COMBAT
 * trial, her team gave patients X"). The texts are written for the tests.
 */
class PlacesInPlacesAndTrialFrontsTest {

    @Test
    void test_cells_in_a_described_place_around_other_cells_make_the_chemokine() {
        List<String> read = Readings.read("Pericytes in the thick stroma around the tumour cells make CCL2.");
        assertTrue(read.contains("pericyte secretes CCL2"), read.toString());
        assertFalse(read.contains("stroma secretes CCL2"), read.toString());
    }

    @Test
    void test_cells_in_the_organs_of_animals_with_a_disease_make_the_chemokine() {
        List<String> read = Readings.read("Macrophages in the lungs of mice with fibrosis release CCL2.");
        assertTrue(read.contains("macrophage secretes CCL2"), read.toString());
        assertFalse(read.contains("fibrosis secretes CCL2"), read.toString());
    }

    @Test
    void test_a_team_working_in_a_trial_the_sentence_opens_with_is_led_by_the_teams_owner() {
        List<String> read = Readings.read("Dr. Noa Peretz is a surgeon at Sheba Medical Center. In the TIDE trial, her "
                + "team gave patients vercirnon together with infliximab.");
        assertTrue(read.contains("study ledBy Noa Peretz"), read.toString());
        assertTrue(read.contains("study conductedBy Sheba Medical Center"), read.toString());
    }

    @Test
    void test_a_team_after_a_fronted_place_that_is_no_study_leads_nothing() {
        List<String> read = Readings.read("Dr. Noa Peretz is a surgeon at Sheba Medical Center. In the clinic, her "
                + "team gave patients vercirnon together with infliximab.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study ledBy")), read.toString());
    }
}
