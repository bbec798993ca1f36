package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a chemokine draws in through a receptor, as a course survey's answers say it. Written for the test. */
class SurveysAndDrawnCellsTest {

    @Test
    void test_cells_a_chemokine_pulls_in_through_a_receptor_carry_it() {
        List<String> read = read("R2: CCL5 pulls monocytes in through CCR1. Simple and neat.");
        assertTrue(read.contains("CCL5 binds CCR1"), read.toString());
        assertTrue(read.contains("CCR1 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_the_place_the_cells_are_drawn_to_stands_between_them_and_the_receptor() {
        List<String> read = read("CCL17 guides regulatory T cells into the skin through CCR4.");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        assertTrue(read.contains("CCR4 expressedOn regulatory T cell"), read.toString());
        List<String> drug = read("The antibody recruits T cells through CD3 to the tumour.");
        assertFalse(drug.stream().anyMatch(x -> x.contains("expressedOn")), drug.toString());
        List<String> drawn = read("Macrophages make CXCL9. T cells recruited through CXCR3 drive the lesions.");
        assertTrue(drawn.contains("CXCR3 expressedOn T cell"), drawn.toString());
        assertFalse(drawn.contains("CXCL9 binds CXCR3"), "no chemokine is said to recruit them: " + drawn);
    }
}
