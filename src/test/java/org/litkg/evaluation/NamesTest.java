package org.litkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** How the evaluation compares names. */
class NamesTest {

    @Test
    void test_a_title_before_a_name_does_not_matter() {
        assertEquals(Names.normalize("Okonkwo"), Names.normalize("Dr Okonkwo"));
        assertEquals(Names.normalize("Marta Lindqvist"), Names.normalize("Professor Marta Lindqvist"));
        assertEquals(Names.normalize("Varga"), Names.normalize("Ms. Varga"));
    }

    @Test
    void test_a_title_alone_or_inside_a_name_stays() {
        assertEquals("dr", Names.normalize("Dr"));
        assertNotEquals(Names.normalize("Drew Barrymore"), Names.normalize("Barrymore"));
        assertEquals("t cell", Names.normalize("The T-cells"));
    }
}
