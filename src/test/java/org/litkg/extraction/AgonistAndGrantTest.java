package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-third held-out set showed litkg missing: a drug that activates a receptor or sits on it
 * binds it (a protein that activates another does not), a drug that keeps a ligand from binding blocks what it sits
 * on, and an agency that grants a drug approval. Every sentence is written for the test.
 */
class AgonistAndGrantTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_that_activates_a_receptor_binds_it_but_a_protein_that_activates_one_does_not() {
        List<String> read = read("Semaglutide activates GLP1R for a week. IL-6 activates GLP1R in mice.");
        assertTrue(read.contains("semaglutide binds GLP1R"), read.toString());
        assertFalse(read.contains("IL6 binds GLP1R") || read.contains("IL-6 binds GLP1R"), read.toString());
    }

    @Test
    void test_a_drug_that_sits_on_a_receptor_and_keeps_its_ligand_from_binding_binds_and_blocks_it() {
        List<String> read = read("Erenumab is an antibody that sits on the CGRP receptor and keeps CGRP from binding.");
        assertTrue(read.contains("erenumab binds calcitonin gene-related peptide receptor"), read.toString());
        assertTrue(read.contains("erenumab blocks calcitonin gene-related peptide receptor"), read.toString());
    }

    @Test
    void test_an_agency_that_grants_a_drug_approval_approves_it() {
        List<String> read = read("Crizanlizumab binds P-selectin. After a small trial, the FDA granted it accelerated "
                + "approval in 2019.");
        assertTrue(read.contains("crizanlizumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }
}
