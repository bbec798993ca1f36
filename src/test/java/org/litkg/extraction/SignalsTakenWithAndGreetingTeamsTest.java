package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 384 showed litkg missing cells that take in a signal "using" or "with" a receptor ("follow it using
 * their CCR7 receptor", "pick it up with a receptor called CX3CR1"), and reading a blog's greeting from a research
 * team as a study the team did. The texts are written for the tests.
 */
class SignalsTakenWithAndGreetingTeamsTest {

    @Test
    void test_cells_that_follow_a_signal_using_a_receptor_carry_it_and_the_signal_binds_it() {
        List<String> read = Readings.read("Stromal cells in the node release CCL19, and T cells follow it using "
                + "their CCR7 receptor.");
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
        assertTrue(read.contains("CCR7 expressedOn T cell"), read.toString());
    }

    @Test
    void test_cells_that_pick_a_signal_up_with_a_receptor_carry_it_and_the_signal_binds_it() {
        List<String> read = Readings.read("Damaged neurons make CX3CL1, and monocytes pick it up with a receptor "
                + "called CX3CR1.");
        assertTrue(read.contains("CX3CL1 binds CX3CR1"), read.toString());
        assertTrue(read.contains("CX3CR1 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_a_greeting_from_a_research_team_is_no_study_the_team_did() {
        List<String> read = Readings.read("Hello from the oncology research team at Leeds Teaching Hospitals. "
                + "This month two of our patients started mogamulizumab, an antibody against CCR4.");
        assertFalse(read.stream().anyMatch(line -> line.startsWith("study conductedBy")), read.toString());
        assertTrue(read.contains("mogamulizumab binds CCR4"), read.toString());
    }
}
