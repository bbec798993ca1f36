package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shop's page for a toy designed with a scientist ("Dr. X, an immunologist at Y, whose team showed last year
 * that"), an app "developed with researchers at Y", a chemokine that "keeps them in the joint" and a menu's "Curated
 * by Dr. X, Y". Every text is written for the test.
 */
class ShopPagesAndAppListingsTest {

    @Test
    void test_whose_team_showed_after_a_description_apposed_to_the_person_is_their_study() {
        List<String> read = read("The toy was designed with Dr. Isla Mbatha-Rourke, an immunologist at the University "
                + "of Leeds, whose team showed last year that neutrophils carry CXCR2. Their paper appeared in Blood.\n");
        assertTrue(read.contains("study ledBy Isla Mbatha-Rourke"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_a_thing_developed_with_researchers_is_no_study_they_conduct_but_a_trial_designed_with_them_is() {
        List<String> app = read("CellCraft was developed with researchers at King's College London and is used in "
                + "schools. In the game, plerixafor blocks CXCR4.\n");
        assertFalse(app.contains("study conductedBy King's College London"), app.toString());
        List<String> trial = read("The trial was designed with researchers at the University of Bristol and tested "
                + "plerixafor, which blocks CXCR4.\n");
        assertTrue(trial.contains("study conductedBy University of Bristol"), trial.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_in_the_joint_sequesters_them() {
        List<String> read = read("Synovial fibroblasts release CCL21, which binds CCR7 on T cells and keeps them in "
                + "the joint.\n");
        assertTrue(read.contains("CCL21 sequesters T cell"), read.toString());
    }

    @Test
    void test_a_menus_curated_by_line_places_its_curator() {
        List<String> read = read("Cocktails at the conference dinner\nCurated by Dr. Noor Abernathy-Sato, Institut Curie\n\n"
                + "The Plerixafor Sour - for the drug that blocks CXCR4. Whisky, lemon.\n");
        assertTrue(read.contains("Noor Abernathy-Sato affiliatedWith Institut Curie"), read.toString());
    }
}
