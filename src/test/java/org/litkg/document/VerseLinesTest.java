package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A verse's lines joined into the sentences they spell, and lines of other kinds left alone. Written for the test. */
class VerseLinesTest {

    private static final String LIMERICK = """
            A limerick for the lab's Christmas card

            A neutrophil sat in the lung,
            Till CXCL8 came and it clung.
            It bound to CXCR2,
            And the cell followed through,
            To the airway, where bells had been rung.

            Written by Dr. Halla Brennick-Sowande, University of Dundee
            """;

    @Test
    void test_a_limericks_lines_are_joined_into_sentences_and_its_offsets_kept() {
        String joined = VerseLines.join(LIMERICK);
        assertEquals(LIMERICK.length(), joined.length());
        assertTrue(joined.contains("A neutrophil sat in the lung, Till CXCL8 came and it clung.\n"), joined);
        assertTrue(joined.contains("It bound to CXCR2, And the cell followed through, To the airway"), joined);
        assertTrue(joined.contains("card\n\nA neutrophil"), joined); // the title stays a line of its own
        assertTrue(joined.contains("rung.\n\nWritten by"), joined);
    }

    @Test
    void test_a_plain_text_file_is_read_with_its_verse_joined() {
        String text = SourceFormat.PLAIN.reduce(LIMERICK).text();
        assertTrue(text.contains("A neutrophil sat in the lung, Till CXCL8 came and it clung."), text);
    }

    @Test
    void test_an_address_block_and_a_salutation_are_left_as_they_are() {
        String letter = """
                Department of Pathology,
                University of Edinburgh,
                Edinburgh EH16 4SB.

                Dear colleagues,
                We found that CXCL13 binds CXCR5.
                """;
        assertEquals(letter, VerseLines.join(letter));
    }

    @Test
    void test_a_run_that_never_ends_a_sentence_is_not_verse() {
        String list = """
                Bring a lab coat,
                gloves and goggles,
                and your own pen
                """;
        assertEquals(list, VerseLines.join(list));
    }
}
