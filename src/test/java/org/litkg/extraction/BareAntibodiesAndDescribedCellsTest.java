package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 366 showed litkg missing or misreading: an abstract's bare "anti-PD-L1" as a drug combined
 * with another, and cells described after a comma by a bare plural with its own relative clause ("Th17 cells, immune
 * cells that drive ...") taken for a second kind of cell. Every text is written for the test.
 */
class BareAntibodiesAndDescribedCellsTest {

    @Test
    void test_a_bare_anti_symbol_is_an_antibody_drug() {
        List<String> read = Readings.read("QX-17, a CXCR4 antagonist, plus anti-CTLA-4 reduced tumour growth.");
        assertTrue(read.contains("QX-17 combinedWith anti-CTLA-4"), read.toString());
        List<String> names = Readings.typedNames("Aspirin is an anti-inflammatory drug.");
        assertFalse(names.stream().anyMatch(n -> n.contains("anti-inflammatory")), names.toString());
        names = Readings.typedNames("The carrier delivers anti-TNF (tumour necrosis factor)-α siRNA to cells.");
        assertFalse(names.stream().anyMatch(n -> n.contains("anti-TNF")), names.toString());
    }

    @Test
    void test_a_bare_plural_with_a_relative_after_a_comma_describes_the_cells_before() {
        List<String> read = Readings.read("CCR10 is found on plasma cells, immune cells that make antibodies.");
        assertTrue(read.contains("CCR10 expressedOn plasma cell"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("leukocyte")), read.toString());
    }
}
