package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 427 showed litkg missing: an abstract's own citation line with a one-word journal and a stop
 * ("Lupus. 2026;35(2):112-120", a journal whose name is a disease's), and a drug named only as "an antihistamine".
 * Every text is written for the test.
 */
class CitationLinesAndAntihistaminesTest {

    @Test
    void test_a_one_word_journal_with_a_stop_before_its_year_and_volume_publishes_the_abstract() {
        List<String> read = Readings.readPlain("A title\n\nPatrolling monocytes carry CX3CR1 and crawl along the walls "
                + "of blood vessels in the kidney.\n\nLupus. 2026;35(2):112-120.\n");
        assertTrue(read.contains("study publishedIn Lupus"), read.toString());
    }

    @Test
    void test_a_reference_lists_journal_cites_other_work_and_publishes_nothing() {
        List<String> read = Readings.readPlain("6. References\n6.1 Yamamura T, Kleiter I, Fujihara K, et al. Trial of "
                + "satralizumab in neuromyelitis optica spectrum disorder. N Engl J Med. 2019;381:2114-24.\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_name_apposed_to_an_antihistamine_is_a_drug() {
        List<String> read = Readings.read("Cetirizine, an antihistamine you can buy at the pharmacy, blocks the H1 "
                + "receptor.");
        assertTrue(read.contains("cetirizine blocks H1 receptor"), read.toString());
    }
}
