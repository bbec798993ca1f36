package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the thirtieth held-out set showed litkg missing: drugs and receptor subtypes named only in a counted list
 * ("two drugs, X and Y", "two histamine receptors in the gut, H1 and H4"), ion channels in their own nomenclature,
 * a brand given after its seller, a company after "from" in a drug's apposition, a trial styled in mixed case with a
 * hyphenated suffix, and new stems and disease endings. Every sentence is written for the test.
 */
class ListsChannelsAndSellersTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_coined_words_in_a_counted_list_of_drugs_are_drugs() {
        Map<String, String> m = mentions("The pill holds two drugs, dexlomine and trovastium. The study had two arms, "
                + "placebo and surgery.");
        assertEquals("Drug", m.get("dexlomine"), m.toString());
        assertEquals("Drug", m.get("trovastium"), m.toString());
        assertFalse(m.containsKey("placebo"), m.toString());
    }

    @Test
    void test_short_symbols_listed_after_counted_receptors_are_receptors() {
        Map<String, String> m = mentions("Dexlomine activates two histamine receptors in the gut, H1 and H4. "
                + "The trial had two phases, P1 and P2.");
        assertEquals("Receptor", m.get("H1"), m.toString());
        assertEquals("Receptor", m.get("H4"), m.toString());
        assertFalse(m.containsKey("P1"), m.toString());
    }

    @Test
    void test_ion_channels_are_named_by_their_nomenclature() {
        Map<String, String> m = mentions("Blocking Kv1.3 or Nav1.7 changed how the neurons fired in version 1.7 of "
                + "the model.");
        assertEquals("Protein", m.get("Kv1.3"), m.toString());
        assertEquals("Protein", m.get("Nav1.7"), m.toString());
    }

    @Test
    void test_a_brand_after_its_seller_and_a_company_after_from_are_named() {
        Map<String, String> m = mentions("Vexamidis, marketed by Pfizer as Vyndaqel, binds transthyretin. "
                + "Zanirocin, from Orvexa, works within days. Mark Johnson, from Boston, said so.");
        assertEquals("Drug", m.get("Vexamidis"), m.toString());
        assertEquals("Drug", m.get("Vyndaqel"), m.toString());
        assertEquals("Organization", m.get("Orvexa"), m.toString());
        assertNotEquals("Organization", m.get("Boston"), m.toString());
    }

    @Test
    void test_mixed_case_trials_with_a_suffix_new_stems_and_disease_endings_are_named() {
        Map<String, String> m = mentions("In the GLORIfy-HF trial, oxycodone, paliperidone and ipratropium were "
                + "compared in lymphangiectasis and hebephrenia; ralamidis, a newer stabiliser, was not.");
        assertEquals("ClinicalTrial", m.get("GLORIfy-HF"), m.toString());
        assertEquals("Drug", m.get("oxycodone"), m.toString());
        assertEquals("Drug", m.get("paliperidone"), m.toString());
        assertEquals("Drug", m.get("ipratropium"), m.toString());
        assertEquals("Disease", m.get("lymphangiectasis"), m.toString());
        assertEquals("Disease", m.get("hebephrenia"), m.toString());
        assertEquals("Drug", m.get("ralamidis"), m.toString());
    }
}
