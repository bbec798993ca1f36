package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-second held-out set showed litkg missing: an agency that approves a drug in the active voice,
 * a drug that traps or mops up a protein (it blocks it; a chemokine that traps cells still sequesters them), a drug
 * that blocks "its interaction with" another protein, and a gerund after "that" ("showed that adding X to Y"); and,
 * from ChemProt, a "by" after a second verb in the phrase after a passive. Every sentence is written for the test.
 */
class TrapsAndInteractionsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_that_traps_or_mops_up_a_protein_blocks_it() {
        List<String> read = read("Bintrafusp alfa traps TGF-beta. Sotatercept mops up GDF11. CXCL12 traps T cells.");
        assertTrue(read.contains("bintrafusp alfa blocks TGF-beta"), read.toString());
        assertTrue(read.contains("sotatercept blocks GDF11"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
    }

    @Test
    void test_a_drug_that_blocks_its_interaction_blocks_the_protein_its_stands_for() {
        List<String> read = read("Tislelizumab binds PD-1, a checkpoint receptor on T cells, and blocks its interaction "
                + "with PD-L1.");
        assertTrue(read.contains("tislelizumab blocks PD-1"), read.toString());
        assertFalse(read.contains("tislelizumab blocks PD-L1"), read.toString());
    }

    @Test
    void test_an_agency_approves_in_the_active_voice_and_a_gerund_after_that_is_a_verb() {
        List<String> read = read("The European Commission has approved tislelizumab. The trial showed that adding "
                + "tislelizumab to chemotherapy extended survival.");
        assertTrue(read.contains("tislelizumab approvedBy European Commission"), read.toString());
        assertTrue(read.contains("tislelizumab combinedWith chemotherapy"), read.toString());
    }

    @Test
    void test_a_by_after_another_verb_is_that_verbs_agent() {
        List<String> read = read("CCR2 was downregulated in dTGR rats and was increased by plerixafor treatment.");
        assertFalse(read.contains("plerixafor blocks CCR2"), read.toString());
    }
}
