package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a retraction post and a board report need: a claim held in "the finding that ..." and denied by "could not
 * be reproduced" after it; a study "led by Dr. X and run with Y", whose one "was" serves both participles. Every
 * sentence is written for the test.
 */
class RetractionsAndCoordinatedPassivesTest {

    @Test
    void test_a_finding_that_could_not_be_reproduced_is_denied() {
        List<String> read = read("The editors say the claim that OX-912 inhibits CCR7 was never replicated by another group.");
        assertTrue(read.contains("OX-912 blocks CCR7 NEG"), read.toString());
        assertFalse(read.contains("OX-912 blocks CCR7"), read.toString());
    }

    @Test
    void test_a_finding_that_was_reproduced_stands() {
        List<String> read = read("The editors say the claim that OX-912 inhibits CCR7 was replicated by another group.");
        assertTrue(read.contains("OX-912 blocks CCR7"), read.toString());
    }

    @Test
    void test_a_study_led_by_someone_and_run_with_an_institution_is_conducted_by_it() {
        List<String> read = read("The pilot study was led by Dr. Marta Kowalczyk and run with Jagiellonian University.");
        assertTrue(read.contains("study conductedBy Jagiellonian University"), read.toString());
    }
}
