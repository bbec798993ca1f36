package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fifty-second held-out set showed litkg missing or misreading: a lyase ("ATP citrate lyase"), a trial named
 * by an acronym and a title-case word ("the CLEAR Outcomes trial"), a noun in a fronted "because" clause taken for a
 * drug's name ("Because muscle cells lack the enzyme, the drug ..."), and atrial fibrillation. Every sentence is written
 * for the test.
 */
class LyasesTrialWordsAndFrontedClausesTest {

    @Test
    void test_a_lyase_is_an_enzyme_named_with_its_substrate() {
        Map<String, String> m = Recognitions.mentions("Its active form inhibits ATP citrate lyase (ACLY) in the liver.");
        assertEquals("Protein", m.get("ATP citrate lyase"), m.toString());
        assertFalse(m.containsKey("ATP"), m.toString());
    }

    @Test
    void test_a_title_case_word_between_a_trial_acronym_and_its_noun_is_part_of_the_name() {
        Map<String, String> m = Recognitions.mentions("The VELAR Outcomes trial enrolled 14,000 patients in 32 countries.");
        assertEquals("ClinicalTrial", m.get("VELAR Outcomes"), m.toString());
    }

    @Test
    void test_the_last_noun_of_a_fronted_clause_is_no_drug_named_by_the_main_subject() {
        Map<String, String> m = Recognitions.mentions("Velpedoic acid lowers cholesterol. Because muscle cells lack the "
                + "activating enzyme, the drug should not cause muscle aches.");
        assertFalse(m.containsKey("enzyme"), m.toString());
    }

    @Test
    void test_atrial_fibrillation_is_a_disease() {
        Map<String, String> m = Recognitions.mentions("Atrial fibrillation on dabigatran 150 mg twice daily for years.");
        assertEquals("Disease", m.get("Atrial fibrillation"), m.toString());
    }
}
