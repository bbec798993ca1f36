package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 368 showed litkg missing or misreading: a purpose clause after a binding or blocking verb
 * ("binds CXCR6 on the T cells to hold them near the tumour cells"), "resident memory T cells", cells described by a
 * bare plural with a relative clause of its own as the subject of that clause, "their surface" past a singular tumour,
 * and a clause after ", and" following a passive's agent. Every text is written for the test.
 */
class MeansPurposesAndResidentCellsTest {

    @Test
    void test_the_subject_of_a_binding_or_blocking_verb_does_what_its_purpose_clause_says() {
        List<String> read = Readings.read("CXCL9 bound CXCR3 on the T cells to hold them near the blood vessels.");
        assertTrue(read.contains("CXCL9 sequesters T cell"), read.toString());
        read = Readings.read("Burixafor blocks CXCR4 to release stem cells into the blood.");
        assertTrue(read.contains("burixafor mobilizes stem cell"), read.toString());
        // another verb between them owns the purpose: the fibroblasts make it, not the chemokine
        read = Readings.read("CCL18 binds CCR8 on fibroblasts and pushes them to make collagen.");
        assertFalse(read.contains("CCL18 secretes collagen"), read.toString());
    }

    @Test
    void test_resident_memory_t_cells_are_named_whole_with_or_without_their_tissue() {
        List<String> names = Readings.typedNames("CXCR6 is expressed by resident memory T cells in the skin.");
        assertTrue(names.contains("CELL_TYPE resident memory T cell"), names.toString());
        names = Readings.typedNames("Tissue-resident memory T cells persist after the infection clears.");
        assertTrue(names.contains("CELL_TYPE tissue-resident memory T cell"), names.toString());
    }

    @Test
    void test_a_bare_plural_with_its_own_relative_clause_describes_the_cells_before_it() {
        List<String> read = Readings.read("Lesions are full of eosinophils, white blood cells that carry CCR3.");
        assertTrue(read.contains("CCR3 expressedOn eosinophil"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("leukocyte")), read.toString());
    }

    @Test
    void test_their_surface_skips_a_singular_tumour_for_the_cells_before_it() {
        List<String> read = Readings.read("Melanomas grow fast. Keratinocytes make CCL17, which draws regulatory T "
                + "cells into the tumour by binding CCR4 on their surface.");
        assertTrue(read.contains("CCR4 expressedOn regulatory T cell"), read.toString());
    }

    @Test
    void test_a_clause_after_a_passive_agent_and_a_comma_is_not_its_conjunct() {
        List<String> read = Readings.read("CXCL13 was produced by stromal cells, and CXCL13 held the B cells in the "
                + "follicles.");
        assertTrue(read.contains("CXCL13 sequesters B cell"), read.toString());
        assertFalse(read.contains("stromal cell sequesters B cell"), read.toString());
    }

    @Test
    void test_an_axis_that_keeps_cells_in_a_place_leaves_the_place_no_keeper() {
        List<String> read = Readings.read("The CXCL16-CXCR6 axis keeps memory T cells in lung tumours.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("lung tumo")), read.toString());
    }
}
