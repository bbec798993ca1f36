package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Them" after cells held in one tumour: the cells, not the tumour. The text is written for the test. */
class FanFictionSummariesTest {

    @Test
    void test_them_after_cells_in_one_tumour_stands_for_the_cells() {
        List<String> read = read("Summary: When CXCL12 traps the T cells in a pancreatic tumour, only motixafortide "
                + "can set them free.");
        assertTrue(read.contains("motixafortide mobilizes T cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("motixafortide mobilizes pancreatic")), read.toString());
    }
}
