package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-ninth held-out set showed litkg missing: coined drug names the tagger calls pronouns or adverbs,
 * a drug apposed after "announced that" with a hyphenated class, a drug a regulator approved in a relative clause or
 * "sold as" one name and made by a company, a receptor symbol cut at its letter, a trial styled in capitals with one
 * lower-case letter, and diseases by -emia and "depression". Every sentence is written for the test.
 */
class TaggerMisreadNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_coined_names_the_tagger_misreads_are_drugs_in_their_contexts() {
        Map<String, String> m = mentions("Zuranolone is a neuroactive steroid. The company announced that aficamten, its "
                + "next-in-class cardiac myosin inhibitor, improved exercise capacity.");
        assertEquals("Drug", m.get("Zuranolone"), m.toString());
        assertEquals("Drug", m.get("aficamten"), m.toString());
    }

    @Test
    void test_a_drug_approved_in_a_relative_clause_or_sold_and_made_by_a_company_is_named() {
        Map<String, String> m = mentions("Several of you asked about mitapivat, which the FDA approved this year. "
                + "Tebapivat, sold as Pyrolite and made by Agios Pharmaceuticals, activates pyruvate kinase.");
        assertEquals("Drug", m.get("mitapivat"), m.toString());
        assertEquals("Drug", m.get("Tebapivat"), m.toString());
    }

    @Test
    void test_receptor_symbols_cut_at_a_letter_mixed_trial_names_and_emia_diseases_are_named() {
        Map<String, String> m = mentions("In the HARMONi-2 trial, it bound GABA-A receptors in patients with thalassemia "
                + "or postpartum depression, an enzyme inside red blood cells and academia.");
        assertEquals("ClinicalTrial", m.get("HARMONi-2"), m.toString());
        assertEquals("Receptor", m.get("GABA-A receptors"), m.toString());
        assertEquals("Disease", m.get("thalassemia"), m.toString());
        assertEquals("Disease", m.get("postpartum depression"), m.toString());
        assertFalse(m.containsKey("academia"), m.toString());
        assertFalse(m.containsKey("inside"), m.toString());
    }
}
