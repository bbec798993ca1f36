package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells kept "at home" in a tissue, and cells named after the gills. Every text is written for the test. */
class TarotReadingsAndBottledMessagesTest {

    @Test
    void test_cells_kept_at_home_in_a_tissue_are_sequestered_and_cells_kept_at_bay_are_not() {
        List<String> read = read("""
                The Hermit: CXCL12, which stromal cells release, keeps the stem cells at home in the marrow.
                """);
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        List<String> away = read("""
                The new drug keeps regulatory T cells at bay in the tumour, where they cannot act.
                """);
        assertFalse(away.toString().contains("sequesters"), away.toString());
    }

    @Test
    void test_cells_named_after_the_gills_secrete() {
        List<String> read = read("""
                The note inside read: "Damaged gill cells in fish release CXCL8, which binds CXCR2 on their neutrophils."
                """);
        assertTrue(read.contains("gill cell secretes CXCL8"), read.toString());
    }
}
