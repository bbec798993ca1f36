package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the forty-fifth held-out set showed litkg missing or misreading: a person named in full with nothing around
 * the name but quoted later by surname, a trial that "randomised" its patients, a gene symbol the tokenizer cut in two,
 * numbered subtypes of cells, a pegylated biological, the drug noun inside "antibody-drug conjugate", two founders'
 * possessives in one hospital's name, and a transporter's description set off after its symbol. Every sentence is
 * written for the test.
 */
class SpeakersTrialsAndCompoundsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_surname_quoted_later_makes_the_full_name_a_person() {
        Map<String, String> m = mentions("When Marek Zielinski heard the diagnosis, he went home. \"It changed my life,\" "
                + "Zielinski said.");
        assertEquals("Person", m.get("Marek Zielinski"), m.toString());
    }

    @Test
    void test_a_quoted_word_alone_is_no_person() {
        Map<String, String> m = mentions("\"We are pleased with the results,\" Velora said.");
        assertFalse("Person".equals(m.get("Velora")), m.toString());
    }

    @Test
    void test_a_styled_name_that_randomised_patients_is_a_trial() {
        Map<String, String> m = mentions("VERItas-204 randomised 512 patients with gout.");
        assertEquals("ClinicalTrial", m.get("VERItas-204"), m.toString());
    }

    @Test
    void test_a_symbol_the_tokenizer_cuts_in_two_is_one_protein() {
        Map<String, String> m = mentions("The pill blocks AKT in tumour cells.");
        assertEquals("Protein", m.get("AKT"), m.toString());
    }

    @Test
    void test_a_numbered_group_of_cells_is_part_of_their_name() {
        Map<String, String> m = mentions("Group 2 innate lymphoid cells line the airways.");
        assertEquals("CellType", m.get("Group 2 innate lymphoid cells"), m.toString());
    }

    @Test
    void test_a_pegylated_biological_keeps_pegylated_in_its_name() {
        Map<String, String> m = mentions("Some doctors add pegylated interferon alfa to the pill.");
        assertEquals("Drug", m.get("pegylated interferon alfa"), m.toString());
    }

    @Test
    void test_the_drug_noun_of_antibody_drug_conjugate_names_nothing_after_it() {
        Map<String, String> m = mentions("Velotuzumab deruxtecan, an antibody-drug conjugate that binds HER3, is approved.");
        assertFalse(m.containsKey("conjugate"), m.toString());
    }

    @Test
    void test_two_founders_possessives_and_a_saints_possessive_make_one_hospital() {
        Map<String, String> m = mentions("She is a physician at Hugh's and St Anne's NHS Foundation Trust in Leeds. "
                + "He trained at St Agnes's Hospital.");
        assertEquals("Organization", m.get("Hugh's and St Anne's NHS Foundation Trust"), m.toString());
        assertEquals("Organization", m.get("St Agnes's Hospital"), m.toString());
    }

    @Test
    void test_a_hyphened_description_after_a_symbol_is_no_protein_of_its_own() {
        Map<String, String> m = mentions("Both viruses enter through NTCP, a bile-acid transporter on hepatocytes.");
        assertEquals("Protein", m.get("NTCP"), m.toString());
        assertFalse(m.containsKey("acid transporter"), m.toString());
    }
}
