package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A television listing's "sets them free", a game card's drug over its fields with "Special move: blocks X", and a
 * consignment note's item followed by "An antibody that binds X". Every text is written for the test.
 */
class ListingsTagsNotesAndCardsTest {

    @Test
    void test_a_drug_that_sets_cells_free_mobilises_them() {
        List<String> read = read("""
                Dr. Priyanka Oduya-Strand shows how CXCL12 holds stem cells in the bone marrow, and how the drug \
                motixafortide sets them free.
                """);
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_cards_drug_heading_is_the_subject_of_its_special_move_and_its_fun_fact() {
        List<String> read = read("""
                IMMUNE TOP TRUMPS: Card 9

                PLERIXAFOR
                Size: small molecule
                Special move: blocks CXCR4 on stem cells.
                Fun fact: it was approved by the FDA in 2008.
                """);
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("plerixafor approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_label_naming_its_drug_is_the_subject_of_the_verb_after_its_colon() {
        List<String> read = read("""
                Cheat sheet for the ward

                • Maraviroc: blocks CCR5. Oral. Approved by the FDA in 2007.
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_an_indefinite_description_after_a_clipped_item_describes_the_items_drug() {
        List<String> read = read("""
                Consignee: Dr. Tamsin Achebe-Lowry, Beatson Institute for Cancer Research, Glasgow

                Item 1: mogamulizumab, 4 vials. An antibody that binds CCR4 on lymphoma cells. Store cold.
                """);
        assertTrue(read.contains("mogamulizumab binds CCR4"), read.toString());
        List<String> prose = read("""
                Plerixafor was approved by the FDA in 2008 for stem cell mobilisation. A drug that blocks CCR5 is now \
                being tested in the same patients.
                """);
        assertFalse(prose.contains("plerixafor blocks CCR5"), prose.toString());
    }
}
