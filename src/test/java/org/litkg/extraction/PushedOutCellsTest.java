package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drug that pushes "them" out, the cells named before: "CXCL12 holds leukaemia cells in the marrow, and
 * motixafortide can push them out into the blood". Every text is written for the test.
 */
class PushedOutCellsTest {

    @Test
    void test_a_drug_that_pushes_them_out_mobilises_the_cells_they_stand_for() {
        List<String> read = read("Door sign\n\nWhat we study: how CXCL12 holds myeloma cells in the bone marrow, and "
                + "whether plerixafor, which blocks CXCR4, can push them out into the blood.");
        assertTrue(read.contains("plerixafor mobilizes myeloma HEDGE"), read.toString());
    }
}
