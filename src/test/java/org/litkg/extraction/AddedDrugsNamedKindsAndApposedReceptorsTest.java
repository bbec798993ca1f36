package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drug "added" with no "to" joins the drug the sentence's earlier clause is about; "a kind of cell called X" places a
 * receptor on X; "Y, a receptor that is also present on X" places Y; ", a receptor on X, and keeps" shares the first verb's
 * subject; and cells kept "in small clusters inside the liver" are kept in the liver. Every sentence is written for
 * the test.
 */
class AddedDrugsNamedKindsAndApposedReceptorsTest {

    @Test
    void test_a_drug_added_after_a_clause_about_another_is_combined_with_it() {
        List<String> read = read("Nemolizumab slowed the itching a little on its own, but when we added dupilumab, the "
                + "rash cleared in most patients.");
        assertTrue(read.contains("nemolizumab combinedWith dupilumab") || read.contains("dupilumab combinedWith nemolizumab"),
                read.toString());
    }

    @Test
    void test_a_drug_added_in_the_passive_after_a_clause_about_another_is_combined_with_it() {
        List<String> read = read("Tislelizumab shrank few tumours, but once sitravatinib was added, half of them shrank.");
        assertTrue(read.contains("sitravatinib combinedWith tislelizumab") || read.contains("tislelizumab combinedWith sitravatinib"),
                read.toString());
    }

    @Test
    void test_a_drug_added_with_nothing_before_it_is_combined_with_nothing() {
        List<String> read = read("When we added dupilumab, the rash cleared in most of the patients in the clinic.");
        assertFalse(read.stream().anyMatch(r -> r.contains("combinedWith")), read.toString());
    }

    @Test
    void test_a_receptor_on_a_type_of_cell_called_x_is_on_x() {
        List<String> read = read("The ointment turns off CCR6, a receptor on a kind of white blood cell called Th17 "
                + "cells, in the skin.");
        assertTrue(read.contains("CCR6 expressedOn th17 cell"), read.toString());
    }

    @Test
    void test_a_type_of_cell_not_named_places_the_receptor_nowhere() {
        List<String> read = read("The ointment turns off CCR6, a receptor on a kind of white blood cell, in the skin.");
        assertFalse(read.stream().anyMatch(r -> r.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_receptor_that_is_found_on_cells_after_a_name_places_the_name() {
        List<String> read = read("The compound did not block CCR7, a second receptor that is also present on dendritic cells.");
        assertTrue(read.contains("CCR7 expressedOn dendritic cell"), read.toString());
    }

    @Test
    void test_a_second_verb_after_an_apposition_on_the_object_shares_the_first_subject() {
        List<String> read = read("CXCL16 binds to CXCR6, a receptor carried by natural killer cells, and keeps them "
                + "inside the fatty liver.");
        assertTrue(read.contains("CXCL16 sequesters natural killer cell"), read.toString());
    }

    @Test
    void test_cells_kept_in_structures_inside_an_organ_are_sequestered() {
        List<String> read = read("CXCL16 keeps the T cells packed in small nest-like clusters inside the liver.");
        assertTrue(read.contains("CXCL16 sequesters T cell"), read.toString());
    }
}
