package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which lines are a crossword's clue with its answer, and where the answer starts. */
class AnsweredCluesTest {

    @Test
    void test_the_answer_starts_after_the_letter_count_it_matches() {
        String line = "3. Drug that blocks CXCR4 (10): PLERIXAFOR";
        assertEquals(line.indexOf("PLERIXAFOR"), AnsweredClues.answerStart(line));
    }

    @Test
    void test_an_answer_of_two_words_matches_a_count_of_two_numbers() {
        String line = "9. Cells the marrow holds (4,5) - STEM CELLS";
        assertEquals(line.indexOf("STEM"), AnsweredClues.answerStart(line));
    }

    @Test
    void test_a_count_the_words_after_it_do_not_match_is_no_clue() {
        assertEquals(-1, AnsweredClues.answerStart("Patients enrolled (12): eight women"));
        assertEquals(-1, AnsweredClues.answerStart("Blood 2026 (12): 1187"));
    }
}
