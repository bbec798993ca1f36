package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import org.junit.jupiter.api.Test;

/**
 * A pharmacy's card: an unknown plural noun joined to a drug names a class ("together with antacids"), an unknown
 * singular one a drug, and a community pharmacy is an organisation. Every text is written for the test.
 */
class JoinedClassesAndPharmaciesTest {

    @Test
    void test_a_plural_noun_a_drug_is_not_taken_with_is_a_class_and_the_combination_is_denied() {
        String text = "ASK YOUR PHARMACIST\n\nFexofenadine blocks the histamine H1 receptor. Do not take it together "
                + "with antacids that contain aluminium.";
        assertTrue(typedNames(text).contains("DRUG_CLASS antacids"), typedNames(text).toString());
        assertTrue(read(text).contains("fexofenadine combinedWith antacids NEG"), read(text).toString());
    }

    @Test
    void test_a_singular_unknown_name_joined_to_a_drug_stays_a_drug() {
        String text = "Notes\n\nFexofenadine blocks the histamine H1 receptor. It was given together with "
                + "velostrine in the trial.";
        assertTrue(typedNames(text).contains("DRUG velostrine"), typedNames(text).toString());
    }

    @Test
    void test_a_named_pharmacy_is_an_organisation() {
        String text = "News\n\nStaff at Hollybrook Pharmacy said that fexofenadine blocks the histamine H1 receptor.";
        assertTrue(typedNames(text).contains("ORGANIZATION Hollybrook Pharmacy"), typedNames(text).toString());
    }
}
