package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells a drug keeps from going somewhere are no ligand kept off the protein it binds; cells kept from latching onto
 * the protein, or from making one, still say it blocks. Every sentence is written for the test.
 */
class CellsKeptAwayTest {

    @Test
    void test_cells_kept_from_crossing_somewhere_say_nothing_of_blocking() {
        List<String> read = read("Vedolizumab binds alpha4beta7 on T cells and stops these cells from entering the gut.");
        assertTrue(read.contains("vedolizumab binds alpha4beta7"), read.toString());
        assertFalse(read.contains("vedolizumab blocks alpha4beta7"), read.toString());
    }

    @Test
    void test_cells_kept_from_latching_onto_the_protein_mean_it_is_blocked() {
        List<String> read = read("Inclacumab binds P-selectin and prevents blood cells from sticking to it.");
        assertTrue(read.contains("inclacumab blocks P-selectin"), read.toString());
    }
}
