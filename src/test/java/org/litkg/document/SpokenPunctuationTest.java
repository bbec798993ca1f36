package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A dictated text's spoken punctuation, put back as marks. Every text is written for the test. */
class SpokenPunctuationTest {

    @Test
    void test_a_dictated_texts_spoken_marks_become_punctuation() {
        String dictated = "Patient seen comma well full\nstop plerixafor given today full stop new paragraph Review "
                + "in a week full stop";
        assertEquals("Patient seen, well. Plerixafor given today.\n\nReview in a week.",
                SpokenPunctuation.restore(dictated));
    }

    @Test
    void test_a_text_that_names_a_mark_once_is_no_dictation() {
        String prose = "A full stop ends a sentence, and a comma splits one; tumours of the colon were studied.";
        assertEquals(prose, SpokenPunctuation.restore(prose));
        String organ = "Seen in the colon clinic full stop biopsy of the colon taken full stop";
        assertEquals("Seen in the colon clinic. Biopsy of the colon taken.", SpokenPunctuation.restore(organ));
    }
}
