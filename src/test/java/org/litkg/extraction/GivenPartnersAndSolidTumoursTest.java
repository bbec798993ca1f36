package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 409 showed litkg missing the unlisted partner of "BX-771, which blocks CXCR4, given with temozolomide"
 * and reading "advanced solid tumours" as no cancer of its own. The texts are written for the tests.
 */
class GivenPartnersAndSolidTumoursTest {

    @Test
    void test_a_coined_word_given_with_a_drug_is_a_drug_given_with_it() {
        List<String> read = Readings.read("In rats, QX-310, which blocks CCR2, given with lurbinectedin shrank "
                + "the tumours.");
        assertTrue(read.contains("QX-310 combinedWith lurbinectedin"), read.toString());
    }

    @Test
    void test_radiotherapy_given_with_a_drug_is_no_drug() {
        List<String> names = Readings.typedNames("QX-310 was given with radiotherapy.");
        assertFalse(names.stream().anyMatch(n -> n.contains("radiotherapy")), names.toString());
    }

    @Test
    void test_solid_tumours_a_trial_enrols_are_a_cancer() {
        List<String> names = Readings.typedNames("The phase 1 trial of QX-310 enrols adults with advanced solid "
                + "tumours.");
        assertTrue(names.contains("CANCER solid tumor"), names.toString());
    }

    @Test
    void test_solid_tumours_named_in_passing_are_not_the_cancer_its_cells_belong_to() {
        List<String> read = Readings.read("Fibrolamellar carcinoma is a rare liver cancer. Immunotherapy often fails "
                + "in solid tumours. Here the cancer cells secrete CXCL12.");
        assertTrue(read.contains("fibrolamellar carcinoma secretes CXCL12"), read.toString());
    }
}
