package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 411 showed litkg missing the combination of "was given plerixafor and filgrastim to release stem
 * cells". The texts are written for the tests.
 */
class GivenTogetherTest {

    @Test
    void test_drugs_a_patient_was_given_together_are_combined() {
        List<String> read = Readings.read("She was given motixafortide and filgrastim before the collection.");
        assertTrue(read.contains("motixafortide combinedWith filgrastim"), read.toString());
    }

    @Test
    void test_drugs_given_as_alternatives_are_not_combined() {
        List<String> read = Readings.read("Patients were given either nivolumab or ipilimumab.");
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith")), read.toString());
    }
}
