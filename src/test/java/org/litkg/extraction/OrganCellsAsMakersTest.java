package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "CCL19, made by lymph node stromal cells, binds CCR7": an organ named before the cells only says whose cells they
 * are, so the cells, not the organ, make the chemokine. Every text is written for the test.
 */
class OrganCellsAsMakersTest {

    @Test
    void test_the_cells_an_organ_names_make_the_chemokine_not_the_organ() {
        List<String> read = read("Audiobook\n\nThe narrator explains how the chemokine CCL19, made by lymph node "
                + "stromal cells, binds CCR7 on dendritic cells.");
        // the organ's name is the cells' own ("lymph node" is a cell modifier), not a maker of its own
        assertTrue(read.contains("lymph node stromal cell secretes CCL19"), read.toString());
        assertFalse(read.contains("lymph node secretes CCL19"), read.toString());
    }
}
