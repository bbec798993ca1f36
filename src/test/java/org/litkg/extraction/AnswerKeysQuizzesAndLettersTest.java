package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An answer key's bracketed blanks, a true/false quiz's marks and a letter signed by a team. Every text is written for
 * the test.
 */
class AnswerKeysQuizzesAndLettersTest {

    @Test
    void test_bracketed_answers_read_as_part_of_their_sentence() {
        List<String> read = read("2. [CCL19] and CCL21 bind CCR7 and guide these cells into the [lymph nodes].");
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
    }

    @Test
    void test_a_statement_marked_false_is_denied_and_its_correction_stated() {
        List<String> read = read("""
                1. CXCL8 binds both CXCR1 and CXCR2. TRUE
                3. Reparixin blocks CXCR4. FALSE - reparixin blocks CXCR1 and CXCR2.
                """);
        assertTrue(read.contains("reparixin blocks CXCR4 NEG"), read.toString());
        assertFalse(read.contains("reparixin blocks CXCR4"), read.toString());
        assertTrue(read.contains("reparixin blocks CXCR1"), read.toString());
        assertTrue(read.contains("CXCL8 binds CXCR2"), read.toString());
    }

    @Test
    void test_a_letter_signed_by_a_team_reports_no_study() {
        List<String> read = read("""
                ViiV Healthcare - Patient Assistance Programme

                Dear Mr Okonjo,

                We are pleased to confirm that you qualify for free maraviroc. Maraviroc is a medicine that blocks \
                the CCR5 co-receptor.

                Yours sincerely,
                Patient Assistance Team
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study conductedBy")), read.toString());
    }
}
