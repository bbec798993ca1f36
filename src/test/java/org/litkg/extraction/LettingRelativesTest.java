package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 371 showed litkg reading "blocks CCR2, a receptor on monocytes that helps these cells move into the
 * skin" as the drug moving the monocytes: the relative clause's head, the receptor, does the helping. Every text is
 * written for the test.
 */
class LettingRelativesTest {

    @Test
    void test_a_relative_clause_on_a_receptor_lets_the_cells_move_not_the_drug_before_it() {
        List<String> read = Readings.read("TK-330 blocks CCR1, a receptor on neutrophils that lets these cells move "
                + "into the joints.");
        assertTrue(read.contains("TK-330 blocks CCR1"), read.toString());
        assertFalse(read.contains("TK-330 mobilizes neutrophil"), read.toString());
        // a relative clause on the drug itself still makes it the mover
        read = Readings.read("Plerixafor, a drug that lets stem cells move into the blood, blocks CXCR4.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }
}
