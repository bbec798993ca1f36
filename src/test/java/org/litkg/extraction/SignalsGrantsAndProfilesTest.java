package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 424 showed litkg missing or adding: a symbol apposed to "a signal" that binds receptors, a grant's
 * team that "will test" (work to come, no study yet), and a social post's writer named with no title over a headline.
 * Every text is written for the test.
 */
class SignalsGrantsAndProfilesTest {

    @Test
    void test_a_symbol_apposed_to_a_signal_that_binds_receptors_is_a_protein_binding_each() {
        List<String> read = Readings.read("Neuroblastoma cells make MIF, a signal that binds CD74 and CXCR4 on "
                + "macrophages.");
        assertTrue(read.contains("neuroblastoma secretes MIF"), read.toString());
        assertTrue(read.contains("MIF binds CXCR4"), read.toString());
        List<String> lipid = Readings.typedNames("Lymphocytes leave the lymph nodes by following a signal called "
                + "sphingosine-1-phosphate, which binds the S1P1 receptor on their surface.");
        assertFalse(lipid.stream().anyMatch(n -> n.contains("sphingosine")), lipid.toString());
    }

    @Test
    void test_a_grant_teams_test_to_come_is_no_study_yet() {
        List<String> read = Readings.read("The Children's Cancer Trust has awarded £240,000 to Dr. Ciara Mulvaney at "
                + "Great Ormond Street Hospital. Dr. Mulvaney's team will test whether milatuzumab can stop this.");
        assertTrue(read.contains("Ciara Mulvaney affiliatedWith Great Ormond Street Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ")), read.toString());
    }

    @Test
    void test_a_posts_writer_named_without_a_title_over_a_headline_leads_our_new_paper() {
        List<String> read = Readings.readPlain("Ragnar Solheimsson\nAssociate Professor of Dermatology at Karolinska "
                + "Institutet\n3d • Edited\n\nThrilled to share our new paper in Cell Reports! My team found that mast "
                + "cells release CCL17.\n");
        assertTrue(read.contains("study ledBy Ragnar Solheimsson"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
    }
}
