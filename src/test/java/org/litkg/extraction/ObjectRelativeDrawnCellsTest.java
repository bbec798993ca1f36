package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out set 351 showed litkg missing: the cells an object relative's chemokine draws through a receptor
 * carry it ("monocytes, which CCL2 pulls in through CCR2"). Every sentence is written for the test.
 */
class ObjectRelativeDrawnCellsTest {

    @Test
    void test_the_antecedent_an_object_relatives_chemokine_draws_carries_the_receptor() {
        List<String> read = Readings.read("The plaques are full of monocytes, which CCL2 pulls in through CCR2, their "
                + "receptor for it.");
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
    }
}
