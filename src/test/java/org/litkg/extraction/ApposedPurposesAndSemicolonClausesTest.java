package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two readings set 422 showed litkg missing: a drug approved for moving cells, said in an apposition that names its
 * target ("plerixafor, a CXCR4 antagonist approved for stem cell mobilisation"), and the subject after a participle
 * that opens a clause after a semicolon ("...; combined with an anti-PD-1 antibody, it did"). Every sentence is
 * written for the test.
 */
class ApposedPurposesAndSemicolonClausesTest {

    @Test
    void test_a_drug_apposed_to_a_class_approved_for_mobilisation_moves_the_cells() {
        List<String> read = Readings.read("The authors treated mice with plerixafor, a CXCR4 antagonist approved for "
                + "stem cell mobilisation, and saw T cells flood into the tumour nests.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_it_after_a_participle_opening_a_clause_after_a_semicolon_is_the_earlier_subject() {
        List<String> read = Readings.read("Plerixafor alone did not shrink the tumours in mice; combined with an "
                + "anti-PD-1 antibody, it did.");
        assertTrue(read.contains("plerixafor combinedWith anti-PD-1 antibody"), read.toString());
    }
}
