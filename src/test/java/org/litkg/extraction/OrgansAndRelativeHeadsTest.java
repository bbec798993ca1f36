package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Producers and objects the twenty-fifth and twenty-sixth held-out sets left unread: an organ that makes a protein,
 * a drug that silences "the gene for" a protein; and the precision that naming organs asks for, since an organ is
 * often only where the producer is ("stromal cells in the bone marrow and lungs", "cancer cells that have spread to
 * the liver"). Every sentence is written for the test.
 */
class OrgansAndRelativeHeadsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_organ_that_makes_a_protein_secretes_it() {
        List<String> made = read("Danicopan inhibits factor D, a complement protein made by the liver.");
        assertTrue(made.contains("liver secretes factor D"), made.toString());
        List<String> active = read("The pancreas releases CCL2 when it is inflamed.");
        assertTrue(active.contains("pancreas secretes CCL2"), active.toString());
    }

    @Test
    void test_a_drug_that_silences_the_gene_for_a_protein_blocks_it() {
        List<String> read = read("Vutrisiran is a small interfering RNA. It silences the gene for transthyretin, "
                + "a protein that liver cells release into the blood.");
        assertTrue(read.contains("vutrisiran blocks transthyretin"), read.toString());
    }

    @Test
    void test_organs_that_only_place_the_producer_do_not_produce() {
        List<String> placed = read("Stromal cells in the bone marrow and lungs secrete CXCL12.");
        assertTrue(placed.contains("stromal cell secretes CXCL12"), placed.toString());
        assertFalse(placed.contains("lung secretes CXCL12"), placed.toString());
        assertFalse(placed.contains("bone marrow secretes CXCL12"), placed.toString());
        List<String> spread = read("Colorectal cancer cells that have spread to the liver make CCL5.");
        assertTrue(spread.contains("colorectal cancer secretes CCL5"), spread.toString());
        assertFalse(spread.contains("liver secretes CCL5"), spread.toString());
    }

    @Test
    void test_an_unnamed_head_of_a_relative_clause_keeps_the_organ_in_it_from_producing() {
        List<String> read = read("The cells that line the lungs release CCL2.");
        assertFalse(read.contains("lung secretes CCL2"), read.toString());
    }
}