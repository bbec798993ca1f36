package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 435 showed litkg missing, in a review's abstract: "X, a monoclonal antibody to CCR5", whose target "to"
 * names as "against" does; and "Only maraviroc was approved, by the FDA in 2007", an agent a comma sets off. Every
 * text is written for the test.
 */
class AntibodiesToAndSetOffApprovalsTest {

    @Test
    void test_an_antibody_to_a_receptor_binds_it_but_an_antibody_to_treat_a_disease_binds_nothing() {
        List<String> read = Readings.read("Leronlimab, a monoclonal antibody to CCR5, has been tested in HIV.");
        assertTrue(read.contains("leronlimab binds CCR5"), read.toString());
        List<String> purpose = Readings.read("Velimab, an antibody to treat CCR5-driven disease, was tested in mice.");
        assertFalse(purpose.stream().anyMatch(x -> x.contains("binds")), purpose.toString());
    }

    @Test
    void test_an_approval_whose_agent_a_comma_sets_off_is_the_agents() {
        List<String> read = Readings.read("Only maraviroc was approved, by the FDA in 2007; aplaviroc was abandoned.");
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }
}
