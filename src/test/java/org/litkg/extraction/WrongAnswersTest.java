package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 393 showed litkg reading a course quiz's question as stating what a learner's wrong answer gave ("Which
 * receptor does CCL19 bind? Your answer: CCR5 (incorrect)"). The text is written for the test.
 */
class WrongAnswersTest {

    @Test
    void test_an_answer_marked_incorrect_answers_nothing() {
        List<String> read = Readings.read("Question 2 of 6: Which receptor does CCL21 bind?\nYour answer: CXCR4 "
                + "(incorrect)\n\nFeedback: CCL21 binds CCR7 on dendritic cells.\n");
        assertFalse(read.contains("CCL21 binds CXCR4"), read.toString());
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
    }

    @Test
    void test_an_answer_not_marked_wrong_still_answers_the_question() {
        List<String> read = Readings.read("Question 2 of 6: Which receptor does CCL21 bind?\nYour answer: CCR7\n");
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
    }
}
