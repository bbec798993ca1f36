package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-fourth held-out set showed litkg missing: allergies and "-plasia" conditions, a drug listed "and
 * similar drugs", a maker after "from" and a drug's code or coined name, a trial styled with five capitals and a
 * lower-case letter, a symbol of capitals before "gene", "kinase" or "protein", and a drug before "-assisted". Every
 * sentence is written for the test.
 */
class AllergiesCodesAndKinasesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_allergies_and_plasia_conditions_are_diseases() {
        Map<String, String> m = mentions("Children with food allergies and achondroplasia were enrolled.");
        assertEquals("Disease", m.get("food allergies"), m.toString());
        assertEquals("Disease", m.get("achondroplasia"), m.toString());
    }

    @Test
    void test_a_word_listed_with_similar_drugs_is_a_drug() {
        Map<String, String> m = mentions("Patients took dorvaline and similar drugs. Patients and other people came.");
        assertEquals("Drug", m.get("dorvaline"), m.toString());
        assertFalse(m.containsKey("Patients"), m.toString());
    }

    @Test
    void test_a_maker_after_a_drug_code_or_coined_name_and_from_is_a_company() {
        Map<String, String> m = mentions("One of the first, KX002 from Velora, binds TREM2. Vosolimab from Tarvix Bio "
                + "works. Cells from Cambridge grew.");
        assertEquals("Organization", m.get("Velora"), m.toString());
        assertEquals("Organization", m.get("Tarvix Bio"), m.toString());
        assertFalse(m.containsKey("Cambridge"), m.toString());
    }

    @Test
    void test_a_trial_styled_with_many_capitals_and_one_lower_case_letter() {
        Map<String, String> m = mentions("We reviewed the OUtLOOK trial, published in the journal Blood.");
        assertEquals("ClinicalTrial", m.get("OUtLOOK"), m.toString());
    }

    @Test
    void test_a_symbol_before_gene_kinase_or_protein_is_that_protein_and_its_mention_is_the_symbol() {
        Map<String, String> m = mentions("Tumours carry a rearranged KLT gene. Dexlotinib inhibits the KLT kinase. "
                + "Pelamib blocks BRX proteins. Levels of the BRX protein fell.");
        assertEquals("Protein", m.get("KLT"), m.toString());
        assertFalse(m.containsKey("KLT kinase"), m.toString());
        assertFalse(m.containsKey("KLT gene"), m.toString()); // the name alone: BioRED and PubTator spans are the symbol
        assertEquals("Protein", m.get("BRX"), m.toString());
        assertFalse(m.containsKey("BRX protein"), m.toString());
    }

    @Test
    void test_a_drug_before_assisted_is_named() {
        Map<String, String> m = mentions("The agency declined to approve MDMA-assisted therapy.");
        assertEquals("Drug", m.get("MDMA"), m.toString());
    }
}
