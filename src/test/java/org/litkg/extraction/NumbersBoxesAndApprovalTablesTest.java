package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newsletter's "By the numbers" lines, a glossary's clipped approval with its purpose and a diagram's arrows. Written
 * for the test.
 */
class NumbersBoxesAndApprovalTablesTest {

    @Test
    void test_a_counted_line_blocks_the_bracketed_receptors_its_noun_names() {
        List<String> read = read("""
                By the numbers

                2 - receptors blocked by leronlimab (CCR5 and CCR2)
                2019 - the year the trial began
                """);
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
        assertTrue(read.contains("leronlimab blocks CCR2"), read.toString());
        List<String> unbracketed = read("Receptors blocked by leronlimab are few, but CCR5 is one of many.");
        assertFalse(unbracketed.contains("leronlimab blocks CCR5"), unbracketed.toString());
    }

    @Test
    void test_a_clipped_approval_for_a_purpose_gives_the_purpose_to_the_labelled_drug() {
        List<String> read = read("Aphexda: motixafortide; approved by the FDA to mobilize stem cells for collection.");
        assertTrue(read.contains("motixafortide approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_diagrams_arrows_from_cells_to_a_chemokine_to_a_receptor_make_and_bind() {
        List<String> read = read("""
                How T cells find the node (text version of the diagram)

                lymphatic endothelial cells → CCL21 → CCR7 (on T cells)
                """);
        assertTrue(read.contains("lymphatic endothelial cell secretes CCL21"), read.toString());
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        List<String> drug = read("Plerixafor → CXCR4 → CXCL12 (in the marrow)");
        assertFalse(drug.stream().anyMatch(x -> x.contains("binds") || x.contains("blocks")), drug.toString());
    }
}
