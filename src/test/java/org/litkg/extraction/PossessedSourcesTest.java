package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 436 showed litkg missing a source named through a possessive: "CXCL1 was elevated, and peritoneal
 * macrophages were its main source", as "the main source of CXCL1" reads. Every text is written for the test.
 */
class PossessedSourcesTest {

    @Test
    void test_cells_that_are_a_chemokines_main_source_secrete_it() {
        List<String> read = Readings.read("In the fluid, CXCL1 was elevated, and peritoneal macrophages were its main "
                + "source.");
        assertTrue(read.contains("macrophage secretes CXCL1"), read.toString());
    }

    @Test
    void test_its_source_is_the_ligands_never_the_receptors() {
        List<String> read = Readings.read("CXCL12 binds CXCR4, and the bone marrow is its main source in adults.");
        assertTrue(read.contains("bone marrow secretes CXCL12"), read.toString());
        assertFalse(read.contains("bone marrow secretes CXCR4"), read.toString());
    }
}
