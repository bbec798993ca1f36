package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 391 showed litkg missing a chemokine that "anchors" cells "through" a receptor; taking the maker in
 * "explains how CXCL12, made by stromal cells, anchors" for the subject; combining a drug with a kind's phrase rather
 * than the example it gives ("an anti-PD-1 antibody, such as cemiplimab"); missing cells "held in the stroma by" a
 * chemokine with no "be" before; and "an add-on to high-dose inhaled corticosteroids". The texts are written for the
 * tests.
 */
class AnchorsExamplesAndAddOnsTest {

    @Test
    void test_a_chemokine_that_anchors_cells_through_a_receptor_binds_it_and_the_cells_carry_it() {
        List<String> read = Readings.read("The talk explains how CXCL12, made by stromal cells in the bone marrow, "
                + "anchors plasma cells through CXCR4.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertTrue(read.contains("CXCR4 expressedOn plasma cell"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters plasma cell"), read.toString());
        assertFalse(read.contains("stromal cell sequesters plasma cell"), read.toString());
    }

    @Test
    void test_a_drug_combined_with_a_kind_is_combined_with_the_example_the_kind_gives() {
        List<String> read = Readings.read("The method comprises giving balixafortide in combination with an "
                + "anti-PD-1 antibody, such as nivolumab.");
        assertTrue(read.contains("balixafortide combinedWith nivolumab"), read.toString());
        assertFalse(read.contains("balixafortide combinedWith anti-PD-1 antibody"), read.toString());
    }

    @Test
    void test_cells_held_in_a_place_by_a_chemokine_are_sequestered_by_it() {
        List<String> read = Readings.read("Balixafortide frees T cells held in the tumour stroma by CXCL12.");
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
    }

    @Test
    void test_a_drug_given_as_an_add_on_to_a_class_is_combined_with_it() {
        List<String> read = Readings.read("Offer benralizumab as an add-on to high-dose inhaled corticosteroids.");
        assertTrue(read.contains("benralizumab combinedWith corticosteroid"), read.toString());
    }
}
