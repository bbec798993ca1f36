package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-first held-out set showed litkg missing or misreading: a coined word that blocks a target, a brand
 * in "(brand name X)", receptors named by a family word and a number (and two of them sharing one head), neurons
 * named by a marker, an enzyme whose first word the tagger calls a determiner, a steroid declared "a hormone", trials
 * named by a word and an acronym, and the words around them. Every sentence is written for the test.
 */
class BlockersMarkersAndFamilyNumbersTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_coined_word_that_blocks_is_a_drug_but_a_protein_shaped_one_is_not() {
        Map<String, String> m = mentions("Tovarizam blocks the channel in the airways. Hepcidin inhibits the exporter.");
        assertEquals("Drug", m.get("Tovarizam"), m.toString());
        assertNotEquals("Drug", m.get("Hepcidin"), m.toString());
    }

    @Test
    void test_a_brand_in_brackets_is_the_drugs_and_an_english_word_before_the_drug_is_not() {
        Map<String, String> m = mentions("Zelinetant (brand name Calmora) is a pill. In the trial, which enrolled 300 "
                + "adults, the drug worked.");
        assertEquals("Drug", m.get("Calmora"), m.toString());
        assertFalse(m.containsKey("adults"), m.toString());
    }

    @Test
    void test_family_numbered_receptors_kinins_and_marker_named_neurons_are_named() {
        Map<String, String> m = mentions("The drug blocks both the melanocortin 3 and melanocortin 4 receptors, which "
                + "AgRP neurons answer; neurokinin A does not.");
        assertEquals("Receptor", m.get("melanocortin 3"), m.toString());
        assertEquals("Receptor", m.get("melanocortin 4 receptors"), m.toString());
        assertEquals("CellType", m.get("AgRP neurons"), m.toString());
        assertEquals("Protein", m.get("neurokinin A"), m.toString());
    }

    @Test
    void test_an_enzyme_the_tagger_misreads_is_named_and_a_steroid_hormone_is_no_protein() {
        Map<String, String> m = mentions("Too much cortisol, a hormone that raises sugar, comes from the adrenal glands. "
                + "The pill switches off aldosterone synthase.");
        assertEquals("Protein", m.get("aldosterone synthase"), m.toString());
        assertEquals("Tissue", m.get("adrenal glands"), m.toString());
        assertFalse(m.containsKey("cortisol"), m.toString());
    }

    @Test
    void test_word_and_acronym_trials_trusts_coughs_and_presenters_are_named() {
        Map<String, String> m = mentions("In the Target-HTN trial, not the Phase-III trial, presenter notes aside, "
                + "Presenter Anna Berg of Leeds Teaching Hospitals NHS Trust treated chronic cough and high blood pressure.");
        assertEquals("ClinicalTrial", m.get("Target-HTN"), m.toString());
        assertFalse(m.containsKey("Phase-III"), m.toString());
        assertEquals("Person", m.get("Anna Berg"), m.toString());
        assertEquals("Organization", m.get("Leeds Teaching Hospitals NHS Trust"), m.toString());
        assertEquals("Disease", m.get("chronic cough"), m.toString());
        assertEquals("Disease", m.get("high blood pressure"), m.toString());
    }

    @Test
    void test_a_name_after_a_bare_comma_that_does_not_go_on_listing_is_no_drug() {
        Map<String, String> m = mentions("Asked about agonists such as romiplostim, Kuter said it was untested.");
        assertEquals("Drug", m.get("romiplostim"), m.toString());
        assertNotEquals("Drug", m.get("Kuter"), m.toString());
    }

    @Test
    void test_proteins_listed_after_such_as_stay_proteins() {
        Map<String, String> m = mentions("Cyclin-dependent kinase inhibitors such as p21 and p27 rose in the cells.");
        assertEquals("Protein", m.get("p21"), m.toString());
        assertEquals("Protein", m.get("p27"), m.toString());
    }
}
