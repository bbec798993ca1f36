package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A research council's award announcement and a journal's editor's choice. Texts written for the test. */
class GrantAwardsTest {

    @Test
    void test_a_verb_the_tagger_calls_a_noun_starts_no_diseases_name() {
        List<String> names = Readings.typedNames("Dr Samira Haddad will study whether blocking CX3CR1 slows "
                + "atherosclerosis, and whether it slows fibrosis too.\n");
        assertTrue(names.contains("DISEASE atherosclerosis"), names.toString());
        assertTrue(names.contains("DISEASE fibrosis"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("slows")), names.toString());
    }

    @Test
    void test_a_surname_with_colleagues_at_an_institution_is_a_first_author_who_leads() {
        List<String> read = Readings.read("Lindqvist and colleagues at the Karolinska Institutet show that CCL21 binds "
                + "CCR7.\n");
        assertTrue(read.contains("study ledBy Lindqvist"), read.toString());
        assertTrue(read.contains("Lindqvist affiliatedWith Karolinska Institutet"), read.toString());
    }
}
