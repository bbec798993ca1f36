package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compounds by their systematic names, with a salt's ion and a short form in brackets; a spelled-out Greek letter on a
 * cytokine receptor ("IL-13Ralpha"); "-asone" steroids; polyps as diseases; chemerin and its receptors, the bone and the
 * oesophagus by the seed lexicon; and a heading that defines a short form. Every sentence is written for the test.
 */
class SystematicNamesAndVocabularyTest {

    @Test
    void test_a_systematic_name_with_its_ion_is_a_compound_and_its_short_form_an_alias() {
        RecognizedDocument doc = Recognitions.recognize("Cells were treated with 2-(4-morpholinyl)-8-phenylchromone "
                + "hydrochloride (LY294002) for an hour before the chemokine was added.");
        Map<String, String> m = Recognitions.mentions("Cells were treated with 2-(4-morpholinyl)-8-phenylchromone "
                + "hydrochloride (LY294002) for an hour before the chemokine was added.");
        assertEquals("Drug", m.get("2-(4-morpholinyl)-8-phenylchromone hydrochloride"), m.toString());
        assertEquals(Recognitions.entityName(doc, "2-(4-morpholinyl)-8-phenylchromone hydrochloride"),
                Recognitions.entityName(doc, "LY294002"), doc.mentions().toString());
    }

    @Test
    void test_an_enzyme_named_with_a_locant_is_no_compound() {
        Map<String, String> m = Recognitions.mentions("Patients lacking 21-hydroxylase were given hydrocortisone every "
                + "morning.");
        assertEquals("Protein", m.get("21-hydroxylase"), m.toString());
    }

    @Test
    void test_a_spelled_greek_letter_ends_a_cytokine_receptor() {
        Map<String, String> m = Recognitions.mentions("Lebrikizumab does not bind IL-13Ralpha on the airway cells.");
        assertEquals("Receptor", m.get("IL-13Ralpha"), m.toString());
    }

    @Test
    void test_an_asone_steroid_and_nasal_polyps_are_named() {
        Map<String, String> m = Recognitions.mentions("Patients with nasal polyps used a fluticasone spray every day.");
        assertEquals("Drug", m.get("fluticasone"), m.toString());
        assertEquals("Disease", m.get("nasal polyps"), m.toString());
    }

    @Test
    void test_chemerin_its_receptors_and_organs_come_from_the_seed_lexicon() {
        Map<String, String> m = Recognitions.mentions("Chemerin binds CMKLR1 and GPR1 in the bone and the oesophagus.");
        assertEquals("Protein", m.get("Chemerin"), m.toString());
        assertEquals("Receptor", m.get("GPR1"), m.toString());
        assertEquals("Tissue", m.get("bone"), m.toString());
        assertEquals("Tissue", m.get("oesophagus"), m.toString());
    }

    @Test
    void test_a_heading_that_defines_a_short_form_is_read() {
        Map<String, String> m = Recognitions.mentions("Hidradenitis suppurativa (HS): a guide for families\n\n"
                + "This guide was written by our nurses. In HS, painful lumps form under the skin.\n");
        assertEquals("Disease", m.get("HS"), m.toString());
    }
}
