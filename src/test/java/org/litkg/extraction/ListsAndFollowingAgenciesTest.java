package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-seventh held-out set showed litkg missing or misreading: a verb's object given as a counted
 * class and a list after a colon, a lead investigator named after "was" or after a long apposition, an agency that
 * "followed" another's approval, a drug given approval with a parenthetical, an "anti-X antibody" apposed to a named
 * drug, and object relative clauses ("a growth factor that the tumour cells secrete"). Every sentence is written for
 * the test.
 */
class ListsAndFollowingAgenciesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_that_blocks_two_receptors_listed_after_a_colon_blocks_each() {
        List<String> read = read("Atrasentan is a pill that blocks two receptors at once: the endothelin type A "
                + "receptor and the angiotensin II type 1 receptor.");
        assertTrue(read.contains("atrasentan blocks endothelin type A receptor"), read.toString());
        assertTrue(read.contains("atrasentan blocks angiotensin II type 1 receptor"), read.toString());
    }

    @Test
    void test_a_lead_investigator_after_was_or_after_a_long_apposition_leads_the_study() {
        List<String> was = read("The trial was run by Travere Therapeutics, and its lead investigator was Brad Rovin, "
                + "a nephrologist at Ohio State University.");
        assertTrue(was.contains("study ledBy Brad Rovin"), was.toString());
        List<String> who = read("\"This matters,\" said Shubham Pant, a professor of gastrointestinal medical oncology "
                + "at the University of Texas MD Anderson Cancer Center, who led the trial.");
        assertTrue(who.contains("study ledBy Shubham Pant"), who.toString());
    }

    @Test
    void test_an_agency_that_followed_an_approval_approves_the_same_drug() {
        List<String> read = read("The FDA approved marstacimab in October 2024, and the European Commission followed a "
                + "month later.");
        assertTrue(read.contains("marstacimab approvedBy European Commission"), read.toString());
        List<String> given = read("The FDA gave sparsentan, sold as Filspari, full approval in September 2024.");
        assertTrue(given.contains("sparsentan approvedBy U.S. Food and Drug Administration"), given.toString());
    }

    @Test
    void test_a_drug_apposed_to_an_anti_target_antibody_binds_the_target_an_unnamed_one_says_nothing() {
        List<String> read = read("TFPI, a protein made by endothelial cells, slows clotting. Concitizumab, a similar "
                + "anti-TFPI antibody made by Novo Nordisk, is given daily. An anti-TFPI antibody was tested in mice.");
        assertTrue(read.contains("concitizumab binds TFPI"), read.toString());
        assertFalse(read.contains("anti-TFPI antibody binds TFPI"), read.toString());
    }

    @Test
    void test_an_object_relative_clause_gives_the_producer_and_not_the_subject_of_the_main_verb() {
        List<String> made = read("Renal cell carcinoma is common. Tumours need VEGF, a growth factor that the tumour "
                + "cells secrete to attract new blood vessels.");
        assertTrue(made.contains("renal cell carcinoma secretes VEGFA"), made.toString());
        List<String> traps = read("Renal cell carcinoma is common. CXCL12, a chemokine that the tumour cells secrete, "
                + "traps T cells.");
        assertTrue(traps.contains("CXCL12 sequesters T cell"), traps.toString());
        assertFalse(traps.contains("renal cell carcinoma sequesters T cell"), traps.toString());
    }
}
