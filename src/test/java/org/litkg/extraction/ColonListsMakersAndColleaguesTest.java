package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the forty-eighth held-out set showed litkg missing or misreading: a counted class with a relative clause
 * before a colon and its list, a named family before its apposed members, a relative clause after a maker's phrase
 * ("an antibody made by X that"), a paper "out today in" a journal, and a study "carried out with colleagues at" an
 * institution. Every sentence is written for the test.
 */
class ColonListsMakersAndColleaguesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_colon_announces_the_members_of_a_long_counted_class() {
        List<String> read = read("Velorsertib blocks three proteins that drive the thickening of the vessels in the "
                + "lungs: PDGFR, CSF1R and c-KIT.");
        assertTrue(read.contains("velorsertib blocks PDGFR"), read.toString());
        assertTrue(read.contains("velorsertib blocks CSF1R"), read.toString());
        assertTrue(read.contains("velorsertib blocks KIT"), read.toString());
    }

    @Test
    void test_a_named_family_before_its_members_is_not_blocked_itself() {
        List<String> read = read("Velocitinib blocks the Janus kinases, JAK1 and TYK2, inside the skin cells.");
        assertTrue(read.contains("velocitinib blocks JAK1"), read.toString());
        assertTrue(read.contains("velocitinib blocks TYK2"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains("janus")), read.toString());
    }

    @Test
    void test_a_relative_clause_after_a_makers_phrase_is_the_made_things() {
        List<String> read = read("We then tested QX-101, an antibody made by Velora Therapeutics that neutralizes CCL24.");
        assertTrue(read.contains("QX-101 blocks CCL24"), read.toString());
    }

    @Test
    void test_a_paper_out_today_in_a_journal_and_colleagues_at_an_institution() {
        List<String> read = read("Our paper on liver scarring is out today in the Journal of Hepatology. The project was "
                + "led by Professor Anders Velin and carried out with colleagues at Oslo University Hospital.");
        assertTrue(read.contains("study publishedIn Journal of Hepatology"), read.toString());
        assertTrue(read.contains("study conductedBy Oslo University Hospital"), read.toString());
    }
}
