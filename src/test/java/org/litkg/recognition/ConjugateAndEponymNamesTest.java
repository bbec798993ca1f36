package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the seventeenth held-out set showed litkg missing: antibody-drug conjugates named in two words, cells
 * named after their discoverers, proteins and trials the tokenizer cut at a hyphen, drugs listed after "such
 * as", a code a tagger calls an adverb, and a person named before ", who led". Every sentence is written for
 * the test.
 */
class ConjugateAndEponymNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_an_antibody_drug_conjugate_is_one_drug_of_two_words() {
        Map<String, String> m = mentions("Patients received datopotamab deruxtecan or loncastuximab tesirine.");
        assertEquals("Drug", m.get("datopotamab deruxtecan"), m.toString());
        assertEquals("Drug", m.get("loncastuximab tesirine"), m.toString());
        assertFalse(m.containsKey("deruxtecan"), m.toString());
    }

    @Test
    void test_cells_named_after_two_discoverers_or_a_listed_one_are_cell_types() {
        Map<String, String> m = mentions("In the lymph node, Reed-Sternberg cells and the Langerhans cells were counted.");
        assertEquals("CellType", m.get("Reed-Sternberg cells"), m.toString());
        assertEquals("CellType", m.get("Langerhans cells"), m.toString());
    }

    @Test
    void test_a_greek_lettered_protein_and_a_trial_with_a_lettered_suffix_stay_whole() {
        Map<String, String> m = mentions("The antibody clears amyloid-beta, as the extension of the TRAILBLAZER-ALZ 4 "
                + "trial showed.");
        assertEquals("Protein", m.get("amyloid-beta"), m.toString());
        assertEquals("ClinicalTrial", m.get("TRAILBLAZER-ALZ 4"), m.toString());
    }

    @Test
    void test_drugs_listed_after_such_as_and_a_code_apposed_to_an_inhibitor_noun_are_drugs() {
        Map<String, String> m = mentions("He said that drugs that inhibit FAP, such as varlibostat, might help. "
                + "The payload, SN-22, a topoisomerase inhibitor, kills the cell. Diseases such as leprosy persist.");
        assertEquals("Drug", m.get("varlibostat"), m.toString());
        assertEquals("Drug", m.get("SN-22"), m.toString());
        assertFalse("Drug".equals(m.get("leprosy")), m.toString());
    }

    @Test
    void test_a_name_before_who_led_is_a_person_but_a_place_is_not() {
        Map<String, String> m = mentions("Olga Petrenko, who led the study, said so. It was said by Ann Berg of "
                + "Harrow University in New Haven, who led the trial.");
        assertEquals("Person", m.get("Olga Petrenko"), m.toString());
        assertFalse("Person".equals(m.get("New Haven")), m.toString());
    }

    @Test
    void test_progenitors_a_short_prefixed_stem_and_treatment_words_before_a_cancer() {
        Map<String, String> m = mentions("Irradiated melanoma recruits endothelial progenitors, and patients then received "
                + "lomustine. Triple-negative breast cancer was excluded.");
        assertEquals("CellType", m.get("endothelial progenitors"), m.toString());
        assertEquals("Drug", m.get("lomustine"), m.toString());
        assertEquals("Cancer", m.get("melanoma"), m.toString());
        assertEquals("Cancer", m.get("Triple-negative breast cancer"), m.toString());
        Map<String, String> agent = mentions("In the trial, several patients developed cisplatin-induced kidney disease "
                + "after many weeks of treatment.");
        assertEquals("Drug", agent.get("cisplatin"), agent.toString()); // the drug that caused it is no part of its name
    }

    @Test
    void test_a_cytokines_receptor_is_an_entity_of_its_own() {
        RecognizedDocument d = Recognitions.recognize("Siltuximab binds IL-6 and keeps it from the IL-6 receptor.");
        Mention cytokine = d.mentions().get(0).stream().filter(x -> x.text().equals("IL-6")).findFirst().orElseThrow();
        Mention receptor = d.mentions().get(0).stream().filter(x -> x.text().equals("IL-6 receptor")).findFirst().orElseThrow();
        assertEquals(EntityType.PROTEIN, d.entities().of(cytokine).type());
        assertEquals(EntityType.RECEPTOR, d.entities().of(receptor).type());
        assertFalse(d.entities().of(cytokine).equals(d.entities().of(receptor)));
    }
}
