package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the nineteenth held-out set showed litkg missing: receptors named after their ligand's number (CSF-1R),
 * cytokines with a Greek letter after a symbol (TGF-beta), trial acronyms styled in mixed case or shaped like a
 * drug code, a disease named by a hyphenated compound, a person "of" an organisation with no other context, and
 * the type I interferons as a family. Every sentence is written for the test.
 */
class PageStyleNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_receptor_named_after_its_ligands_number_is_a_receptor() {
        Map<String, String> m = mentions("The macrophages depend on CSF-1R, and the tumour cells on IGF-1R.");
        assertEquals("Receptor", m.get("CSF-1R"), m.toString());
        assertEquals("Receptor", m.get("IGF-1R"), m.toString());
    }

    @Test
    void test_a_symbol_with_a_greek_letter_is_a_protein_unless_a_longer_symbol_lacks_the_hyphen() {
        Map<String, String> m = mentions("Fibroblasts respond to TGF-beta, TNFα and IL-1β. Its receptor, SIRPα, sits on "
                + "macrophages.");
        assertEquals("Protein", m.get("TGF-beta"), m.toString());
        assertEquals("Protein", m.get("TNFα"), m.toString());
        assertEquals("Protein", m.get("IL-1β"), m.toString());
        assertEquals("Receptor", m.get("SIRPα"), m.toString());
    }

    @Test
    void test_mixed_case_and_code_shaped_trial_acronyms_are_trials_but_a_surname_study_is_not() {
        Map<String, String> m = mentions("In the MajesTEC-1 trial and the AGAVE-201 trial, patients did well. "
                + "The McGill study was smaller.");
        assertEquals("ClinicalTrial", m.get("MajesTEC-1"), m.toString());
        assertEquals("ClinicalTrial", m.get("AGAVE-201"), m.toString());
        assertFalse(m.containsKey("McGill"), m.toString());
    }

    @Test
    void test_a_disease_named_by_a_hyphenated_compound_is_a_disease() {
        Map<String, String> m = mentions("Half of the patients develop chronic graft-versus-host disease after a "
                + "transplant, and some develop systemic lupus erythematosus.");
        assertEquals("Disease", m.get("chronic graft-versus-host disease"), m.toString());
        assertEquals("Disease", m.get("systemic lupus erythematosus"), m.toString());
    }

    @Test
    void test_a_name_of_an_organisation_is_a_person_but_a_post_of_one_is_not() {
        Map<String, String> m = mentions("The results appear in Blood; Daniel Wolff of Regensburg University Hospital "
                + "was the first author. The Chief Executive of Northwind Pharmaceuticals declined to comment.");
        assertEquals("Person", m.get("Daniel Wolff"), m.toString());
        assertFalse("Person".equals(m.get("Chief Executive")), m.toString());
    }

    @Test
    void test_the_type_i_interferons_are_a_protein_family_and_their_receptor_another_entity() {
        Map<String, String> m = mentions("Dendritic cells pour out type I interferons. The antibody attaches to the "
                + "type I interferon receptor on many cells.");
        assertEquals("Protein", m.get("type I interferons"), m.toString());
        assertEquals("Receptor", m.get("type I interferon receptor"), m.toString());
    }
}
