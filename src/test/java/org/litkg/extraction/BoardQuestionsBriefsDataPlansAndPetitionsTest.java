package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-third held-out set (a board-review question, a policy brief, a data management plan,
 * a parents' petition) showed missing on its first run. Every sentence is written for the test.
 */
class BoardQuestionsBriefsDataPlansAndPetitionsTest {

    @Test
    void test_a_plans_data_steward_field_names_and_places_the_steward() {
        List<String> read = read("DATA MANAGEMENT PLAN\n\nData steward: Annelie Vaerenberg-Holm, University of Tartu "
                + "Library\n\nWe will store all images on the university's servers.\n");
        assertTrue(read.contains("Annelie Vaerenberg-Holm affiliatedWith University of Tartu Library"), read.toString());
    }

    @Test
    void test_a_grants_principal_investigator_works_at_its_host_institution_which_does_the_work() {
        List<String> read = read("DATA MANAGEMENT PLAN\n\nHost institution: University of Tartu\n"
                + "Principal investigator: Prof. Kaspar Haldane-Mwangi\n\n"
                + "In earlier work, published in PLOS Pathogens, our group showed that macrophages secrete CCL2.\n");
        assertTrue(read.contains("Kaspar Haldane-Mwangi affiliatedWith University of Tartu"), read.toString());
        assertTrue(read.contains("study conductedBy University of Tartu"), read.toString());
    }

    @Test
    void test_a_cohort_of_patients_at_two_hospitals_was_done_at_both() {
        List<String> read = read("The brief rests on the RIVER-2 study, a cohort of 240 patients at Riverbend General "
                + "Hospital and Lakeshore Medical Center, published in Blood in 2025.");
        assertTrue(read.contains("study conductedBy Riverbend General Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Lakeshore Medical Center"), read.toString());
    }

    @Test
    void test_an_institution_named_on_a_credit_line_is_later_named_by_its_initials() {
        List<String> read = read("POLICY BRIEF\nPrepared by the Centre for Tropical Vaccine Research, Kampala\n\n"
                + "In 2025 researchers at CTVR showed that macrophages secrete CCL2 in the skin.\n");
        assertTrue(read.contains("study conductedBy Centre for Tropical Vaccine Research"), read.toString());
    }

    @Test
    void test_a_dashed_sign_off_places_the_signer_at_a_charity_named_for_its_country() {
        List<String> read = read("Please sign and share this petition with your friends.\n\n"
                + "— Petra Lindqvist-Moe, mother and co-founder, Scleroderma Kids UK\n");
        assertTrue(read.contains("Petra Lindqvist-Moe affiliatedWith Scleroderma Kids UK"), read.toString());
    }

    @Test
    void test_a_drug_combined_with_a_procedure_combines_with_no_drug() {
        List<String> read = read("In mice, bertilimumab combined with endoscopic removal healed the ulcers faster.");
        assertFalse(read.stream().anyMatch(r -> r.contains("combinedWith")), read.toString());
    }

    @Test
    void test_a_member_of_an_anti_x_class_blocks_x_not_the_receptor_that_signal_would_name() {
        List<String> read = read("In the gut, epithelial eotaxin-1 acting on CCR3 keeps eosinophils in the wall; "
                + "anti-eotaxin-1 antibodies such as bertilimumab block that signal.");
        assertTrue(read.contains("bertilimumab blocks CCL11"), read.toString()); // eotaxin-1 is CCL11
        assertFalse(read.contains("bertilimumab blocks CCR3"), read.toString());
    }

    @Test
    void test_the_seed_lexicon_knows_morphea() {
        List<String> names = typedNames("Morphea hardens patches of skin and the tissue under it in children.");
        assertTrue(names.contains("DISEASE localized scleroderma"), names.toString());
    }
}
