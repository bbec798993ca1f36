package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-sixth held-out set showed litkg missing or misreading: a receptor said to bind its ligand, a
 * drug that displaces a ligand or keeps a list of them from signalling, a study that is a named person's work, a
 * quantified tumour that is no particular one, an approval and a second verb reached past an apposition, and drugs
 * that should not be used together. Every sentence is written for the test.
 */
class LigandOrderAndAppositionsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_receptor_that_binds_a_chemokine_is_bound_by_it() {
        List<String> read = read("Unlike classical receptors, CXCR4 binds the chemokine CXCL12 and pulls it inside.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertFalse(read.contains("CXCR4 binds CXCL12"), read.toString());
    }

    @Test
    void test_a_drug_that_displaces_a_ligand_or_keeps_a_list_of_them_from_signalling_blocks_its_receptor() {
        List<String> read = read("Zelmavir binds CXCR4 and displaces CXCL12 from it. Velimab, an antibody that latches "
                + "onto CCR8, prevents both CCL1 and CCL18 from signalling through it.");
        assertTrue(read.contains("zelmavir blocks CXCR4"), read.toString());
        assertTrue(read.contains("velimab blocks CCR8"), read.toString());
        List<String> range = read("Zelmavir, injected along with atropine and the oxime HI-6 at 20 minutes, stopped "
                + "seizures and increased survival from 64% to 100%.");
        assertFalse(range.stream().anyMatch(x -> x.contains("blocks")), range.toString());
    }

    @Test
    void test_a_named_persons_earlier_work_is_led_by_them_where_they_work() {
        List<String> read = read("The foundation gave a grant to Dr. Priya Menon, a dermatologist at Brigham and "
                + "Women's Hospital. Menon's earlier work, published in the Journal of Investigative Dermatology, showed "
                + "that neurons respond to the cytokine.");
        assertTrue(read.contains("study ledBy Priya Menon"), read.toString());
        assertTrue(read.contains("study conductedBy Brigham and Women's Hospital"), read.toString());
    }

    @Test
    void test_many_tumours_are_no_particular_cancer_but_its_cells_are() {
        List<String> read = read("Patients with pancreatic cancer lose weight. GDF-15 is a hormone made in large amounts "
                + "by many tumours.");
        assertFalse(read.stream().anyMatch(x -> x.contains("secretes")), read.toString());
    }

    @Test
    void test_an_approval_of_a_described_drug_and_a_second_verb_past_an_apposition() {
        List<String> read = read("Zelimab was not compared with inebilizumab, an anti-CD19 antibody approved by the FDA "
                + "in 2025. The antibody, zelimab, binds CD19, a protein found on B cells, and at the same time engages "
                + "FcγRIIb, an inhibitory receptor on the same cells.");
        assertTrue(read.contains("inebilizumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("zelimab binds FcγRIIb"), read.toString());
        assertFalse(read.contains("CD19 binds FcγRIIb"), read.toString());
    }

    @Test
    void test_the_two_drugs_are_not_one_drug_and_the_description_after_its_name() {
        List<String> read = read("Zelimab was not compared with inebilizumab, an anti-CD19 antibody approved by the FDA, "
                + "and the two drugs should not be used together, Stone said.");
        assertFalse(read.stream().anyMatch(x -> x.contains("inebilizumab combinedWith anti-CD19")
                || x.contains("anti-CD19 antibody combinedWith inebilizumab")), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.contains("combinedWith") && x.contains("zelimab") && x.endsWith("NEG")),
                read.toString());
    }

    @Test
    void test_drugs_that_should_not_be_used_together_are_a_negated_combination() {
        List<String> read = read("Many patients take ibrutinib and venetoclax, but the two drugs should not be used "
                + "together, doctors said.");
        assertTrue(read.stream().anyMatch(x -> x.matches("(ibrutinib combinedWith venetoclax|venetoclax combinedWith "
                + "ibrutinib) NEG")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith") && !x.contains("NEG")), read.toString());
    }
}
