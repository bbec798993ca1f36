package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out set 365 showed litkg misreading: "Doctors in Houston think they can flush them out", whose "they"
 * are the doctors, not the drug named before. Every text is written for the test.
 */
class ThinkingPeoplesPronounsTest {

    @Test
    void test_they_after_people_who_think_are_the_people() {
        List<String> read = Readings.read("Leukaemia cells survive chemotherapy with cytarabine in the marrow. "
                + "Doctors in Leeds think they can flush them out.");
        assertFalse(read.stream().anyMatch(r -> r.contains("mobilizes")), read.toString());
    }

    @Test
    void test_they_after_people_who_say_what_drugs_do_are_the_drugs() {
        List<String> read = Readings.read("Plerixafor blocks CXCR4 on stem cells. Doctors say they "
                + "mobilise stem cells within hours.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }
}
