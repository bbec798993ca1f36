package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-fifth held-out set showed litkg missing or mistyping: more INN stems, a month that is a first name,
 * numbered members of a receptor family, a brand known only by its approval, a mixed-case symbol an antibody is
 * against, a short symbol a protein phrase introduced, a trial's name in parts, and a protein's part that names no
 * protein. Every sentence is written for the test.
 */
class StemsMonthsAndFamiliesTest {

    @Test
    void test_newer_inn_stems_name_drugs() {
        Map<String, String> m = Recognitions.mentions("Patients took danocoplan, zorimilast, velitoclax or parasertib.");
        assertEquals("Drug", m.get("danocoplan"), m.toString());
        assertEquals("Drug", m.get("zorimilast"), m.toString());
        assertEquals("Drug", m.get("velitoclax"), m.toString());
        assertEquals("Drug", m.get("parasertib"), m.toString());
    }

    @Test
    void test_a_drug_declared_a_peptide_stays_a_drug() {
        Map<String, String> m = Recognitions.mentions("Danocoplan is a small peptide that binds C7.");
        assertEquals("Drug", m.get("Danocoplan"), m.toString());
    }

    @Test
    void test_a_month_before_a_surname_is_a_first_name_but_not_after_in() {
        Map<String, String> m = Recognitions.mentions("April Brennan of the University of Otago led the trial. "
                + "In April Pfizer said it would stop.");
        assertEquals("Person", m.get("April Brennan"), m.toString());
        assertFalse(m.containsKey("April Pfizer"), m.toString());
    }

    @Test
    void test_numbered_members_share_the_type_of_a_receptor_in_their_family() {
        Map<String, String> m = Recognitions.mentions("Korimod modulates three lysophosphatidic acid receptors, LP4A1, "
                + "LP4A2 and LP4A3. It does not engage LP4A5.");
        assertEquals("Receptor", m.get("LP4A2"), m.toString());
        assertEquals("Receptor", m.get("LP4A5"), m.toString());
    }

    @Test
    void test_a_brand_known_only_by_its_approval_is_a_drug_but_a_mass_noun_is_not() {
        Map<String, String> m = Recognitions.mentions("Korvanity was approved by the FDA in 2024. "
                + "Safety was approved by the FDA too.");
        assertEquals("Drug", m.get("Korvanity"), m.toString());
        assertFalse(m.containsKey("Safety"), m.toString());
    }

    @Test
    void test_a_mixed_case_symbol_after_antibodies_against_is_a_protein() {
        Map<String, String> m = Recognitions.mentions("Patients with antibodies against TrkQ were excluded.");
        assertEquals("Protein", m.get("TrkQ"), m.toString());
    }

    @Test
    void test_a_short_symbol_a_protein_phrase_introduced_is_named_again_alone() {
        RecognizedDocument doc = Recognitions.recognize("The last step cleaves complement component C7. "
                + "Danocoplan binds C7 and stops it.");
        long mentions = doc.mentions().stream().flatMap(java.util.List::stream).filter(x -> x.text().equals("C7")).count();
        assertEquals(2, mentions);
    }

    @Test
    void test_a_trial_acronym_keeps_the_short_parts_written_apart_from_it() {
        Map<String, String> m = Recognitions.mentions("The evidence came from the BRAVOK PSX-2 trial and the ASCENDO UC 3 "
                + "trial.");
        assertEquals("ClinicalTrial", m.get("BRAVOK PSX-2"), m.toString());
        assertEquals("ClinicalTrial", m.get("ASCENDO UC 3"), m.toString());
    }

    @Test
    void test_a_protein_domain_names_no_protein_and_activity_is_no_part_of_a_disease() {
        Map<String, String> m = Recognitions.mentions("The drug latches onto the regulatory pseudokinase domain of TYK7 "
                + "in patients with moderately active ulcerative colitis.");
        assertNull(m.get("regulatory pseudokinase"), m.toString());
        assertEquals("Disease", m.get("ulcerative colitis"), m.toString());
    }
}
