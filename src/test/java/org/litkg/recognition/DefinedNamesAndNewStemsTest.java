package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-second held-out set showed litkg missing: a receptor written as its ligand's symbol and "-R", a
 * protein a writer defines by its short form, a short coined word declared a protein, numbered words listed after
 * counted receptors, a trial "known as" a code, a drug apposed as "one of the" drugs of a class, and the stems of the
 * 2022 antibody names and of other drug families. Every sentence is written for the test.
 */
class DefinedNamesAndNewStemsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_symbol_with_a_hyphen_and_r_is_a_receptor() {
        Map<String, String> m = mentions("Dexlomine binds KLMP-R on B cells, and TNFX-R1 on T cells.");
        assertEquals("Receptor", m.get("KLMP-R"), m.toString());
        assertEquals("Receptor", m.get("TNFX-R1"), m.toString());
    }

    @Test
    void test_a_phrase_whose_initials_spell_the_short_form_after_it_is_a_protein() {
        Map<String, String> m = mentions("Dexlomine inhibits sterol carrier binding protein (SCBP) in the liver.");
        assertEquals("Protein", m.get("sterol carrier binding protein"), m.toString());
        Map<String, String> other = mentions("The trial used a new study protein (ASP) in the liver.");
        assertFalse(other.containsKey("new study protein"), other.toString());
        assertFalse(other.containsKey("study protein"), other.toString());
    }

    @Test
    void test_a_short_coined_word_declared_a_protein_opening_a_sentence_is_one() {
        Map<String, String> m = mentions("Velin, a small protein made by neurons, keeps the brain awake.");
        assertEquals("Protein", m.get("Velin"), m.toString());
        Map<String, String> english = mentions("Today, a small protein made by neurons keeps the brain awake.");
        assertFalse(english.containsKey("Today"), english.toString());
    }

    @Test
    void test_numbered_words_listed_after_counted_receptors_are_receptors() {
        Map<String, String> m = mentions("Dexlomine blocks both velin receptors, velin-1 and velin-2, in the brain.");
        assertEquals("Receptor", m.get("velin-1"), m.toString());
        assertEquals("Receptor", m.get("velin-2"), m.toString());
    }

    @Test
    void test_a_code_a_trial_is_known_as_names_the_trial() {
        Map<String, String> m = mentions("In the phase 3 trial, known as DXL3001, adults took dexlomine.");
        assertEquals("ClinicalTrial", m.get("DXL3001"), m.toString());
    }

    @Test
    void test_a_word_apposed_as_one_of_a_drug_class_is_a_drug() {
        Map<String, String> m = mentions("It could be prescribed with dorvaline, one of the antidepressants patients took.");
        assertEquals("Drug", m.get("dorvaline"), m.toString());
    }

    @Test
    void test_new_antibody_and_drug_family_stems_name_drugs() {
        Map<String, String> m = mentions("Patients took velokibart, tranotug, melcetrapib, pavorexant, lutrombopag, "
                + "dozetimibe and balsalamine.");
        for (String drug : new String[] {"velokibart", "tranotug", "melcetrapib", "pavorexant", "lutrombopag",
                "dozetimibe", "balsalamine"}) {
            assertEquals("Drug", m.get(drug), drug + " in " + m);
        }
    }
}
