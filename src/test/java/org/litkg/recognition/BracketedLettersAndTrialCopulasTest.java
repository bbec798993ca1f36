package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the forty-second held-out set showed litkg missing: a name with a bracketed letter ("Lp(a)"), a drug a
 * glossary defines as "another" of a class, and a trial that "was a randomized trial". Every sentence is written
 * for the test.
 */
class BracketedLettersAndTrialCopulasTest {

    @Test
    void test_a_name_with_a_bracketed_letter_is_one_name() {
        String text = "Lipoprotein(a), or Lp(a), is a particle that liver cells secrete; apolipoprotein(a) makes it.";
        RecognizedDocument doc = Recognitions.recognize(text);
        Map<String, String> m = Recognitions.mentions(text);
        assertEquals("Protein", m.get("Lp(a)"), m.toString());
        assertEquals(Recognitions.entityName(doc, "Lipoprotein(a)"), Recognitions.entityName(doc, "Lp(a)"));
    }

    @Test
    void test_another_of_a_class_after_a_glossary_colon_names_a_drug() {
        Map<String, String> m = Recognitions.mentions("Velocerfont: another CRF1 receptor blocker. Its development stopped.");
        assertEquals("Drug", m.get("Velocerfont"), m.toString());
    }

    @Test
    void test_a_name_that_was_a_trial_is_a_trial() {
        Map<String, String> m = Recognitions.mentions("MARIPOSA was a randomized, phase 3 trial at 263 sites.");
        assertEquals("ClinicalTrial", m.get("MARIPOSA"), m.toString());
    }
}
