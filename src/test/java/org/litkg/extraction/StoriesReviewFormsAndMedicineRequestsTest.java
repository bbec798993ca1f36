package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-eighty-eighth held-out set's kinds of writing need: a patient's story naming "a trial
 * called" something with a number, a new medicine request whose answer describes a receptor in an aside before "and
 * blocks it", and forms whose labelled lines name a setter or a supporting pharmacist. Every text is written for the
 * test.
 */
class StoriesReviewFormsAndMedicineRequestsTest {

    @Test
    void test_it_after_an_aside_is_the_name_the_aside_describes() {
        List<String> read = read("How does it work? Nipocalimab binds FcRn, the receptor that recycles IgG, and blocks it, "
                + "so the harmful antibodies are cleared.\n");
        assertTrue(read.contains("nipocalimab blocks FcRn"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("nipocalimab blocks IgG")), read.toString());
        List<String> relative = read("In the clinic, batoclimab binds FcRn, which recycles IgG, and blocks it for weeks.\n");
        assertTrue(relative.contains("batoclimab blocks FcRn"), relative.toString());
    }

    @Test
    void test_a_trial_called_a_word_and_a_number_is_a_named_trial() {
        List<String> typed = Readings.typedNames("Spesolimab was approved by the FDA in 2022 after a trial called "
                + "Effisayil 1, published in the New England Journal of Medicine.");
        assertTrue(typed.contains("CLINICAL_TRIAL Effisayil 1"), typed.toString());
    }

    @Test
    void test_a_setters_and_a_supporting_pharmacists_lines_name_their_people() {
        List<String> typed = Readings.typedNames("Year 12 Biology homework\nSet by: Mr. Desmond Achterberg-Sule\n"
                + "Supporting pharmacist: Naveen Oduya-Lindgren, Lead Pharmacist, Neurosciences\n\n"
                + "Read the passage. Cetirizine blocks the H1 receptor on blood vessels.\n");
        assertTrue(typed.contains("PERSON Desmond Achterberg-Sule"), typed.toString());
        assertTrue(typed.contains("PERSON Naveen Oduya-Lindgren"), typed.toString());
    }
}
