package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 414 showed litkg missing the blasts a leukaemia text names alone ("mobilised blasts into the
 * circulation"), a drug described as "a fully human anti-CXCR4 antibody", a second partner of "combined with X and
 * Y" that no lexicon lists, and giving a drug the binding of the chemokine it neutralises ("neutralises CCL2, the
 * chemokine that recruits monocytes through CCR2"). The texts are written for the tests.
 */
class LeukaemicBlastsAndDescribedAntibodiesTest {

    @Test
    void test_blasts_named_alone_in_a_leukaemia_text_are_the_leukaemias_cells() {
        List<String> read = Readings.read("In acute myeloid leukaemia, CXCR4 holds the cells in the marrow. "
                + "Plerixafor mobilised blasts into the blood.");
        assertTrue(read.contains("plerixafor mobilizes acute myeloid leukemia"), read.toString());
    }

    @Test
    void test_a_drug_described_as_a_fully_human_antibody_is_the_one_drug() {
        List<String> read = Readings.read("Ulocuplumab, a fully human anti-CXCR4 antibody, was combined with "
                + "cytarabine.");
        assertTrue(read.contains("ulocuplumab combinedWith cytarabine"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("anti-CXCR4 antibody")), read.toString());
    }

    @Test
    void test_the_second_partner_a_drug_is_combined_with_is_a_drug() {
        List<String> names = Readings.typedNames("The antibody was combined with cytarabine and zelvoratide.");
        assertTrue(names.contains("DRUG zelvoratide"), names.toString());
    }

    @Test
    void test_a_chemokine_that_recruits_cells_through_a_receptor_binds_it_not_the_drug_that_neutralises_it() {
        List<String> read = Readings.read("Carlumab neutralises CCL2, the chemokine that recruits monocytes through "
                + "CCR2.");
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertFalse(read.contains("carlumab binds CCR2"), read.toString());
    }
}
