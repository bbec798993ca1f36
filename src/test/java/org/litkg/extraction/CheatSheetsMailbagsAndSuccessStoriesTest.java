package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that a podcast's mailbag, a pharmacy's cheat sheet, an easy read summary and a charity's success story
 * need: a quoted question states nothing, a list item's clipped approval is its own drug's, a journal "called" its
 * name publishes, and a post held at an institution places its holder there. Every text is written for the test.
 */
class CheatSheetsMailbagsAndSuccessStoriesTest {

    @Test
    void test_a_quoted_question_in_an_email_states_nothing_and_its_denying_answer_is_kept_negative() {
        List<String> read = read("Mailbag\n\nOur next email is from Ines in Porto: \"Does plerixafor block CCR5 as "
                + "well?\" No, Ines, it does not block CCR5.");
        assertFalse(read.contains("plerixafor blocks CCR5"), read.toString());
        assertTrue(read.contains("plerixafor blocks CCR5 NEG"), read.toString());
    }

    @Test
    void test_a_cheat_sheets_clipped_approval_is_the_drug_of_its_own_line() {
        List<String> read = read("CHEAT SHEET\n\n• Maraviroc: blocks CCR5. Oral. FDA approved 2007 (HIV).\n"
                + "• Mogamulizumab: antibody against CCR4. Infusion. Approved by the FDA in 2018.\n");
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("mogamulizumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_journal_called_by_its_name_publishes_the_research() {
        List<String> read = read("Easy read summary\n\nOur team found that airway cells release TSLP.\n"
                + "We wrote about our research in a journal called Thorax.");
        assertTrue(read.contains("study publishedIn Thorax"), read.toString());
    }

    @Test
    void test_a_fellowship_at_a_university_places_its_holder_and_her_later_study_there() {
        List<String> read = read("Success stories\n\nIn 2021, the charity gave Dr. Yetunde Halvorsen-Ade a five-year "
                + "fellowship at the University of Leeds. Her team found that stromal cells release CXCL12.");
        assertTrue(read.contains("Yetunde Halvorsen-Ade affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }
}
