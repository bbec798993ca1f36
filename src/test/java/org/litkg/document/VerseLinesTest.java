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

    @Test
    void test_a_stanzas_sentence_runs_over_line_ends_without_commas_but_wrapped_prose_is_not_verse() {
        String sonnet = """
                Sonnet for the Spleen

                Deep in the red pulp, the stromal cells release
                CXCL13, to call the B cells in;
                But rituximab comes calling at the door:
                It binds CD20 and clears the B cells out.
                """;
        String joined = VerseLines.join(sonnet);
        assertTrue(joined.contains("the stromal cells release CXCL13, to call the B cells in;\n"), joined);
        assertTrue(joined.contains("at the door: It binds CD20 and clears the B cells out."), joined);
        String wrapped = """
                The stromal cells of the red pulp release
                CXCL13, which calls the B cells in from
                the blood, and rituximab binds CD20 on
                them and clears them from the spleen.
                """;
        assertEquals(wrapped, VerseLines.join(wrapped));
    }

    @Test
    void test_a_verse_line_of_two_codes_and_a_verb_is_verse_and_an_address_line_is_not() {
        String rhyme = """
                CXCL12 binds CXCR4,
                And keeps the stem cells in their core.
                """;
        assertTrue(VerseLines.join(rhyme).contains("CXCL12 binds CXCR4, And keeps"), VerseLines.join(rhyme));
        String address = """
                University of Edinburgh,
                Old College, South Bridge.
                """;
        assertEquals(address, VerseLines.join(address));
    }
}
