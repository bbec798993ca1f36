package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 405 showed litkg giving a particle verb's purpose to the partner drug ("given plerixafor together with
 * G-CSF to push his stem cells out") and missing the makers of a description whose relative pronoun is left out
 * ("IL-17A, the cytokine Th17 cells make"). The texts are written for the tests.
 */
class PartnersPurposesAndReducedMakersTest {

    @Test
    void test_the_drug_given_with_a_partner_to_push_cells_out_is_what_moves_them() {
        List<String> read = Readings.read("She was given motixafortide together with filgrastim to push her stem "
                + "cells out of the marrow.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes stem cell"), read.toString());
    }

    @Test
    void test_cells_in_a_description_without_its_relative_pronoun_make_the_protein_described() {
        List<String> read = Readings.read("Ustekinumab blocks IL-23, the cytokine dendritic cells make.");
        assertTrue(read.contains("dendritic cell secretes IL-23"), read.toString());
    }
}
