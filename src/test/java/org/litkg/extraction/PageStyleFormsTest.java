package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the nineteenth held-out set showed litkg missing: the arms of a two-armed antibody, a drug that
 * "prevents" or "stops" a signal (it blocks what it binds, not what it stops), "shuts down", a passive "held there
 * by", the members a family names after "such as", a first author, and "for use with" a partner. Every sentence is
 * written for the test.
 */
class PageStyleFormsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_each_arm_of_a_two_armed_antibody_stands_for_the_antibody() {
        List<String> read = read("Elranatamab is built like a bridge. One arm latches onto GPRC5D on myeloma cells; the "
                + "other arm grabs CD3 on T cells.");
        assertTrue(read.contains("elranatamab binds GPRC5D"), read.toString());
        assertTrue(read.contains("elranatamab binds CD3"), read.toString());
        List<String> trial = read("Elranatamab was tested against placebo. One arm of the trial grabs CD3 kits.");
        assertFalse(trial.stream().anyMatch(r -> r.contains("binds")), trial.toString());
    }

    @Test
    void test_a_drug_that_prevents_a_signal_blocks_what_it_binds() {
        List<String> read = read("Vistalimab binds CSF-1R and prevents its ligands from activating it. Avacopan, an "
                + "oral C5aR1 antagonist, stops C5a from reaching the receptor.");
        assertTrue(read.contains("vistalimab blocks CSF1R"), read.toString());
        assertTrue(read.contains("avacopan blocks C5aR1"), read.toString());
        assertFalse(read.contains("avacopan blocks C5a"), read.toString());
        List<String> cells = read("Velixafor stops T cells from leaving the marrow, where CXCL12 keeps them.");
        assertFalse(cells.stream().anyMatch(r -> r.contains("blocks")), cells.toString());
    }

    @Test
    void test_a_drug_that_shuts_down_a_family_blocks_it_and_its_members_are_named_after_such_as() {
        List<String> read = read("Plasmacytoid dendritic cells pour out type I interferons such as interferon-alpha. "
                + "Anifrolumab shuts down signalling by all type I interferons.");
        assertTrue(read.contains("plasmacytoid dendritic cell secretes type I interferon"), read.toString());
        assertTrue(read.contains("plasmacytoid dendritic cell secretes interferon-alpha"), read.toString());
        assertTrue(read.contains("anifrolumab blocks type I interferon"), read.toString());
    }

    @Test
    void test_cells_held_there_by_a_chemokine_are_sequestered_by_it() {
        List<String> read = read("Stem cells live in the bone marrow, held there by the chemokine CXCL12.");
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
    }

    @Test
    void test_a_first_author_leads_the_study_and_a_drug_approved_for_use_with_another_is_combined() {
        List<String> read = read("The results appear in Blood; Daniel Wolff of Regensburg University Hospital was "
                + "the first author. Velixafor was approved by the FDA in 2008 for use with filgrastim.");
        assertTrue(read.contains("study ledBy Daniel Wolff"), read.toString());
        assertTrue(read.contains("velixafor combinedWith filgrastim") || read.contains("filgrastim combinedWith velixafor"),
                read.toString());
    }
}
