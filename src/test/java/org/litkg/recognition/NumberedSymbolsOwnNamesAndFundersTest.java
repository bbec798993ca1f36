package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A symbol with a digit and a second number after its hyphen is one name ("NKX2-1", "TB7-12"); a name the writers give
 * in a present-tense relative clause ("which we call X") takes the type of the noun before it; and a charity named for
 * a disease is an organisation where the text says it funds the work. Every sentence is written for the test.
 */
class NumberedSymbolsOwnNamesAndFundersTest {

    @Test
    void test_a_symbol_with_a_digit_keeps_its_second_number_before_a_comma() {
        Map<String, String> m = Recognitions.mentions("In the lung tumours we stained for NKX2-1, a lineage factor, and "
                + "for TTF1.");
        assertEquals("Protein", m.get("NKX2-1"), m.toString());
        assertNull(m.get("NKX2"), m.toString());
    }

    @Test
    void test_an_antibody_which_we_call_x_is_a_drug() {
        Map<String, String> m = Recognitions.mentions("Our new antibody, which we call TB7-12, sticks to CCR4 on the "
                + "regulatory T cells of the mice.");
        assertEquals("Drug", m.get("TB7-12"), m.toString());
    }

    @Test
    void test_a_drug_which_the_team_has_named_x_is_a_drug() {
        Map<String, String> m = Recognitions.mentions("The lead compound, which the team has named QX-5, slowed the "
                + "growth of the tumours in mice.");
        assertEquals("Drug", m.get("QX-5"), m.toString());
    }

    @Test
    void test_a_charity_named_for_a_disease_that_funds_the_work_is_an_organisation() {
        Map<String, String> m = Recognitions.mentions("The study was funded by Defeat Arthritis and the Wellcome Trust, "
                + "the researchers said.");
        assertEquals("Organization", m.get("Defeat Arthritis"), m.toString());
    }

    @Test
    void test_a_grant_from_a_charity_named_for_a_cancer_makes_it_an_organisation() {
        Map<String, String> m = Recognitions.mentions("The trial was paid for by a grant from Blood Cancer Action, a "
                + "patient group.");
        assertEquals("Organization", m.get("Blood Cancer Action"), m.toString());
    }

    @Test
    void test_a_disease_the_work_is_about_stays_a_disease() {
        Map<String, String> m = Recognitions.mentions("The study, funded by the Medical Research Council, followed "
                + "patients with Rheumatoid Arthritis for a year.");
        assertEquals("Disease", m.get("Rheumatoid Arthritis"), m.toString());
    }
}
