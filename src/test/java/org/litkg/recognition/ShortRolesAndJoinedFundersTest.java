package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transcript's short role label with its speaker in brackets ("HOST (Name):"); an organisation whose name opens with
 * words that open no name alone ("the Medical Research Council") before "and" another; and a disease word that ends no
 * list inside an organisation's name. Every sentence is written for the test.
 */
class ShortRolesAndJoinedFundersTest {

    @Test
    void test_a_short_role_label_brackets_its_speaker_s_name() {
        Map<String, String> m = Recognitions.mentions("Clinic Hour, Episode 9\n\nHOST (Imogen Tallis): Welcome back to "
                + "the programme, where we talk about asthma.\n");
        assertEquals("Person", m.get("Imogen Tallis"), m.toString());
    }

    @Test
    void test_an_organisation_before_and_another_keeps_its_opening_words() {
        Map<String, String> m = Recognitions.mentions("The work was paid for by the Medical Research Council and Lung "
                + "Cancer Wales, the team said.");
        assertEquals("Organization", m.get("Medical Research Council"), m.toString());
    }

    @Test
    void test_a_council_before_and_a_disease_word_is_no_coordinated_disease() {
        Map<String, String> m = Recognitions.mentions("The work was paid for by the Medical Research Council and Lung "
                + "Cancer Wales, the team said.");
        assertNull(m.get("Council"), m.toString());
    }
}
