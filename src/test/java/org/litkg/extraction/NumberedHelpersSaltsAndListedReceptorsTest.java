package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-thirty-eighth held-out set (a conference report, a magazine feature, an agency news
 * release, a PubMed record) showed missing or wrong on its first run. Every sentence is written for the test.
 */
class NumberedHelpersSaltsAndListedReceptorsTest {

    @Test
    void test_numbered_helper_t_cells_are_cell_types() {
        List<String> read = read("In psoriasis, T helper 17 cells gather, and CXCL10 binds CXCR3 on T helper 1 cells.");
        assertTrue(read.contains("CXCR3 expressedOn T helper 1 cell"), read.toString());
        List<String> names = typedNames("In psoriasis, T helper 17 cells gather in the skin.");
        assertTrue(names.contains("CELL_TYPE T helper 17 cell"), names.toString());
        assertTrue(names.contains("TISSUE skin"), names.toString());
    }

    @Test
    void test_a_receptor_on_their_surface_is_on_the_cells_named_before() {
        List<String> read = read("Leukotriene B4 acts on neutrophils through a receptor on their surface, BLT1.");
        assertTrue(read.contains("BLT1 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_a_chemokine_that_draws_cells_through_a_receptor_binds_it() {
        List<String> read = read("Tumour cells release CXCL1, a chemokine that draws neutrophils through their "
                + "receptor, CXCR2.");
        assertTrue(read.contains("CXCL1 binds CXCR2"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_a_combination_set_off_by_a_comma_is_the_approved_drugs() {
        List<String> read = read("Durvalumab was approved by the FDA for biliary tract cancer in 2022, in combination "
                + "with chemotherapy.");
        assertTrue(read.contains("durvalumab combinedWith chemotherapy"), read.toString());
    }

    @Test
    void test_a_bare_word_before_which_blocks_names_a_drug_whatever_its_ending() {
        List<String> read = read("Options include samelisant, which blocks the histamine H3 receptor, and others.");
        assertTrue(read.contains("samelisant blocks histamine H3 receptor"), read.toString());
        List<String> names = typedNames("The variant, which blocks the receptor, was rare.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("DRUG")), names.toString());
    }

    @Test
    void test_a_metal_and_an_anion_name_a_salt_given_as_a_drug() {
        List<String> read = read("Patients took lithium carbonate, approved by the FDA in 1970.");
        assertTrue(read.contains("lithium carbonate approvedBy U.S. Food and Drug Administration"), read.toString());
        List<String> names = typedNames("Potassium levels and sodium channels were measured.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("DRUG")), names.toString());
    }

    @Test
    void test_receptors_listed_in_an_apposition_before_on_are_each_on_the_cells() {
        List<String> read = read("Neuropeptide Y binds two receptors, Y1R and Y2R, on neurons in the hypothalamus.");
        assertTrue(read.contains("Y1R expressedOn neuron"), read.toString());
        assertTrue(read.contains("Y2R expressedOn neuron"), read.toString());
        List<String> apposed = read("The cytokine attaches to the LIF receptor, LIFR, on stellate cells.");
        assertTrue(apposed.contains("LIFR expressedOn stellate cell"), apposed.toString());
    }

    @Test
    void test_a_small_molecule_opening_a_list_does_not_hide_the_proteins_after_it() {
        List<String> read = read("Mast cells release heparin, tryptase and chymase.");
        assertTrue(read.contains("mast cell secretes tryptase"), read.toString());
        assertTrue(read.contains("mast cell secretes chymase"), read.toString());
        assertFalse(read.contains("mast cell secretes heparin"), read.toString());
    }

    @Test
    void test_sleep_and_tropical_diseases_are_diseases() {
        List<String> names = typedNames("People with narcolepsy or dengue were enrolled.");
        assertTrue(names.contains("DISEASE narcolepsy"), names.toString());
        assertTrue(names.contains("DISEASE dengue"), names.toString());
    }

    @Test
    void test_an_outlet_before_a_reporters_post_in_a_byline_is_no_person() {
        List<String> names = typedNames("By Rosalind Okafor-Lund, Health Weekly staff writer\n\nLONDON — A trial shrank "
                + "tumours.");
        assertTrue(names.contains("PERSON Rosalind Okafor-Lund"), names.toString());
        assertFalse(names.contains("PERSON Health Weekly"), names.toString());
        List<String> credits = typedNames("Reporting by Priyanka Osei-Lam in Bengaluru; Editing by Tom Hale");
        assertTrue(credits.contains("PERSON Priyanka Osei-Lam"), credits.toString());
    }
}
