package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A joke book's short questions over their "Because ..." answers, and a pantomime's character described as a drug.
 * Every text is written for the test.
 */
class JokeBooksAndPlaylistsTest {

    @Test
    void test_a_jokes_short_question_and_answer_are_read_together() {
        List<String> read = read("""
                THE BIG BOOK OF BIOLOGY JOKES, page 3

                Why do monocytes love CCL2?
                Because it binds their CCR2!

                Jokes collected by Dr. Ingrid Mbatha-Rowe, University of Exeter.
                """);
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_a_title_case_character_described_as_a_drug_is_no_drug_but_a_coined_name_is() {
        List<String> read = read("""
                Cast: The Wicked Stepmother, a drug that blocks CCR7, is played by a volunteer from the audience.
                """);
        assertFalse(read.toString().contains("blocks"), read.toString());
        List<String> coined = read("""
                Cast: Velnoraxib, a drug that blocks CCR7, is played by a volunteer from the audience.
                """);
        assertTrue(coined.contains("velnoraxib blocks CCR7"), coined.toString());
    }
}
