package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a news channel's post and a revision mind map need: a "New in J" lede on its own line names the journal
 * of the study the post goes on to report, and a clause after a semicolon with no drug of its own ("; approved by
 * the FDA in 2008") is about the drug of the clause before it. Every text is written for the test.
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
}
