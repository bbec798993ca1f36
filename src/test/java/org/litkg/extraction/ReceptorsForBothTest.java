package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 394 showed litkg binding only one of a pair to "the receptor for both" ("Stromal cells release CCL21
 * and CCL19. T cells carry CCR7, the receptor for both"). The text is written for the test.
 */
class ReceptorsForBothTest {

    @Test
    void test_the_receptor_for_both_is_bound_by_each_of_the_pair_named_before() {
        List<String> read = Readings.read("Inflamed skin releases CCL17 and CCL22. Regulatory T cells carry CCR4, "
                + "the receptor for both, and gather in the skin.");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        assertTrue(read.contains("CCL22 binds CCR4"), read.toString());
    }
}
