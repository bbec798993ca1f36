package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-sixth held-out set showed litkg missing: a brand before its drug in parentheses, a biological
 * named with "pegol", a protein named by a letter ("the F protein") where "the MR antagonist" still refers, a coined
 * word apposed to "a protein", a drug known by its approval named again at a sentence's start, and diseases headed
 * by "atrophy" or "degeneration", or named "hypertension". Every sentence is written for the test.
 */
class BrandAndLetterNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_brand_before_its_drug_in_parentheses_and_a_pegol_biological_are_drugs() {
        Map<String, String> m = mentions("Infants should receive Velfortus (pelsevimab) before winter. A rival, "
                + "zimacincaptad pegol, is given monthly.");
        assertEquals("Drug", m.get("Velfortus"), m.toString());
        assertEquals("Drug", m.get("zimacincaptad pegol"), m.toString());
    }

    @Test
    void test_a_protein_named_by_a_letter_and_a_coined_word_apposed_to_a_protein() {
        Map<String, String> m = mentions("The antibody attaches to the G protein that the virus uses. The drug silences "
                + "renotensinogen, a protein that liver cells release.");
        assertEquals("Protein", m.get("G protein"), m.toString());
        assertEquals("Protein", m.get("renotensinogen"), m.toString());
        assertFalse(m.containsKey("the G protein"), m.toString());
    }

    @Test
    void test_a_drug_known_by_its_approval_is_named_at_a_sentences_start() {
        Map<String, String> m = mentions("The FDA approved velcetacoplan in 2023. Velcetacoplan binds complement protein C3.");
        assertEquals("Drug", m.get("Velcetacoplan"), m.toString());
    }

    @Test
    void test_atrophy_degeneration_and_hypertension_name_diseases() {
        Map<String, String> m = mentions("Geographic atrophy is the advanced form of age-related macular degeneration; "
                + "many patients also have hypertension.");
        assertEquals("Disease", m.get("Geographic atrophy"), m.toString());
        assertEquals("Disease", m.get("age-related macular degeneration"), m.toString());
        assertEquals("Disease", m.get("hypertension"), m.toString());
    }
}
