package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 413 showed litkg missing the receptor "a receptor that breast cancer cells use to spread" places on the
 * cancer. The texts are written for the tests.
 */
class CancerCellsUsingReceptorsTest {

    @Test
    void test_a_receptor_a_named_cancers_cells_use_is_on_the_cancer() {
        List<String> read = Readings.read("The antibody binds CCR7, a receptor that melanoma cells use to reach "
                + "lymph nodes.");
        assertTrue(read.contains("CCR7 expressedOn melanoma"), read.toString());
    }
}
