package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 355 showed litkg getting wrong: cells a pronoun names kept from going somewhere ("binds CX3CR1
 * on monocytes and stops them from entering the skin") read as the bound receptor blocked, and an agency's decision to
 * grant an approval ("the FDA's decision to grant accelerated approval to X") missed. Every sentence is written for
 * the test.
 */
class KeptCellsAndAgencyDecisionsTest {

    @Test
    void test_cells_a_pronoun_names_kept_from_going_somewhere_block_nothing() {
        List<String> read = Readings.read("RX-5501 is an antibody that binds CCR9 on T cells and stops them from "
                + "entering the gut.");
        assertTrue(read.contains("RX-5501 binds CCR9"), read.toString());
        assertFalse(read.contains("RX-5501 blocks CCR9"), read.toString());
    }

    @Test
    void test_an_agencys_decision_to_grant_approval_approves() {
        List<String> read = Readings.read("Patients welcomed the EMA's decision to grant conditional approval to "
                + "tarlatamab.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("tarlatamab approvedBy European Medicines Agency")),
                read.toString());
    }
}
