package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-thirty-fifth held-out set (a science news story, a hospital release, a foundation's prize
 * announcement, a PubMed record) showed missing or wrong on its first run. Every sentence is written for the test.
 */
class UnitsOfInstitutionsAndTheirReceptorsTest {

    @Test
    void test_prostaglandin_analogues_and_gnrh_antagonists_are_named_by_their_stems() {
        List<String> read = read("Travoprost lowers pressure by activating the FP receptor. Linzagolix blocks the GnRH "
                + "receptor.");
        assertTrue(read.contains("travoprost binds FP receptor"), read.toString());
        assertTrue(read.contains("linzagolix blocks GnRH receptor"), read.toString());
    }

    @Test
    void test_glaucoma_is_a_disease_and_retinal_ganglion_cells_a_cell_type() {
        List<String> names = typedNames("In glaucoma, retinal ganglion cells die slowly.");
        assertTrue(names.contains("DISEASE glaucoma"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("CELL_TYPE") && n.contains("ganglion")), names.toString());
    }

    @Test
    void test_an_adhesion_molecule_is_a_protein_the_cells_carry_not_a_drug() {
        String text = "Memory T cells carry an adhesion molecule called VLA-4, which grips VCAM-1.";
        List<String> names = typedNames(text);
        assertFalse(names.contains("DRUG VLA-4"), names.toString());
        List<String> read = read(text);
        assertTrue(read.contains("VLA-4 binds VCAM-1"), read.toString());
    }

    @Test
    void test_an_eye_drop_that_blocks_a_protein_blocks_it() {
        List<String> read = read("Regulators approved velitegrast, an eye drop that blocks LFA-1.");
        assertTrue(read.contains("velitegrast blocks LFA-1"), read.toString());
    }

    @Test
    void test_a_health_boards_trial_and_a_hyphened_trial_name() {
        String text = "The phase 2 trial, called SKY-CLEAR, was run by NHS Grampian and the University of Aberdeen.";
        List<String> names = typedNames(text);
        assertTrue(names.contains("ORGANIZATION NHS Grampian"), names.toString());
        assertTrue(names.contains("CLINICAL_TRIAL SKY-CLEAR"), names.toString());
        List<String> read = read(text);
        assertTrue(read.contains("study conductedBy NHS Grampian"), read.toString());
    }

    @Test
    void test_a_named_unit_of_a_named_university_is_two_workplaces() {
        String text = "Dr. Ines Varga-Holm is a senior scientist at the Koch Eye Institute of Meridian University and "
                + "professor of ophthalmology at Harrow Medical School.";
        List<String> read = read(text);
        assertTrue(read.contains("Ines Varga-Holm affiliatedWith Koch Eye Institute"), read.toString());
        assertTrue(read.contains("Ines Varga-Holm affiliatedWith Meridian University"), read.toString());
        assertTrue(read.contains("Ines Varga-Holm affiliatedWith Harrow Medical School"), read.toString());
        List<String> whole = typedNames("She works at the Massachusetts Institute of Technology.");
        assertTrue(whole.contains("ORGANIZATION Massachusetts Institute of Technology"), whole.toString());
    }

    @Test
    void test_a_second_post_after_a_body_the_organisation_owns() {
        List<String> read = read("The Varga Foundation named its winner. \"It is deserved,\" said Dr. Piet Olander-Sy, "
                + "chair of the foundation's review panel and professor emeritus at Harrow Medical School.");
        assertTrue(read.contains("Piet Olander-Sy affiliatedWith Harrow Medical School"), read.toString());
    }

    @Test
    void test_cells_of_a_tissue_release_what_the_tissue_does() {
        List<String> read = read("When the eye is dry, cells of the conjunctiva release CXCL9.");
        assertTrue(read.contains("conjunctiva secretes CXCL9"), read.toString());
    }

    @Test
    void test_their_receptor_is_on_the_cells_just_named() {
        List<String> read = read("CXCL9 draws CD4+ T cells into the tissue by binding their receptor, CXCR3.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CXCR3 expressedOn") && x.contains("T cell")),
                read.toString());
    }

    @Test
    void test_cells_that_recruit_cells_hold_none_but_a_tumour_does() {
        List<String> fibroblasts = read("Gingival fibroblasts recruit Th17 cells to the gums through CCL20.");
        assertFalse(fibroblasts.stream().anyMatch(x -> x.contains("sequesters")), fibroblasts.toString());
        List<String> tumours = read("Gastric tumours recruit regulatory T cells.");
        assertTrue(tumours.stream().anyMatch(x -> x.contains("sequesters")), tumours.toString());
    }

    @Test
    void test_a_bare_plural_placed_in_a_tissue_describes_the_name_before_it() {
        List<String> read = read("The team reports that astrocytes, star-shaped support cells in the retina, release "
                + "CCL2 under stress.");
        assertTrue(read.contains("astrocyte secretes CCL2"), read.toString());
        assertFalse(read.contains("retina secretes CCL2"), read.toString());
    }

    @Test
    void test_both_opening_a_sentence_stands_for_the_pair_named_last() {
        List<String> read = read("Gastric cancer cells secrete CXCL1 and CXCL5. Both bind CXCR2 on neutrophils and "
                + "recruit them into the tumour.");
        assertTrue(read.contains("CXCL1 binds CXCR2") && read.contains("CXCL5 binds CXCR2"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("sequesters")), "two chemokines draw cells in: " + read);
    }

    @Test
    void test_a_name_joined_by_a_plus_is_one_company() {
        List<String> names = typedNames("The drop is now sold by Bausch + Lomb.");
        assertTrue(names.contains("ORGANIZATION Bausch + Lomb"), names.toString());
    }
}
