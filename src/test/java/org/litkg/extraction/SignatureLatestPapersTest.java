package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An email signature's "Latest paper:" line under the sender's name and post: read, led by the signer and done at
 * her institution. Every text is written for the test.
 */
class SignatureLatestPapersTest {

    @Test
    void test_a_signatures_latest_paper_is_the_signers_study_at_her_institution() {
        List<String> read = read("Re: seminar\n\nThanks, see you on Thursday.\n\nBest,\nTove\n\n--\nDr. Tove Haraldsen-Obi\n"
                + "Lecturer in Immunology, University of Aberdeen\nLatest paper: Stromal cells in the gut release CXCL12, "
                + "which binds CXCR4 on T cells (Immunity, 2026)\n");
        assertTrue(read.contains("stromal cell secretes CXCL12"), read.toString());
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
        assertTrue(read.contains("study ledBy Tove Haraldsen-Obi"), read.toString());
        assertTrue(read.contains("study conductedBy University of Aberdeen"), read.toString());
    }

    @Test
    void test_a_latest_paper_line_with_no_signature_above_names_no_leader() {
        List<String> read = read("Lab page\n\nWe study the gut.\n\nLatest paper: Stromal cells in the gut release CXCL12, "
                + "which binds CXCR4 on T cells (Immunity, 2026)\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }
}
