package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirty-ninth held-out set showed litkg missing or misreading: a symbol with a member's number or letter
 * that the tokenizer cut at the hyphen ("Ang-2", "VEGF-A"), an enzyme named by what it converts, a company known by
 * who runs a trial or by one word of its full name, "the medical center" for the one named in full, a coded trial
 * named by where patients were treated, and the target of a class of inhibitors that lists its members after a
 * comma. Every sentence is written for the test.
 */
class HyphenedNamesEnzymesAndTrialPlacesTest {

    @Test
    void test_a_name_with_a_members_number_or_letter_is_one_token_and_an_alias_of_its_long_form() {
        RecognizedDocument doc = Recognitions.recognize("Two proteins drive it: vascular endothelial growth factor A "
                + "(VEGF-A) and angiopoietin-2 (Ang-2). Velumab binds Nectin-4, and Ang-2 binds Tie2.");
        Map<String, String> m = Recognitions.mentions("Two proteins drive it: vascular endothelial growth factor A "
                + "(VEGF-A) and angiopoietin-2 (Ang-2). Velumab binds Nectin-4, and Ang-2 binds Tie2.");
        assertEquals("Protein", m.get("Nectin-4"), m.toString());
        assertEquals(Recognitions.entityName(doc, "angiopoietin-2"), Recognitions.entityName(doc, "Ang-2"));
        assertEquals(Recognitions.entityName(doc, "vascular endothelial growth factor A"),
                Recognitions.entityName(doc, "VEGF-A"));
    }

    @Test
    void test_an_enzyme_named_by_what_it_converts_is_a_protein() {
        Map<String, String> m = Recognitions.mentions("Drugs such as lisinopril block angiotensin-converting enzyme, and "
                + "the virus enters through angiotensin-converting enzyme 2. The enzyme was cloned.");
        assertEquals("Protein", m.get("angiotensin-converting enzyme"), m.toString());
        assertEquals("Protein", m.get("angiotensin-converting enzyme 2"), m.toString());
    }

    @Test
    void test_who_runs_a_trial_is_a_company_and_one_word_of_its_full_name_is_the_same_company() {
        String text = "Velostat is made by Corvexa Therapeutics. The phase 3 trial was run by Corvexa and led by "
                + "Ada Ngozi, a Corvexa nephrologist. A second trial run by Quintara enrolled 200 people.";
        RecognizedDocument doc = Recognitions.recognize(text);
        Map<String, String> m = Recognitions.mentions(text);
        assertEquals("Organization", m.get("Quintara"), m.toString());
        assertEquals("Corvexa Therapeutics", Recognitions.entityName(doc, "Corvexa"));
        long corvexaUses = doc.mentions().stream().flatMap(java.util.List::stream)
                .filter(x -> x.text().equals("Corvexa")).count();
        assertEquals(2, corvexaUses, doc.mentions().toString());
    }

    @Test
    void test_the_medical_center_is_the_one_named_in_full_unless_two_end_so() {
        RecognizedDocument one = Recognitions.recognize("She is treated at the University of Northfield Medical Center. "
                + "Dr. Ray Hale, a nephrologist at the medical center, is hopeful.");
        assertEquals("University of Northfield Medical Center", Recognitions.entityName(one, "medical center"));
        RecognizedDocument two = Recognitions.recognize("She moved from the Eastbury Medical Center to the University "
                + "of Northfield Medical Center. Dr. Ray Hale, a nephrologist at the medical center, is hopeful.");
        assertEquals(null, Recognitions.entityName(two, "medical center"));
    }

    @Test
    void test_a_coded_name_where_patients_were_treated_or_before_cohort_is_a_trial_everywhere() {
        String text = "Model answer: In KX-204, patients received velumab. Weaker answers confused KX-204 with the "
                + "earlier KX-101 cohort.";
        RecognizedDocument doc = Recognitions.recognize(text);
        long trials = doc.mentions().stream().flatMap(java.util.List::stream)
                .filter(x -> x.text().startsWith("KX-") && x.type() == EntityType.CLINICAL_TRIAL).count();
        assertEquals(3, trials, doc.mentions().toString());
        Map<String, String> m = Recognitions.mentions("In vitro, cells received velumab. In AMD3100-treated mice, cells "
                + "moved.");
        assertFalse(m.containsValue("ClinicalTrial"), m.toString());
    }

    @Test
    void test_the_target_of_inhibitors_listed_after_a_comma_stays_a_protein() {
        Map<String, String> m = Recognitions.mentions("Companies developing other EZH5 inhibitors, such as velostat, "
                + "are unaffected.");
        assertEquals("Protein", m.get("EZH5"), m.toString());
        assertNotEquals("DrugClass", m.get("EZH5 inhibitors"), m.toString());
    }
}
