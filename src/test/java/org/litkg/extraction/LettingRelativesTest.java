package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 371 showed litkg reading "blocks CCR2, a receptor on monocytes that helps these cells move into the
 * skin" as the drug moving the monocytes: the relative clause's head, the receptor, does the helping. Set 372 showed it
 * missing the receptor a cancer's cells use ("Leukaemia cells use CXCR4 to shelter") and reading "signals that make
 * the body less sensitive to insulin" as making insulin. Every text is written for the test.
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

    @Test
    void test_a_cancers_cells_carry_the_receptor_they_use() {
        List<String> read = Readings.read("In myeloma, myeloma cells use CXCR4 to hide in the bone marrow.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("CXCR4 expressedOn") && r.contains("myeloma")),
                read.toString());
    }

    @Test
    void test_making_something_less_sensitive_to_a_hormone_makes_no_hormone() {
        List<String> read = Readings.read("Macrophages make signals that make the body less sensitive to leptin.");
        assertFalse(read.contains("macrophage secretes leptin"), read.toString());
    }
}
