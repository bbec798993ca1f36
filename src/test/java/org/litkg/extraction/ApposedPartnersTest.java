package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twentieth held-out set showed litkg missing: every ligand of "the receptor for X and Y", a
 * receptor chain placed on cells, the subject of a verb coordinated after an apposition, "silences", a partner
 * "in combination with" after the disease a drug treats, a brand name as the drug, and a co-receptor that is the
 * receptor before it. Every sentence is written for the test.
 */
class ApposedPartnersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_each_ligand_named_after_the_receptor_for_binds_it() {
        List<String> read = read("Neutrophils carry CXCR2, the receptor for CXCL1 and CXCL5.");
        assertTrue(read.contains("CXCL1 binds CXCR2"), read.toString());
        assertTrue(read.contains("CXCL5 binds CXCR2"), read.toString());
    }

    @Test
    void test_a_receptor_chain_on_the_surface_of_cells_is_expressed_on_them() {
        List<String> read = read("Benralizumab binds IL-5Rα, the receptor chain on the surface of eosinophils.");
        assertTrue(read.contains("IL-5Rα expressedOn eosinophil"), read.toString());
    }

    @Test
    void test_a_verb_after_an_apposition_and_and_has_the_clause_subject() {
        List<String> read = read("CAR T cells rarely reach solid tumours. The cells target GPC3, a protein found on "
                + "liver cancer cells, and were engineered to carry CXCR2.");
        assertTrue(read.contains("CXCR2 expressedOn CAR T cell"), read.toString());
        assertFalse(read.contains("CXCR2 expressedOn liver cancer"), read.toString());
    }

    @Test
    void test_a_drug_that_silences_cytokines_blocks_them() {
        List<String> read = read("Dupilumab latches onto IL-4Rα and so silences IL-4 and IL-13 at once.");
        assertTrue(read.contains("dupilumab blocks IL4") || read.contains("dupilumab blocks IL-4"), read.toString());
        assertTrue(read.contains("dupilumab blocks IL13") || read.contains("dupilumab blocks IL-13"), read.toString());
    }

    @Test
    void test_a_partner_after_the_disease_treated_and_a_brand_name_are_the_drugs() {
        List<String> read = read("Velacapavir is approved by the FDA, under the name Duolenca, for treating HIV in "
                + "combination with other antiretrovirals. Duolenca binds p24.");
        assertTrue(read.contains("velacapavir combinedWith antiretroviral drugs"), read.toString());
        assertTrue(read.contains("velacapavir binds p24"), read.toString());
    }

    @Test
    void test_a_co_receptor_is_the_receptor_before_it_and_an_apposed_antiretroviral_is_the_drug() {
        List<String> read = read("Maraviroc, an FDA-approved antiretroviral, blocks CCR5, the co-receptor that HIV "
                + "uses to enter T cells.");
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("co-receptor")), read.toString());
    }
}
