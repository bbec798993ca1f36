package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A video call's chat, a meeting's transcript with an affirmed tag question, a teacher's correction of a pupil's
 * answer, and an image's description. Every text is written for the test.
 */
class ChatsTranscriptsAndCorrectionsTest {

    @Test
    void test_a_chat_lines_sender_is_a_person() {
        List<String> read = read("10:02:14 From Ines Moreau-Okafor to Everyone: Hi all, Ines from the University of "
                + "Lyon here");
        assertTrue(read.contains("Ines Moreau-Okafor affiliatedWith University of Lyon"), read.toString());
    }

    @Test
    void test_a_tag_question_answered_right_states_its_finding() {
        List<String> read = read("""
                Speaker 2  0:19
                And leronlimab blocks CCR5 on the T cells, right?

                Speaker 1  0:22
                Right, it blocks CCR5.
                """);
        assertTrue(read.contains("CCR5 expressedOn T cell"), read.toString());
        List<String> open = read("And leronlimab blocks CCR5 on the T cells, right? We should check.");
        assertFalse(open.contains("CCR5 expressedOn T cell"), open.toString());
    }

    @Test
    void test_a_claim_corrected_by_a_no_just_after_it_is_not_stated() {
        List<String> read = read("""
                1. Vicriviroc blocks CXCR4.
                   Teacher: No - vicriviroc blocks CCR5, not CXCR4.
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("vicriviroc blocks CXCR4 NEG"), read.toString());
        assertFalse(read.contains("vicriviroc blocks CXCR4"), read.toString());
    }

    @Test
    void test_an_image_description_is_read() {
        List<String> read = read("Image description: A lymph node. Dendritic cells (green) carrying CCR7 sit there.");
        assertTrue(read.contains("CCR7 expressedOn dendritic cell"), read.toString());
    }
}
