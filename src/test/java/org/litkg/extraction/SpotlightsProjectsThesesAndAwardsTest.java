package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-fifth held-out set's kinds of writing need: a society's member spotlight (an
 * interview whose guest "we meet" and then answers as "I"), a thesis's impact statement ("carried out in Professor X's
 * laboratory", "a small molecule from our collaborators at Y"), a charity's awards list ("£248,000 over three years to
 * Dr. X, University of Y", "Dr. X's trial will test whether") and "A, an antibody that blocks X, and B, which binds
 * Y". Every text is written for the test.
 */
class SpotlightsProjectsThesesAndAwardsTest {

    @Test
    void test_an_interviews_guest_is_the_i_whose_group_did_the_study() {
        List<String> read = read("Member spotlight\n\nThis month we meet Dr. Morag Kellerman-Osei, a physician at the "
                + "University of Dundee.\n\nWhat are you working on?\nMy group showed that airway epithelial cells "
                + "release IL-33, in a study published in Thorax in 2019.\n");
        assertTrue(read.contains("study ledBy Morag Kellerman-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
        List<String> unmet = read("Member spotlight\n\nLast month Dr. Morag Kellerman-Osei, a physician at the "
                + "University of Dundee, gave a talk.\n\nWhat are we working on?\nMy group showed that airway "
                + "epithelial cells release IL-33, in a study published in Thorax in 2019.\n");
        assertFalse(unmet.contains("study ledBy Morag Kellerman-Osei"), unmet.toString());
    }

    @Test
    void test_a_singular_relative_clause_after_the_second_of_two_names_is_said_of_that_one_only() {
        List<String> one = read("Notes\n\nAstegolimab, an antibody that blocks ST2, and itepekimab, which binds IL-33, "
                + "have been tested.\n");
        assertTrue(one.contains("itepekimab binds IL-33"), one.toString());
        assertFalse(one.contains("astegolimab binds IL-33"), one.toString());
        List<String> both = read("Notes\n\nAstegolimab and itepekimab, which bind IL-33, have been tested.\n");
        assertTrue(both.contains("astegolimab binds IL-33"), both.toString());
    }

    @Test
    void test_a_thesis_carried_out_in_a_professors_laboratory_is_her_study_and_a_compound_source_runs_nothing() {
        List<String> read = read("Impact statement\n\nThis thesis, carried out in Professor Joanna Okereke-Blum's "
                + "laboratory at University College London, asks why vessels block. I show that GX-419, a small "
                + "molecule from our collaborators at Galloway Therapeutics, blocks E-selectin.\n");
        assertTrue(read.contains("study ledBy Joanna Okereke-Blum"), read.toString());
        assertTrue(read.contains("study conductedBy University College London"), read.toString());
        assertFalse(read.contains("study conductedBy Galloway Therapeutics"), read.toString());
        List<String> partners = read("Impact statement\n\nI show that GX-419 blocks E-selectin. The work was done "
                + "with our collaborators at Galloway Therapeutics.\n");
        assertTrue(partners.contains("study conductedBy Galloway Therapeutics"), partners.toString());
    }

    @Test
    void test_an_awards_line_places_its_holder_and_her_trial_is_hers() {
        List<String> read = read("Research awards, autumn round\n\n£248,000 over three years to Dr. Adaeze "
                + "Whitcombe-Hale, University of Birmingham\nDr. Whitcombe-Hale's trial will test whether anifrolumab "
                + "can be given together with belimumab.\n");
        assertTrue(read.contains("Adaeze Whitcombe-Hale affiliatedWith University of Birmingham"), read.toString());
        assertTrue(read.contains("study ledBy Adaeze Whitcombe-Hale"), read.toString());
        assertTrue(read.contains("study conductedBy University of Birmingham"), read.toString());
    }

    @Test
    void test_the_seeds_ST2_is_a_receptor_and_the_seeds_disease_outranks_an_imported_genes_alias() {
        List<String> names = typedNames("Notes\n\nIL-33 binds ST2 on mast cells in COPD.\n");
        assertTrue(names.contains("RECEPTOR ST2"), names.toString());
        assertTrue(names.contains("DISEASE chronic obstructive pulmonary disease"), names.toString());
    }
}
