package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 400 showed litkg typing a cytokine as a company where "which makes" causes ("IL-17, which makes skin
 * cells pour out chemokines") and missing a partner drug fronted with its own relative clause ("Combined with
 * rituximab, which removes B cells, ZB-72 cut antibody levels"). The texts are written for the tests.
 */
class CausedMakersAndFrontedPartnersTest {

    @Test
    void test_a_name_whose_which_makes_causes_something_is_no_company() {
        List<String> names = Readings.typedNames("T cells release IL-22, which makes gut cells pour out "
                + "antimicrobial proteins.");
        assertFalse(names.contains("ORGANIZATION IL-22"), names.toString());
        List<String> read = Readings.read("T cells release IL-22, which makes gut cells pour out antimicrobial "
                + "proteins.");
        assertTrue(read.contains("T cell secretes IL-22"), read.toString());
    }

    @Test
    void test_a_name_whose_which_makes_a_product_is_a_company() {
        List<String> names = Readings.typedNames("The drug came from Corvane, which makes vixarelimab.");
        assertTrue(names.contains("ORGANIZATION Corvane"), names.toString());
    }

    @Test
    void test_a_fronted_partner_with_its_own_relative_clause_is_combined_with_the_subject_after_it() {
        List<String> read = Readings.read("Combined with rituximab, which removes B cells, obinutuzumab cut antibody "
                + "levels by 80%.");
        assertTrue(read.contains("obinutuzumab combinedWith rituximab"), read.toString());
    }
}
