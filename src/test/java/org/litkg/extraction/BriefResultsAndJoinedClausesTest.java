package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 349 showed litkg missing: a brief's "The results are in J", and a second verb whose subject
 * opens a clause joined by ", and" ("Fibroblasts make CCL21, and the chemokine binds CCR7 ... and holds them").
 * Every sentence is written for the test.
 */
class BriefResultsAndJoinedClausesTest {

    @Test
    void test_results_that_are_in_a_journal_were_published_there() {
        List<String> read = Readings.read("A trial led by Dr. Omar Haddad found that it works. The results are in "
                + "The Lancet.");
        assertTrue(read.contains("study publishedIn The Lancet"), read.toString());
        assertFalse(Readings.read("The results are in line with earlier work.").stream()
                .anyMatch(r -> r.contains("publishedIn")));
    }

    @Test
    void test_a_second_verb_shares_the_subject_of_a_clause_joined_by_and() {
        List<String> read = Readings.read("Fibroblasts in the lymph node make CCL21, and the chemokine binds CCR7 on "
                + "the T cells and holds the cells in the node.");
        assertTrue(read.contains("CCL21 sequesters T cell"), read.toString());
        assertFalse(read.contains("fibroblast sequesters T cell"), read.toString());
    }
}
