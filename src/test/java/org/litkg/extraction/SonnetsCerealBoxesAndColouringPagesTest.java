package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opening "it" after plural cells, one "it" for two verbs, a relative clause's "them" that is not the cells making
 * its antecedent, a relative clause cut short by "because", and cells named after the lymph node. Every text is written
 * for the test.
 */
class SonnetsCerealBoxesAndColouringPagesTest {

    @Test
    void test_an_opening_it_after_plural_cells_is_the_chemokine_for_both_of_its_verbs() {
        List<String> read = read("""
                Stromal cells release CXCL12 in the bone. It binds CXCR4 on stem cells and keeps them in the marrow \
                day and night.
                """);
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        assertFalse(read.contains("stromal cell sequesters stem cell"), read.toString());
        assertFalse(read.contains("bone sequesters stem cell"), read.toString());
    }

    @Test
    void test_them_in_a_relative_clause_is_not_the_cells_that_make_its_antecedent() {
        List<String> read = read("""
                Did you know? The stem cells that make your blood stay put because stromal cells release a chemokine \
                called CXCL12, which holds them in the marrow.
                """);
        assertTrue(read.contains("stromal cell secretes CXCL12"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        assertFalse(read.contains("stem cell secretes CXCL12"), read.toString());
        assertFalse(read.contains("CXCL12 sequesters stromal cell"), read.toString());
    }

    @Test
    void test_cells_named_after_the_lymph_node_are_cells_and_secrete() {
        List<String> read = read("""
                This is a T cell. CCR7 binds CCL19, which lymph node cells release, and that is how the T cell finds \
                its way home.
                """);
        assertTrue(read.contains("lymph node cell secretes CCL19"), read.toString());
        assertFalse(read.contains("lymph node secretes CCL19"), read.toString());
    }
}
