package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells that leave once a drug has blocked what held them, names before a counted class, a place that traps nothing,
 * a made thing's credit line, and a drug called by name and then spoken to. Every text is written for the test.
 */
class SubtitlesPlantLabelsForecastsAndChantsTest {

    @Test
    void test_cells_that_leave_after_a_drug_blocks_their_receptor_are_mobilised_by_it() {
        List<String> next = read("""
                Burixafor blocks CXCR4. The stem cells drift out into the blood.
                """);
        assertTrue(next.contains("burixafor mobilizes stem cell"), next.toString());
        List<String> same = read("""
                Vorixafor arrives and blocks CXCR4; T cells break out by evening.
                """);
        assertTrue(same.contains("vorixafor mobilizes T cell"), same.toString());
        List<String> denied = read("""
                Burixafor does not block CXCR4, and the stem cells drift out anyway.
                """);
        assertFalse(denied.contains("burixafor mobilizes stem cell"), denied.toString());
        List<String> may = read("""
                Burixafor is a pill that blocks CXCR4, so the stem cells can leave.
                """);
        assertFalse(may.contains("burixafor mobilizes stem cell"), may.toString());
    }

    @Test
    void test_names_before_a_counted_class_are_drugs() {
        List<String> read = read("""
                This plant gave us vinflunine and vinorelbine, two cancer drugs that bind tubulin.
                """);
        assertTrue(read.contains("vinflunine binds tubulin"), read.toString());
        assertTrue(read.contains("vinorelbine binds tubulin"), read.toString());
    }

    @Test
    void test_a_place_across_which_a_chemokine_is_released_traps_nothing() {
        List<String> read = read("""
                Morning: cancer-associated fibroblasts release CXCL12 across the stroma, trapping T cells.
                """);
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
        assertFalse(read.contains("stroma sequesters T cell"), read.toString());
    }

    @Test
    void test_a_forecasts_credit_line_places_its_maker() {
        List<String> read = read("""
                Tumour weather: Monday

                Morning: tumour cells release CCL2, trapping monocytes.

                Forecast by Dr. Iona Baptiste-Kowalczyk, Beatson Institute
                """);
        assertTrue(read.contains("Iona Baptiste-Kowalczyk affiliatedWith Beatson Institute"), read.toString());
    }

    @Test
    void test_you_after_a_called_drug_is_the_drug() {
        List<String> read = read("""
                The away end's chant

                "Maraviroc! Maraviroc! You block CCR5! The T cells lose their way, and we want more!"
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }
}
