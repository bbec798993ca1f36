package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker's bio and a grant's track record cite their journals. Every text is written for the test. */
class BiosAndTrackRecordsTest {

    @Test
    void test_a_finding_dated_in_brackets_with_an_unlisted_journal_cites_it() {
        List<String> read = read("Professor Isla Carmichael-Nwosu is a professor of immunology at the University of "
                + "Edinburgh. Her lab showed that CCL25 draws CCR9+ T cells into the gut (Mucosal Immunology, 2024).");
        assertTrue(read.contains("study publishedIn Mucosal Immunology"), read.toString());
        assertTrue(read.contains("study ledBy Isla Carmichael-Nwosu"), read.toString());
    }

    @Test
    void test_a_bracketed_name_and_year_after_no_finding_is_no_journal() {
        List<String> read = read("Sales of the drug rose (Kestrel Annual Review, 2024).");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study publishedIn")), read.toString());
    }

    @Test
    void test_a_journal_dated_in_brackets_before_that_is_where_the_finding_appeared() {
        List<String> read = read("Our group at the University of Zurich studies lymph nodes. We showed in Immunity "
                + "(2023) that CCL21 binds CCR7 on dendritic cells.");
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
        assertTrue(read.contains("study conductedBy University of Zurich"), read.toString());
    }
}
