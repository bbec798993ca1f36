package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 396 showed litkg losing the second receptor a drug blocks past a definite apposition ("blocks CCR2, the
 * receptor monocytes use to follow CCL2 into the liver, and CCR5") and reading "it marks them for destruction" as
 * blocking the receptor where "them" are the cells named last. The texts are written for the tests.
 */
class DefiniteAppositionListsAndMarkedCellsTest {

    @Test
    void test_a_list_goes_on_past_a_definite_apposition_to_a_name_of_the_first_ones_type() {
        List<String> read = Readings.read("Leronlimab blocks CCR5, the receptor T cells use to follow CCL5 into the "
                + "inflamed gut, and CCR2.");
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
        assertTrue(read.contains("leronlimab blocks CCR2"), read.toString());
    }

    @Test
    void test_a_name_inside_the_apposition_is_not_coordinated_with_the_name_after_it() {
        List<String> read = Readings.read("Leronlimab blocks CCR5, the receptor for CCL5, and CCR2.");
        assertTrue(read.contains("leronlimab blocks CCR2"), read.toString());
        assertTrue(read.contains("CCL5 binds CCR5"), read.toString());
        assertFalse(read.contains("CCL5 binds CCR2"), read.toString());
        assertFalse(read.contains("CCR2 binds CCR5"), read.toString());
    }

    @Test
    void test_them_after_the_cells_named_last_dooms_the_cells_not_the_receptor() {
        List<String> read = Readings.read("Tafasitamab is an antibody that binds CD19, a protein found on the "
                + "cancerous B cells. Once attached, it marks them for destruction.");
        assertTrue(read.contains("tafasitamab binds CD19"), read.toString());
        assertFalse(read.contains("tafasitamab blocks CD19"), read.toString());
    }

    @Test
    void test_them_after_two_receptors_dooms_both() {
        List<String> read = Readings.read("Navicixizumab binds CXCR1 and CXCR2. It then marks them for destruction.");
        assertTrue(read.contains("navicixizumab blocks CXCR1"), read.toString());
        assertTrue(read.contains("navicixizumab blocks CXCR2"), read.toString());
    }
}
