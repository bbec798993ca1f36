package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-seventh held-out set showed litkg missing or mistyping: a drug named only as the subject of a
 * regulator's passive approval or of a company's part in making it, a dateline's place before a dash, proteins named
 * by an "-in" word and its number, receptor subtypes, a trial name in three parts, diseases by "-pathy" and "-philia"
 * and the "-entan" stem. Every sentence is written for the test.
 */
class ApprovedAndNumberedNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_the_subject_of_a_passive_approval_by_a_regulator_is_a_drug() {
        Map<String, String> m = mentions("Velmotrast was approved by the U.S. Food and Drug Administration in 2023. "
                + "Treatment was approved by the FDA.");
        assertEquals("Drug", m.get("Velmotrast"), m.toString());
        assertFalse(m.containsKey("Treatment"), m.toString());
    }

    @Test
    void test_a_coined_word_a_company_developed_is_a_drug_but_a_dateline_place_is_not() {
        Map<String, String> m = mentions("Pelgomerat, developed by Merck, binds HIF-2α. "
                + "DALLAS, Texas — A daily pill that blocks HIF-2α shrank tumours.");
        assertEquals("Drug", m.get("Pelgomerat"), m.toString());
        assertFalse(m.containsKey("Texas"), m.toString());
    }

    @Test
    void test_an_in_word_with_a_number_is_a_protein_but_a_ring_name_is_not() {
        Map<String, String> m = mentions("Mesangial cells release endothelin-1 and galectin-3. Protein-1 and pyridin-2 "
                + "were measured.");
        assertEquals("Protein", m.get("endothelin-1"), m.toString());
        assertEquals("Protein", m.get("galectin-3"), m.toString());
        assertFalse(m.containsKey("Protein-1"), m.toString());
        assertFalse(m.containsKey("pyridin-2"), m.toString());
    }

    @Test
    void test_receptor_subtypes_trial_names_in_three_parts_and_endothelin_antagonists_are_named() {
        Map<String, String> m = mentions("In the HERIZON-BTC-01 trial, doctors added atrasentan, which blocks the "
                + "endothelin type A receptor but not the angiotensin II type 1 receptor.");
        assertEquals("ClinicalTrial", m.get("HERIZON-BTC-01"), m.toString());
        assertEquals("Drug", m.get("atrasentan"), m.toString());
        assertEquals("Receptor", m.get("endothelin type A receptor"), m.toString());
        assertEquals("Receptor", m.get("angiotensin II type 1 receptor"), m.toString());
    }

    @Test
    void test_pathy_and_philia_words_are_diseases_but_empathy_is_not() {
        Map<String, String> m = mentions("Patients with IgA nephropathy or severe hemophilia need empathy.");
        assertEquals("Disease", m.get("IgA nephropathy"), m.toString());
        assertEquals("Disease", m.get("hemophilia"), m.toString());
        assertFalse(m.containsKey("empathy"), m.toString());
    }
}
