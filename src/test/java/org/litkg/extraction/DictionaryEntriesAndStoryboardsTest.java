package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dictionary entry (a headword over its pronunciation and definition fields, a quoted usage example) and an
 * animation's storyboard (narration in quotes, an on-screen line naming the journal). Every text is written for the
 * test.
 */
class DictionaryEntriesAndStoryboardsTest {

    private static final String ENTRY = "tenoxafortide\n\nPronunciation: /ten-oks-a-FOR-tide/\nPart of speech: noun\n\n"
            + "Definition: A synthetic peptide drug that blocks the receptor CXCR4.\n\n"
            + "Etymology: from -ixafor-, the stem of the names of CXCR4 antagonists (as in plerixafor).\n\n"
            + "Usage: \"Given together with filgrastim, tenoxafortide mobilises stem cells in people with myeloma.\" "
            + "It was approved for this use by the US Food and Drug Administration in 2025.\n";

    @Test
    void test_a_definition_under_a_headword_is_about_the_headword_not_the_fields_label() {
        List<String> read = read(ENTRY);
        assertTrue(read.contains("tenoxafortide blocks CXCR4"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("definition")), read.toString());
    }

    @Test
    void test_a_quoted_usage_example_opening_with_a_giving_participle_combines_its_drugs() {
        List<String> read = read(ENTRY);
        assertTrue(read.contains("tenoxafortide combinedWith filgrastim"), read.toString());
        assertTrue(read.contains("tenoxafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_it_after_a_fronted_giving_phrase_is_the_sentences_subject_not_the_partner() {
        List<String> read = read("Stem cell collection\n\nThe clinic sees many patients with myeloma every year. "
                + "Given together with filgrastim, tenoxafortide mobilises stem cells. "
                + "It was approved by the FDA in 2025.\n");
        assertTrue(read.contains("tenoxafortide approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("filgrastim approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    private static final String STORYBOARD = "Storyboard: \"Finding the way home\"\n\nScene 4\n"
            + "Visual: The adviser at a microscope in her lab.\n"
            + "Narration: \"Dr. Mirela Kovac-Adeyemi's team at the University of Zurich filmed this journey in living "
            + "mice for the first time.\"\nOn-screen text: Nature Immunology, 2023\n";

    @Test
    void test_a_team_that_filmed_cells_did_a_study_which_an_on_screen_journal_line_publishes() {
        List<String> read = read(STORYBOARD);
        assertTrue(read.contains("study ledBy Mirela Kovac-Adeyemi"), read.toString());
        assertTrue(read.contains("study conductedBy University of Zurich"), read.toString());
        assertTrue(read.contains("study publishedIn Nature Immunology"), read.toString());
    }

    @Test
    void test_a_reading_lists_journal_line_publishes_nothing() {
        List<String> read = read(STORYBOARD.replace("On-screen text:", "Further reading:"));
        assertFalse(read.contains("study publishedIn Nature Immunology"), read.toString());
    }
}
