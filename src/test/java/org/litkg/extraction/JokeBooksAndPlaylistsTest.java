package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A joke book's short questions over their "Because ..." answers. Every text is written for the test. */
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
}
