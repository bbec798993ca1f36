package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fifty-ninth and sixtieth held-out sets showed litkg missing or misreading: integrins named by their Greek
 * chains, proteins whose names end as the statins' stem does, two enzymes joined as one complex, a regulator named
 * "Ministry of Food and Drug Safety", diseases with a numbered subtype or a metabolic ending, journals of a family
 * ("Nature Microbiology") or opening a line, drugs named only by the drug they are joined to or by being started or
 * stopped, an implant, a gene a drug silences and a company that runs a trial. Every sentence is written for the test.
 */
class IntegrinsJoinedDrugsAndSubtypedDiseasesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_an_integrin_named_by_its_greek_chains_is_a_protein() {
        Map<String, String> m = mentions("Valotegrast binds integrin αvβ6 on bile duct cells, and another antibody blocks "
                + "the α4β7 integrin in the gut.");
        assertEquals("Protein", m.get("integrin αvβ6"), m.toString());
        assertEquals("Protein", m.get("α4β7 integrin"), m.toString());
    }

    @Test
    void test_a_protein_ending_as_the_statins_do_is_no_drug() {
        Map<String, String> m = mentions("Myostatin, also called GDF8, is secreted by skeletal muscle and holds back its "
                + "growth, while atorvastatin lowers cholesterol.");
        assertEquals("Protein", m.get("Myostatin"), m.toString());
        assertEquals("Drug", m.get("atorvastatin"), m.toString());
    }

    @Test
    void test_two_enzymes_joined_by_a_hyphen_are_one_complex() {
        Map<String, String> m = mentions("Velitelivir inhibits the helicase-primase complex of herpes simplex virus, and "
                + "amenavir is another helicase-primase inhibitor.");
        assertEquals("Protein", m.get("helicase-primase complex"), m.toString());
        assertEquals("Protein", m.get("helicase-primase"), m.toString());
        assertNull(m.get("primase"), m.toString());
    }

    @Test
    void test_a_ministry_of_food_and_drugs_is_a_regulator() {
        Map<String, String> m = mentions("Velotegrast is not yet approved by the Ministry of Food and Drug Safety (MFDS) "
                + "of Korea, and the Ministry of Education funds the work.");
        assertEquals("RegulatoryAgency", m.get("Ministry of Food and Drug Safety"), m.toString());
        assertEquals("Organization", m.get("Ministry of Education"), m.toString());
    }

    @Test
    void test_a_disease_keeps_its_numbered_subtype_and_metabolic_endings_name_diseases() {
        Map<String, String> m = mentions("Children with primary hyperoxaluria type 1 (PH1) make too much oxalate, and "
                + "adults with erythropoietic protoporphyria avoid the sun.");
        assertEquals("Disease", m.get("primary hyperoxaluria type 1"), m.toString());
        assertEquals("Disease", m.get("PH1"), m.toString());
        assertEquals("Disease", m.get("erythropoietic protoporphyria"), m.toString());
    }

    @Test
    void test_a_journal_of_a_family_or_opening_a_citation_line_is_one_journal() {
        Map<String, String> m = mentions("Researchers report in Nature Microbiology that the drug binds a pocket.\n\n"
                + "Journal of Rare Skin Case Reports 2026; 20: 588");
        assertEquals("Journal", m.get("Nature Microbiology"), m.toString());
        assertNull(m.get("Microbiology"), m.toString());
        assertEquals("Journal", m.get("Journal of Rare Skin Case Reports"), m.toString());
        Map<String, String> read = mentions("Reading: phase 2 results, The Lancet Pulmonary Medicine.");
        assertEquals("Journal", read.get("The Lancet Pulmonary Medicine"), read.toString());
    }

    @Test
    void test_names_joined_to_a_drug_or_taken_with_it_are_drugs() {
        Map<String, String> m = mentions("Most participants were already taking nintevanib or pirtenidone, and "
                + "velandomilast plus pirtenidone gave lower levels. Could it be used together with inhaled treprovinil? "
                + "Patients kept taking lisinopril or similar drugs, and others got it in combination with "
                + "platinum-based chemotherapy.");
        assertEquals("Drug", m.get("pirtenidone"), m.toString());
        assertEquals("Drug", m.get("treprovinil"), m.toString());
        assertNull(m.get("similar"), m.toString());
        assertNull(m.get("platinum"), m.toString());
    }

    @Test
    void test_a_name_that_was_started_or_stopped_or_described_as_an_implant_is_a_drug() {
        Map<String, String> m = mentions("Afavelotide, an implant that stimulates the melanocortin 1 receptor, had helped "
                + "him only partly. Afavelotide was stopped three months before bivopertin was started.");
        assertEquals("Drug", m.get("Afavelotide"), m.toString());
        assertEquals("Drug", m.get("bivopertin"), m.toString());
    }

    @Test
    void test_what_a_drug_silences_is_a_protein_and_who_runs_a_named_trial_is_a_company() {
        Map<String, String> m = mentions("Nedovisiran silences LDHC, which encodes lactate dehydrogenase C. In the VALOR-1 "
                + "trial, run by Virucis in immunocompromised patients, the drug healed lesions faster.");
        assertEquals("Protein", m.get("LDHC"), m.toString());
        assertEquals("Organization", m.get("Virucis"), m.toString());
    }
}
