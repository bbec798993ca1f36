package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 434 showed litkg missing: cells that "find" a chemokine "through CCR7", as they "follow" or "sense" it
 * through a receptor. Every text is written for the test.
 */
class FoundThroughReceptorsTest {

    @Test
    void test_cells_that_find_a_chemokine_through_a_receptor_carry_the_receptor_it_binds() {
        List<String> read = Readings.read("Fibroblastic reticular cells make CCL19, and dendritic cells find it "
                + "through CCR7.");
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
        assertTrue(read.contains("CCR7 expressedOn dendritic cell"), read.toString());
    }

    @Test
    void test_researchers_who_found_a_protein_through_a_screen_bind_nothing() {
        List<String> read = Readings.read("We found CCL2 through a screen of 300 proteins in the blood of mice.");
        assertFalse(read.stream().anyMatch(x -> x.contains("binds")), read.toString());
    }
}
