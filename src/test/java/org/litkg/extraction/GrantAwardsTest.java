package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A research council's award announcement. Texts written for the test. */
class GrantAwardsTest {

    @Test
    void test_a_verb_the_tagger_calls_a_noun_starts_no_diseases_name() {
        List<String> names = Readings.typedNames("Dr Samira Haddad will study whether blocking CX3CR1 slows "
                + "atherosclerosis, and whether it slows fibrosis too.\n");
        assertTrue(names.contains("DISEASE atherosclerosis"), names.toString());
        assertTrue(names.contains("DISEASE fibrosis"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("slows")), names.toString());
    }
}
