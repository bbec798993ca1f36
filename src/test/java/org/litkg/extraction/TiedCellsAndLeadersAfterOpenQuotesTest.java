package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 362 showed litkg missing: cells "tied" to a place, and the leader of a trial named after a
 * quotation that leaves a question open ("'We do not yet know whether it works,' said Dr. X, the neuro-oncologist
 * leading the trial"), whose "whether" ends with the quotation. Every text is written for the test.
 */
class TiedCellsAndLeadersAfterOpenQuotesTest {

    @Test
    void test_a_chemokine_that_ties_cells_to_a_place_sequesters_them() {
        List<String> read = Readings.read("CCL19 binds CCR7 and ties dendritic cells to the lymph node.");
        assertTrue(read.contains("CCL19 sequesters dendritic cell"), read.toString());
    }

    @Test
    void test_a_leader_after_a_quotation_that_leaves_a_question_open_leads() {
        List<String> read = Readings.read("\"We do not yet know whether it works,\" said Dr. Omar Haddad, the "
                + "neuro-oncologist leading the trial.");
        assertTrue(read.contains("study ledBy Omar Haddad"), read.toString());
    }

    @Test
    void test_a_question_inside_the_quotation_is_still_open() {
        List<String> read = Readings.read("\"We do not yet know whether velomab blocks CCR8,\" said Dr. Omar "
                + "Haddad.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("velomab blocks")), read.toString());
    }
}
