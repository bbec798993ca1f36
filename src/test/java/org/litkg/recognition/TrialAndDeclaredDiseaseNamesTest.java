package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-fifth held-out set showed litkg missing: trials cut by the tokenizer at a hyphen or numbered
 * in three digits, a middle initial cut from its full stop, a place after an organisation's "Research", a disease
 * declared with its short form, complement and clotting factors, drugs known only by their apposition or approval,
 * the -rasib stem, a disease named with a "-associated" compound, and a receptor subtype (D2R) shaped like an
 * amino-acid substitution. Every sentence is written for the test.
 */
class TrialAndDeclaredDiseaseNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_trials_cut_at_a_hyphen_or_numbered_in_three_digits() {
        Map<String, String> m = mentions("In the ACCEPT-HF trial, most patients improved; the ZenBreaK 200 trial did not.");
        assertEquals("ClinicalTrial", m.get("ACCEPT-HF"), m.toString());
        assertEquals("ClinicalTrial", m.get("ZenBreaK 200"), m.toString());
    }

    @Test
    void test_a_middle_initial_and_a_place_after_research_are_no_journal() {
        Map<String, String> m = mentions("\"It works,\" said Ana M. Costa, a hepatologist at Summit Clinical Research in "
                + "San Antonio, who led the trial.");
        assertEquals("Person", m.get("Ana M. Costa"), m.toString());
        assertFalse(m.containsKey("San Antonio"), m.toString());
    }

    @Test
    void test_a_disease_declared_with_its_short_form_and_one_named_with_an_associated_compound() {
        Map<String, String> m = mentions("Paroxysmal cold hemoglobinuria (PCH) is a rare blood disease. There is no "
                + "medicine for metabolic dysfunction-associated steatohepatitis.");
        assertEquals("Disease", m.get("Paroxysmal cold hemoglobinuria"), m.toString());
        assertEquals("Disease", m.get("metabolic dysfunction-associated steatohepatitis"), m.toString());
    }

    @Test
    void test_complement_and_clotting_factors_are_proteins_but_a_risk_factor_is_not() {
        Map<String, String> m = mentions("The antibody blocks complement protein C3, and the pill inhibits factor D; "
                + "risk factor A is age.");
        assertEquals("Protein", m.get("C3"), m.toString());
        assertEquals("Protein", m.get("factor D"), m.toString());
        assertFalse(m.containsKey("factor A"), m.toString());
    }

    @Test
    void test_drugs_known_only_by_an_apposition_an_approval_or_their_stem() {
        Map<String, String> m = mentions("Velmetirom, made by Orchard Pharmaceuticals, is a small molecule. The FDA "
                + "approved zelmetirom in March, and the EMA approved without conditions. Divarasib is next.");
        assertEquals("Drug", m.get("Velmetirom"), m.toString());
        assertEquals("Drug", m.get("zelmetirom"), m.toString());
        assertEquals("Drug", m.get("Divarasib"), m.toString());
        assertFalse(m.containsKey("without"), m.toString());
    }

    @Test
    void test_a_receptor_subtype_shaped_like_a_substitution_is_a_receptor_but_a_mutation_is_not() {
        Map<String, String> m = mentions("Haloperidol blocks D2R in patients whose tumours carry the G12C mutation.");
        assertEquals("Receptor", m.get("D2R"), m.toString());
        assertFalse(m.containsKey("G12C"), m.toString());
    }
}
