package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fortieth held-out set showed litkg missing or misreading: a name after "I'm", a trial named by an
 * apposition or "a study called", and the -stat stem of enzyme inhibitors. Every sentence is written for the test.
 */
class FirstPersonsTrialAppositionsAndStemsTest {

    @Test
    void test_a_name_after_a_first_person_contraction_is_the_name_alone() {
        Map<String, String> m = Recognitions.mentions("Hi everyone! I'm Lena Park, a gastrointestinal oncologist.");
        assertEquals("Person", m.get("Lena Park"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.startsWith("I")), m.toString());
    }

    @Test
    void test_a_name_apposed_to_a_trial_or_called_a_study_is_a_trial() {
        Map<String, String> m = Recognitions.mentions("The evidence came from IMover, a randomised, placebo-controlled "
                + "trial. The approval rests on TRIDENTAL-2, a single-arm trial. Boys took part in a study called "
                + "MUSCLEX. The evidence came from Velumab, a drug of note.");
        assertEquals("ClinicalTrial", m.get("IMover"), m.toString());
        assertEquals("ClinicalTrial", m.get("TRIDENTAL-2"), m.toString());
        assertEquals("ClinicalTrial", m.get("MUSCLEX"), m.toString());
        assertEquals("Drug", m.get("Velumab"), m.toString());
    }

    @Test
    void test_the_stat_stem_names_a_drug_but_not_a_thermostat() {
        Map<String, String> m = Recognitions.mentions("Patients took belostat daily. The ward's Thermostat was broken.");
        assertEquals("Drug", m.get("belostat"), m.toString());
        assertNotEquals("Drug", m.get("Thermostat"), m.toString());
    }
}
