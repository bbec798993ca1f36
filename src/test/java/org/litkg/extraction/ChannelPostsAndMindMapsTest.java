package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a news channel's post and a revision mind map need: a "New in J" lede on its own line names the journal
 * of the study the post goes on to report, a clause after a semicolon with no drug of its own ("; approved by the FDA
 * in 2008") is about the drug of the clause before it, and a heading naming a molecule is the subject of the field
 * bullets under it ("- made by:", "- binds:"). Every text is written for the test.
 */
class ChannelPostsAndMindMapsTest {

    @Test
    void test_a_new_in_journal_lede_on_its_own_line_publishes_the_study_reported_under_it() {
        List<String> read = read("Science Bites (channel)\n\nNew in Science Translational Medicine\n\nResearchers at "
                + "Yonsei University, led by Professor Min-jun Okafor-Lee, found that lung cancer cells release CCL2.");
        assertTrue(read.contains("study publishedIn Science Translational Medicine"), read.toString());
        assertTrue(read.contains("study ledBy Min-jun Okafor-Lee"), read.toString());
    }

    @Test
    void test_a_subjectless_approval_after_a_semicolon_is_the_drug_of_the_clause_before() {
        List<String> read = read("Mind map\n\n- drug: plerixafor blocks CXCR4 on stem cells; approved by the FDA in "
                + "2008");
        assertTrue(read.contains("plerixafor approvedBy U.S. Food and Drug Administration"), read.toString());
        // a chemokine of the clause before is no drug to be blocked
        List<String> chemokine = read("Notes\n\nCXCL12 binds CXCR4 on T cells; blocked by plerixafor in mice.");
        assertFalse(chemokine.contains("plerixafor blocks CXCL12"), chemokine.toString());
    }

    @Test
    void test_a_mind_maps_field_bullets_are_about_the_molecule_their_heading_names() {
        List<String> read = read("Revision mind map\n\nBranch 2: CCL17\n- made by: dendritic cells in the skin\n"
                + "- binds: CCR4 on regulatory T cells\n- drug: mogamulizumab, an antibody against CCR4\n");
        assertTrue(read.contains("dendritic cell secretes CCL17"), read.toString());
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        // without a heading naming one molecule, a field has no subject
        List<String> headless = read("Revision mind map\n\nBranch 2: chemokines and their cells\n- made by: dendritic "
                + "cells in the skin\n- binds: CCR4 on regulatory T cells\n");
        assertFalse(headless.stream().anyMatch(x -> x.contains("secretes")), headless.toString());
    }
}
