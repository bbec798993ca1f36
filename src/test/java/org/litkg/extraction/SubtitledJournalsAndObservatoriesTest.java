package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Journal titles with a subtitle after a colon, and observatories as organisations: readings the hundred-and-fifty-
 * fourth held-out set left for later. Every sentence is written for the test.
 */
class SubtitledJournalsAndObservatoriesTest {

    @Test
    void test_a_journal_title_with_a_subtitle_is_one_journal_not_the_journal_before_its_colon() {
        List<String> read = read("The study, led by Dr. Ilse Marchetti-Owusu, was published in Neurology: Clinical "
                + "Practice in 2026. It found that natalizumab blocks VLA-4.");
        assertTrue(read.contains("study publishedIn Neurology: Clinical Practice"), read.toString());
        assertFalse(read.contains("study publishedIn Neurology"), read.toString());
    }

    @Test
    void test_a_colon_after_a_journal_that_opens_a_clause_leaves_the_journal_as_named() {
        List<String> read = read("The work appeared in Blood: Researchers at the University of Tartu found that "
                + "plerixafor blocks CXCR4.");
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }

    @Test
    void test_an_observatory_is_an_organisation() {
        List<String> names = typedNames("The review was written by the Baltic Innovation Observatory. It found that "
                + "plerixafor blocks CXCR4 on stem cells.");
        assertTrue(names.contains("ORGANIZATION Baltic Innovation Observatory"), names.toString());
    }
}
