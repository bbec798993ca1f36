package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 380 showed litkg missing: "liver metastases" read as the liver, so the tumour cells in them
 * were taken for the liver tumours named next; and, once metastases were a cancer, "Macrophages at the edge of the
 * metastases produce CCL5" gave the metastases the chemokine; and cells that "move into your blood" after a fronted
 * "Without that hold," which the drug of the sentence before let go. Every text is written for the test.
 */
class MetastasesAndPlacePartsTest {

    @Test
    void test_metastases_named_by_their_organ_are_a_cancer_whose_cells_act() {
        String text = "In liver metastases, tumour cells release CXCL5, which draws neutrophils.";
        assertTrue(Readings.typedNames(text).contains("CANCER liver metastasis"), Readings.typedNames(text).toString());
        List<String> read = Readings.read(text);
        assertTrue(read.contains("liver metastasis secretes CXCL5"), read.toString());
    }

    @Test
    void test_a_named_cancers_metastases_are_that_cancer() {
        List<String> names = Readings.typedNames("Colorectal cancer metastases in the liver use CCR5 to grow.");
        assertTrue(names.contains("CANCER colorectal cancer"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("metastasis")), names.toString());
    }

    @Test
    void test_cells_at_the_edge_of_a_tumour_are_the_subject_not_the_tumour() {
        List<String> read = Readings.read("Colorectal cancer spreads to the liver. Macrophages at the edge of the "
                + "tumour produce CCL5.");
        assertTrue(read.contains("macrophage secretes CCL5"), read.toString());
        assertFalse(read.contains("colorectal cancer secretes CCL5"), read.toString());
    }

    @Test
    void test_cells_leaving_after_a_fronted_consequence_are_freed_by_the_drug_told_before() {
        List<String> read = Readings.read("Plerixafor blocks CXCR4. Without that hold, stem cells move into your "
                + "blood.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }

    @Test
    void test_cells_leaving_without_a_named_thing_are_not_freed_by_the_drug_told_before() {
        List<String> read = Readings.read("Brensocatib blocks DPP1. Without DPP1, the neutrophils leave the marrow "
                + "unarmed.");
        assertFalse(read.stream().anyMatch(r -> r.contains("mobilizes")), read.toString());
    }
}
