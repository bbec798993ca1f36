package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-seventh held-out set showed litkg missing or misreading: proteins named by a generic head with the
 * words that make it a name ("stem cell factor", "the Duffy antigen", "Duffy-binding protein"), a numbered family
 * receptor, a symbol a drug is an inhibitor of, a definite apposition that declares a receptor, a one-word answer
 * the sentence model left joined to the next sentence, the adenosine-antagonist stem, a hospital's name that holds
 * "Cancer", and a relative clause's verb read as a study noun. Every sentence is written for the test.
 */
class FactorsAntigensAndAnswersTest {

    @Test
    void test_factors_named_by_their_kind_are_proteins_but_generic_factors_are_not() {
        Map<String, String> m = Recognitions.mentions("Stem cell factor and hepatocyte growth factor rose, and so did "
                + "granulocyte colony-stimulating factor 3. Smoking is a risk factor, and a growth factor was found.");
        assertEquals("Protein", m.get("Stem cell factor"), m.toString());
        assertEquals("Protein", m.get("hepatocyte growth factor"), m.toString());
        assertEquals("Protein", m.get("granulocyte colony-stimulating factor 3"), m.toString());
        assertFalse(m.containsKey("Stem cell"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("risk") || k.equals("growth factor")), m.toString());
    }

    @Test
    void test_an_antigen_with_a_name_and_a_binding_protein_are_proteins() {
        Map<String, String> m = Recognitions.mentions("The parasite needs the Duffy antigen. Its Duffy-binding protein "
                + "latches onto it. The antigen was found in 1950.");
        assertEquals("Protein", m.get("Duffy antigen"), m.toString());
        assertEquals("Protein", m.get("Duffy-binding protein"), m.toString());
    }

    @Test
    void test_a_numbered_atypical_chemokine_receptor_is_named() {
        Map<String, String> m = Recognitions.mentions("It is now called atypical chemokine receptor 4, or ACKR4.");
        assertEquals("Receptor", m.get("atypical chemokine receptor 4"), m.toString());
    }

    @Test
    void test_what_a_drug_is_an_inhibitor_of_and_what_the_receptor_for_a_ligand_is() {
        Map<String, String> m = Recognitions.mentions("Velitinib is a selective inhibitor of KAT D822V. "
                + "The cells carry a mutation in ZAK, the receptor for stem cell factor.");
        assertEquals("Protein", m.get("KAT"), m.toString());
        assertEquals("Receptor", m.get("ZAK"), m.toString());
    }

    @Test
    void test_a_one_word_answer_is_its_own_sentence() {
        Map<String, String> m = Recognitions.mentions("Did regulators refuse it? No. The Food and Drug Administration "
                + "approved it. See No. 5 in the list.");
        assertEquals("RegulatoryAgency", m.get("Food and Drug Administration"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.startsWith("No.")), m.toString());
    }

    @Test
    void test_adenosine_antagonist_stems_name_drugs() {
        Map<String, String> m = Recognitions.mentions("In the trial, patients took velaradenant or doxofylline for "
                + "twelve weeks.");
        assertEquals("Drug", m.get("velaradenant"), m.toString());
        assertEquals("Drug", m.get("doxofylline"), m.toString());
    }

    @Test
    void test_a_person_before_a_cancer_centre_is_no_cancer() {
        Map<String, String> m = Recognitions.mentions("The trial's leader: Roy Halbert, Yale Cancer Center.");
        assertEquals("Organization", m.get("Yale Cancer Center"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.equals("Halbert")), m.toString());
    }

    @Test
    void test_a_verb_in_a_relative_clause_before_in_is_no_study_noun() {
        Map<String, String> m = Recognitions.mentions("No one knows how a vaccine that works in British volunteers "
                + "would fare. Their work in Nature Medicine showed it.");
        assertFalse(m.containsKey("British"), m.toString());
        assertEquals("Journal", m.get("Nature Medicine"), m.toString());
    }
}
