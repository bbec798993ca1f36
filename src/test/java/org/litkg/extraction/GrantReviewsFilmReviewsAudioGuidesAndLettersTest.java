package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-sixty-first held-out set (a grant panel review, a documentary film review, a museum audio
 * guide, a reference letter) showed missing on its first run. Every sentence is written for the test.
 */
class GrantReviewsFilmReviewsAudioGuidesAndLettersTest {

    @Test
    void test_a_label_with_a_hyphen_before_a_person_and_their_institution_is_read() {
        List<String> read = read("Co-applicant: Dr. Solveig Mbeki-Lunde, Roslin Institute\n\nThe applicants propose a "
                + "careful study of sheep in the field.\n");
        assertTrue(read.contains("Solveig Mbeki-Lunde affiliatedWith Roslin Institute"), read.toString());
    }

    @Test
    void test_a_british_spelling_matches_the_american_name_in_the_lexicon() {
        List<String> read = read("In the biopsies, infected muscle fibres release CCL2 into the surrounding tissue.");
        assertTrue(read.contains("muscle cell secretes CCL2"), read.toString());
    }

    @Test
    void test_it_is_possible_that_hedges_the_claim_after_it() {
        List<String> read = read("It is possible that CXCL9 also binds CXCR3 in the skin, but nobody has tested this.");
        assertTrue(read.contains("CXCL9 binds CXCR3 HEDGE"), read.toString());
    }

    @Test
    void test_a_modal_inside_an_aside_before_that_does_not_hedge_the_claim() {
        List<String> read = read("She told the class, in terms a pupil could follow, that macrophages release CCL2 in "
                + "the lung.");
        assertTrue(read.contains("macrophage secretes CCL2"), read.toString());
    }

    @Test
    void test_a_hedge_before_an_aside_still_hedges_the_claim() {
        List<String> read = read("Researchers suggested, in a short note, that macrophages release CCL2 in the lung.");
        assertTrue(read.contains("macrophage secretes CCL2 HEDGE"), read.toString());
    }

    @Test
    void test_the_tumour_cells_are_the_named_cancers_not_its_class_after_two_adjectives() {
        List<String> read = read("Uveal melanoma is a rare, fast-growing eye cancer of adults. The tumour cells "
                + "release CCL2, which binds CCR2 on monocytes.");
        assertTrue(read.contains("uveal melanoma secretes CCL2"), read.toString());
        assertFalse(read.contains("eye cancer secretes CCL2"), read.toString());
    }

    @Test
    void test_a_person_who_used_something_at_a_place_in_a_city_works_there() {
        List<String> read = read("The microscope sat for years at the Francis Crick Institute in London, where Dr. "
                + "Oriane Kessbach used it to follow the cells.");
        assertTrue(read.contains("Oriane Kessbach affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_class_apposed_to_a_drug_before_a_relative_clause_stands_for_the_drug() {
        List<String> read = read("Patients now receive durvalumab, the first immunotherapy the FDA approved for this "
                + "cancer.");
        assertTrue(read.contains("durvalumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("immunotherapy approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_class_apposed_to_a_drug_before_that_and_a_relative_clause_stands_for_the_drug() {
        List<String> read = read("Patients now receive durvalumab, the first immunotherapy that the FDA approved for "
                + "this cancer.");
        assertTrue(read.contains("durvalumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("immunotherapy approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_receptor_that_might_be_on_cells_is_a_hedged_location() {
        List<String> read = read("In the lymph node, CCR7 might also be on dendritic cells in some patients.");
        assertTrue(read.contains("CCR7 expressedOn dendritic cell HEDGE"), read.toString());
    }

    @Test
    void test_a_receptor_that_is_not_expressed_on_cells_is_kept_as_a_denied_location() {
        List<String> read = read("In their biopsies, CCR3 is not expressed on neutrophils at all.");
        assertTrue(read.contains("CCR3 expressedOn neutrophil NEG"), read.toString());
        assertFalse(read.contains("CCR3 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_a_group_that_published_work_in_a_journal_led_a_study_where_its_head_works() {
        List<String> read = read("Professor Idris Vantveer-Kolade of the Hubrecht Institute, whose group published the "
                + "organoid work in Cell Stem Cell last year, spoke next.");
        assertTrue(read.contains("study ledBy Idris Vantveer-Kolade"), read.toString());
        assertTrue(read.contains("study conductedBy Hubrecht Institute"), read.toString());
        assertTrue(read.contains("study publishedIn Cell Stem Cell"), read.toString());
    }

    @Test
    void test_an_acronym_that_would_give_treatments_is_a_trial() {
        String text = "CLEARPATH would give maraviroc together with pembrolizumab to forty patients.";
        assertTrue(typedNames(text).contains("CLINICAL_TRIAL CLEARPATH"), typedNames(text).toString());
    }

    @Test
    void test_a_symbol_with_digits_that_gives_something_is_no_trial() {
        String text = "In these mice, TRPX44 gives the animals a longer life and a thicker coat.";
        assertFalse(typedNames(text).stream().anyMatch(n -> n.startsWith("CLINICAL_TRIAL")), typedNames(text).toString());
    }
}
