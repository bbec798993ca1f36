package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 419 showed litkg giving a second verb to a passive's agent: in "IL-8 is secreted by tumour cells and
 * recruits neutrophils" the cells were read as holding the neutrophils. The texts are written for the tests.
 */
class PassiveAgentsTest {

    @Test
    void test_a_passives_agent_is_not_the_subject_of_the_verb_after_and() {
        List<String> read = Readings.read("CXCL5 is secreted by melanoma cells and recruits neutrophils.");
        assertTrue(read.contains("melanoma secretes CXCL5"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("sequesters")), read.toString());
    }

    @Test
    void test_the_passives_subject_does_the_verb_after_and() {
        List<String> read = Readings.read("CXCL5 is secreted by melanoma cells and keeps neutrophils in the tumour.");
        assertTrue(read.contains("CXCL5 sequesters neutrophil"), read.toString());
    }
}
