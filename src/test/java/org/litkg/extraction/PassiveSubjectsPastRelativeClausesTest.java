package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose doing a verb is, past a clause: "X, which blocks Y and keeps Z ..., was approved" is X's, not the drug the
 * clause names last; "Melanomas that activated the STAT3 pathway made" the melanomas', not the protein before the
 * clause's last noun; "One compound, which they named X, blocks" X's; "X is approved by the FDA to move stem cells"
 * X's, not the agency's; and a verb after "because" nobody's before it. Every sentence is written for the test.
 */
class PassiveSubjectsPastRelativeClausesTest {

    @Test
    void test_a_drug_named_inside_the_clause_is_not_the_passive_verb_s_subject() {
        List<String> read = read("Cobicistat, which blocks CYP3A and keeps darunavir in the blood longer, was approved "
                + "by the FDA in 2012.");
        assertTrue(read.contains("cobicistat approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("darunavir approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_the_clause_may_close_before_has_been() {
        List<String> read = read("Ritonavir, which is often combined with lopinavir, has been approved by the EMA.");
        assertTrue(read.contains("ritonavir approvedBy European Medicines Agency"), read.toString());
        assertFalse(read.contains("lopinavir approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_an_object_relative_clause_still_gives_its_head_to_the_passive_verb() {
        List<String> read = read("CXCL12, which stromal cells release, is bound by CXCR4 on T cells.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_a_protein_before_the_noun_that_ends_a_relative_clause_is_not_the_subject() {
        List<String> read = read("Melanomas that activated the STAT3 pathway made less CCL4, a chemokine that attracts "
                + "dendritic cells.");
        assertTrue(read.contains("melanoma secretes CCL4"), read.toString());
    }

    @Test
    void test_a_clause_that_names_the_compound_gives_the_verb_its_subject() {
        List<String> read = read("The team screened 300 lichen extracts. One compound, which they named lichenamide C, "
                + "blocks CXCR2 on neutrophils.");
        assertTrue(read.contains("lichenamide C blocks CXCR2"), read.toString());
    }

    @Test
    void test_the_purpose_of_a_passive_is_its_subject_s_doing() {
        List<String> read = read("Plerixafor, which also blocks CXCR4, is approved by the FDA to move stem cells into "
                + "the blood before they are collected.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_verb_after_because_has_no_subject_before_it() {
        List<String> read = read("Carlumab was tried in prostate cancer and did not work, possibly because the body "
                + "made more CCL2 to compensate.");
        assertFalse(read.stream().anyMatch(r -> r.contains("secretes CCL2")), read.toString());
    }
}
