package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-sixth held-out set showed litkg missing or misreading: an agency that "refused to approve" a
 * drug (a negated approval) against one that "declined to recommend it, then approved it", a drug that inhibits
 * "both mutant enzymes", a researcher apposed with a role who "led the trial", and an antibody that attaches to a
 * protein named by a letter. Every sentence is written for the test.
 */
class RefusalsAndEnzymePairsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_refusal_to_approve_is_no_approval_but_a_later_approval_is() {
        List<String> refused = read("The European Medicines Agency refused to approve pelcetacoplan in 2024.");
        assertFalse(refused.contains("pelcetacoplan approvedBy European Medicines Agency"), refused.toString());
        assertTrue(refused.contains("pelcetacoplan approvedBy European Medicines Agency NEG"), refused.toString());
        List<String> later = read("The European Medicines Agency at first declined to recommend donanemab, then "
                + "approved it in 2025.");
        assertTrue(later.contains("donanemab approvedBy European Medicines Agency"), later.toString());
    }

    @Test
    void test_a_drug_that_inhibits_both_mutant_enzymes_blocks_each() {
        List<String> read = read("Most of these tumours carry a mutation in one of two enzymes, IDH1 or IDH2. "
                + "Olutasidenib inhibits both mutant enzymes.");
        assertTrue(read.contains("olutasidenib blocks IDH1"), read.toString());
        assertTrue(read.contains("olutasidenib blocks IDH2"), read.toString());
    }

    @Test
    void test_a_researcher_apposed_with_a_role_who_led_the_trial_leads_it() {
        List<String> read = read("Hanna Lindqvist, a neuro-oncologist at Karolinska University Hospital, led the trial.");
        assertTrue(read.contains("study ledBy Hanna Lindqvist"), read.toString());
    }

    @Test
    void test_an_antibody_that_attaches_to_a_protein_named_by_a_letter_binds_it() {
        List<String> read = read("Clesrovimab is a long-acting antibody. It attaches to the F protein that the virus "
                + "uses to enter cells.");
        assertTrue(read.contains("clesrovimab binds F protein"), read.toString());
    }
}
