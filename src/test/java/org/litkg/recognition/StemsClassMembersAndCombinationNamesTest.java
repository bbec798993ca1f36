package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fifty-fifth and fifty-sixth held-out sets showed litkg missing or misreading: a cephalosporin named by the
 * stem that opens it, a parathyroid hormone analogue, a fixed-dose pair of two names joined by a hyphen, a gene
 * therapy's two-word name, anaemia and a hormone deficiency as diseases, a drug introduced as a member of a class,
 * a class word that ends like an enzyme, and groups, alliances and networks as organisations. Every sentence is
 * written for the test.
 */
class StemsClassMembersAndCombinationNamesTest {

    @Test
    void test_a_cephalosporin_and_a_hormone_analogue_are_named_by_their_stems() {
        Map<String, String> m = Recognitions.mentions("Patients got cefalorine, and later teloparatide was added.");
        assertEquals("Drug", m.get("cefalorine"), m.toString());
        assertEquals("Drug", m.get("teloparatide"), m.toString());
        Map<String, String> words = Recognitions.mentions("The cefalu study was small.");
        assertFalse(words.containsKey("cefalu"), words.toString());
    }

    @Test
    void test_a_hyphenated_pair_of_names_is_one_product_and_a_gene_therapy_keeps_its_vector() {
        Map<String, String> m = Recognitions.mentions("Cefalorine was tested with avibactam-zidebactam and with "
                + "velantrogene sumoparvovec.");
        assertEquals("Drug", m.get("avibactam-zidebactam"), m.toString());
        assertFalse(m.containsKey("zidebactam"), m.toString());
        assertEquals("Drug", m.get("velantrogene sumoparvovec"), m.toString());
    }

    @Test
    void test_anaemia_and_a_hormone_deficiency_are_diseases() {
        Map<String, String> m = Recognitions.mentions("Most patients with hypoparathyroidism also have anaemia.");
        assertEquals("Disease", m.get("hypoparathyroidism"), m.toString());
        assertEquals("Disease", m.get("anaemia"), m.toString());
    }

    @Test
    void test_a_member_of_a_drug_class_is_a_drug_and_a_multikinase_is_no_enzyme() {
        Map<String, String> m = Recognitions.mentions("Dravorofim is the first member of a new antifungal class. "
                + "Tesafenib, a multikinase inhibitor, blocks VEGFR.");
        assertEquals("Drug", m.get("Dravorofim"), m.toString());
        assertFalse(m.containsKey("multikinase"), m.toString());
    }

    @Test
    void test_groups_alliances_and_networks_are_organisations() {
        Map<String, String> m = Recognitions.mentions("The trial was run by the Leeds Fungal Research Group with the "
                + "Sarcoma Alliance of Canada and the Nordic Haematology Network.");
        assertEquals("Organization", m.get("Leeds Fungal Research Group"), m.toString());
        assertEquals("Organization", m.get("Sarcoma Alliance of Canada"), m.toString());
        assertEquals("Organization", m.get("Nordic Haematology Network"), m.toString());
    }
}
