package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-second held-out set showed litkg missing: an agency named with its modifier ("The European
 * Commission"), a person "of the" organisation, biologicals named with "alfa" and the -cept stem, and a receptor two
 * cytokines share ("IL-2/IL-15 receptor"), where "IL-2" alone and "beta-gamma" are no proteins. Every sentence is
 * written for the test.
 */
class WireAndQaNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_an_agency_with_its_modifier_and_a_person_of_the_organisation() {
        Map<String, String> m = mentions("The European Commission has approved the drug. The results appear in Blood; "
                + "Harriet Yoon of the Northfield Clinic was the lead author.");
        assertEquals("RegulatoryAgency", m.get("European Commission"), m.toString());
        assertEquals("Person", m.get("Harriet Yoon"), m.toString());
    }

    @Test
    void test_biologicals_named_with_alfa_or_the_cept_stem_are_drugs_but_a_concept_is_not() {
        Map<String, String> m = mentions("Bintrafusp alfa, nogapendekin alfa inbakicept and luspatercept were tested; "
                + "the concept is old.");
        assertEquals("Drug", m.get("Bintrafusp alfa"), m.toString());
        assertEquals("Drug", m.get("nogapendekin alfa inbakicept"), m.toString());
        assertEquals("Drug", m.get("luspatercept"), m.toString());
        assertFalse(m.containsKey("concept"), m.toString());
    }

    @Test
    void test_a_receptor_two_cytokines_share_is_one_receptor() {
        Map<String, String> m = mentions("It binds the IL-2/IL-15 receptor beta-gamma chain on natural killer cells.");
        assertEquals("Receptor", m.get("IL-2/IL-15 receptor beta-gamma chain"), m.toString()); // its chains named too
        assertFalse(m.containsKey("IL-2"), m.toString());
        assertFalse(m.containsKey("beta-gamma"), m.toString());
    }
}
