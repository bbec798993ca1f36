package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirtieth held-out set showed litkg missing: two drugs a product contains or a combination lists
 * after a counted class ("contains two drugs, X and Y"), and an agonist that "stimulates" receptors listed after a
 * counted class with a place ("two histamine receptors in the gut, H1 and H4"). Every sentence is written for the test.
 */
class CountedListsAndAgonistsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_drugs_a_product_contains_after_a_counted_class_are_combined() {
        List<String> read = read("Veltrix is a capsule that contains two drugs, dexlomine and trovastium.");
        assertTrue(read.contains("dexlomine combinedWith trovastium"), read.toString());
        List<String> combination = read("Doctors liked the combination of two drugs, maraviroc and pembrolizumab.");
        assertTrue(combination.contains("maraviroc combinedWith pembrolizumab"), combination.toString());
    }

    @Test
    void test_a_drug_that_stimulates_listed_receptors_binds_each() {
        List<String> read = read("The drug dexlomine stimulates two histamine receptors in the gut, H1 and H4.");
        assertTrue(read.contains("dexlomine binds H1"), read.toString());
        assertTrue(read.contains("dexlomine binds H4"), read.toString());
    }

    @Test
    void test_stimulating_an_enzyme_or_by_a_protein_binds_nothing() {
        List<String> read = read("Metformin stimulates AMPK in the liver. CXCL12 stimulates CXCR4 on T cells.");
        assertFalse(read.stream().anyMatch(x -> x.contains(" binds ")), read.toString());
    }
}
