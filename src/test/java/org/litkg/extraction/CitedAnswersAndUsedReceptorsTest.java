package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Q&A answer's citation without a year, and cells that use a receptor. Every text is written for the test. */
class CitedAnswersAndUsedReceptorsTest {

    @Test
    void test_a_cited_first_author_with_a_bracketed_journal_leads_the_cited_study() {
        List<String> read = read("Yes - CXCL12 binds ACKR3 as well as CXCR4. See Burns et al. (Science Signaling) for "
                + "the binding data.");
        assertTrue(read.contains("study publishedIn Science Signaling"), read.toString());
        assertTrue(read.contains("study ledBy Burns"), read.toString());
    }

    @Test
    void test_a_sentence_opening_word_before_a_cited_surname_is_no_given_name() {
        List<String> read = read("As Okafor et al. showed in Nature Immunology, CXCL12 binds ACKR3.");
        assertTrue(read.contains("study ledBy Okafor"), read.toString());
    }

    @Test
    void test_cells_that_use_a_receptor_carry_it() {
        List<String> read = read("Ask me about: how microglia use CX3CR1 to listen to neurons");
        assertTrue(read.contains("CX3CR1 expressedOn microglia"), read.toString());
    }
}
