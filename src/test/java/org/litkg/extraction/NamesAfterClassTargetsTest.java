package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out set 360 showed litkg missing: a drug's name set off by commas after a class and its targets
 * ("an inhibitor of CCR2, RS-504393,"), where the name follows the targets rather than the class noun. Every text is
 * written for the test.
 */
class NamesAfterClassTargetsTest {

    @Test
    void test_a_name_apposed_after_the_class_targets_is_the_classes_drug() {
        List<String> read = Readings.read("When the rats were given an inhibitor of CCR9, QT-518, fewer T cells "
                + "reached the gut.");
        assertTrue(read.contains("QT-518 blocks CCR9"), read.toString());
    }

    @Test
    void test_a_list_going_on_after_the_name_is_no_apposition() {
        List<String> read = Readings.read("They compared an inhibitor of CCR9, QT-518, and a CCR7 antagonist.");
        assertFalse(read.contains("QT-518 blocks CCR9"), read.toString());
    }
}
