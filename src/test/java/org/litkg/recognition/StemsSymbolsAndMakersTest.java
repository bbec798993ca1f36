package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-eighth held-out set showed litkg missing or mistyping: a symbol with a Greek letter's name after
 * a hyphen, the -estrant and -rsen stems (not surnames), drugs named as acids, lettered apolipoproteins, trial
 * acronyms with a number, a symbol a receptor is "called", a specialist's name, drugs known by their maker, and a
 * meeting's name. Every sentence is written for the test.
 */
class StemsSymbolsAndMakersTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_symbol_with_a_greek_letter_after_a_hyphen_is_one_protein() {
        Map<String, String> m = mentions("The drug activates PPAR-delta and inhibits PI3K-alpha.");
        assertEquals("Receptor", m.get("PPAR-delta"), m.toString());
        assertEquals("Protein", m.get("PI3K-alpha"), m.toString());
        assertFalse(m.containsKey("PPAR"), m.toString());
    }

    @Test
    void test_estrant_rsen_and_ic_acid_drugs_are_named_but_not_surnames_verbs_or_nucleic_acids() {
        Map<String, String> m = mentions("Patients took imlunestrant or tofersen with ursodeoxycholic acid. Symptoms "
                + "worsen, said Maria Halvorsen, who measured nucleic acid levels.");
        assertEquals("Drug", m.get("imlunestrant"), m.toString());
        assertEquals("Drug", m.get("tofersen"), m.toString());
        assertEquals("Drug", m.get("ursodeoxycholic acid"), m.toString());
        assertFalse("Drug".equals(m.get("Halvorsen")), m.toString());
        assertFalse(m.containsKey("worsen"), m.toString());
        assertFalse(m.containsKey("nucleic acid"), m.toString());
    }

    @Test
    void test_lettered_apolipoproteins_trial_acronyms_and_called_receptors_are_typed() {
        Map<String, String> m = mentions("In AERIFY-1, it lowered apolipoprotein C-III. IL-33 binds a receptor called ST2. "
                + "The primer ended in CAGCTG-3.");
        assertEquals("Protein", m.get("apolipoprotein C-III"), m.toString());
        assertEquals("ClinicalTrial", m.get("AERIFY-1"), m.toString());
        assertEquals("Receptor", m.get("ST2"), m.toString());
        assertFalse("ClinicalTrial".equals(m.get("CAGCTG-3")), m.toString());
    }

    @Test
    void test_a_specialist_a_drug_known_by_its_maker_and_a_meeting_are_named() {
        Map<String, String> m = mentions("Nicholas Turner, a breast cancer specialist at the Royal Marsden Hospital, spoke "
                + "at the San Antonio Breast Cancer Symposium. Seladelpar, from Gilead Sciences, switches on PPAR-delta. "
                + "The agency also approved elafibranor, made by Ipsen, which activates PPAR-alpha.");
        assertEquals("Person", m.get("Nicholas Turner"), m.toString());
        assertEquals("Organization", m.get("San Antonio Breast Cancer Symposium"), m.toString());
        assertEquals("Drug", m.get("Seladelpar"), m.toString());
        assertEquals("Drug", m.get("elafibranor"), m.toString());
    }
}
