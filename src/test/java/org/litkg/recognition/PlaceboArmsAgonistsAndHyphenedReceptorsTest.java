package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fifty-seventh and fifty-eighth held-out sets showed litkg missing or misreading: drugs named only by what
 * is done with them (set against placebo, taken, switching a receptor on, listed before "are injected drugs", or
 * described as "a strong steroid cream"), receptors named with a hyphened participle or "type 2", a hormone after
 * "too much", and journals named "Annals of ..." or for a field of disease. Every sentence is written for the test.
 */
class PlaceboArmsAgonistsAndHyphenedReceptorsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_name_given_against_placebo_or_taken_is_a_drug_whatever_its_ending() {
        Map<String, String> m = mentions("In two trials, 812 adults received velotaront or placebo for six weeks. Most "
                + "participants continued brilozole, and some also took idarvenone. Patients took part in the study.");
        assertEquals("Drug", m.get("velotaront"), m.toString());
        assertEquals("Drug", m.get("brilozole"), m.toString());
        assertEquals("Drug", m.get("idarvenone"), m.toString());
        assertNull(m.get("part"), m.toString());
    }

    @Test
    void test_a_coined_word_that_switches_on_a_receptor_is_a_drug() {
        Map<String, String> m = mentions("My dermatologist said that fapinarol switches on the aryl hydrocarbon receptor "
                + "in skin cells.");
        assertEquals("Drug", m.get("fapinarol"), m.toString());
        assertEquals("Receptor", m.get("aryl hydrocarbon receptor"), m.toString());
    }

    @Test
    void test_names_listed_before_are_drugs_or_described_by_which_is_a_cream_are_drugs() {
        Map<String, String> m = mentions("Octravetide and lanvorotide are injected drugs that act on the pituitary. I had "
                + "failed clobenasol, which is a strong steroid cream.");
        assertEquals("Drug", m.get("Octravetide"), m.toString());
        assertEquals("Drug", m.get("lanvorotide"), m.toString());
        assertEquals("Drug", m.get("clobenasol"), m.toString());
    }

    @Test
    void test_receptors_named_with_a_hyphened_participle_or_a_type_number_are_whole() {
        Map<String, String> m = mentions("It activates the trace amine-associated receptor 1 and the somatostatin "
                + "receptor type 2. Velcaleret blocks the calcium-sensing receptor.");
        assertEquals("Receptor", m.get("trace amine-associated receptor 1"), m.toString());
        assertEquals("Receptor", m.get("somatostatin receptor type 2"), m.toString());
        assertEquals("Receptor", m.get("calcium-sensing receptor"), m.toString());
    }

    @Test
    void test_a_hormone_after_too_much_is_named_without_the_quantity() {
        Map<String, String> m = mentions("In acromegaly a benign pituitary tumour releases too much growth hormone.");
        assertEquals("Protein", m.get("growth hormone"), m.toString());
        assertNull(m.get("too much growth hormone"), m.toString());
    }

    @Test
    void test_annals_titles_and_field_named_journals_are_journals() {
        Map<String, String> m = mentions("We revised our manuscript for Annals of Neurology. The trial was published in "
                + "Clinical Infectious Diseases in 2022.");
        assertEquals("Journal", m.get("Annals of Neurology"), m.toString());
        assertEquals("Journal", m.get("Clinical Infectious Diseases"), m.toString());
    }
}
