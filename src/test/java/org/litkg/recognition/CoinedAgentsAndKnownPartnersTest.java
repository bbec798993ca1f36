package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fiftieth held-out set showed litkg missing or joining wrongly: a coined word that acts on a named protein
 * (a drug with no stem or class word), a known company joined by "and" to another ("Takeda and Protagonist
 * Therapeutics" is two), and seed names (hydroxyurea, teriflunomide, polycythaemia vera, BCL-xL). Every sentence is
 * written for the test.
 */
class CoinedAgentsAndKnownPartnersTest {

    @Test
    void test_a_coined_word_that_binds_a_named_protein_is_a_drug_but_a_protein_that_does_is_not() {
        Map<String, String> m = Recognitions.mentions("Like hepcidin, velfertide binds ferroportin. Hepcidin binds "
                + "ferroportin too.");
        assertEquals("Drug", m.get("velfertide"), m.toString());
        assertEquals("Protein", m.get("Hepcidin"), m.toString());
    }

    @Test
    void test_a_known_company_joined_by_and_to_another_is_two_organisations() {
        Map<String, String> m = Recognitions.mentions("The trial was run by Takeda and Velora Therapeutics in 2024.");
        assertEquals("Organization", m.get("Takeda"), m.toString());
        assertEquals("Organization", m.get("Velora Therapeutics"), m.toString());
        assertFalse(m.containsKey("Takeda and Velora Therapeutics"), m.toString());
    }

    @Test
    void test_seed_drugs_disease_and_protein_names() {
        Map<String, String> m = Recognitions.mentions("Patients with polycythaemia vera took hydroxyurea, and others took "
                + "teriflunomide; the drug spares BCL-xL.");
        assertEquals("Disease", m.get("polycythaemia vera"), m.toString());
        assertEquals("Drug", m.get("hydroxyurea"), m.toString());
        assertEquals("Drug", m.get("teriflunomide"), m.toString());
        assertEquals("Protein", m.get("BCL-xL"), m.toString());
    }
}
