package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 376 showed litkg missing or misreading: "malignant T cells" taken for all T cells, a verb
 * left out after "and so do", an editor's note whose wrong claim is reported without "that", "they" after a fronted
 * "When" clause with a subject of its own, and "two receptors for it, A and B". Every text is written for the test.
 */
class MalignantCellsAndAddedDoersTest {

    @Test
    void test_malignant_cells_of_a_lineage_are_not_the_whole_lineage() {
        List<String> read = Readings.read("In the lymphoma, the malignant T cells carry CCR4.");
        assertTrue(read.contains("CCR4 expressedOn malignant T cell"), read.toString());
        assertFalse(read.contains("CCR4 expressedOn T cell"), read.toString());
    }

    @Test
    void test_and_so_do_adds_a_subject_to_the_clause_before() {
        List<String> read = Readings.read("Neutrophils carry CXCR2, and so do some monocytes.");
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_as_do_adds_a_subject_that_is_the_statements_subject() {
        List<String> read = Readings.read("Tumour cells in the pancreas release CXCL12, as do fibroblasts.");
        assertTrue(read.contains("fibroblast secretes CXCL12"), read.toString());
    }

    @Test
    void test_a_claim_reported_without_that_and_said_again_otherwise_is_denied() {
        List<String> read = Readings.read("Tovarimab is an antibody. Editor's note: An earlier version of this "
                + "article said the antibody blocks CCR8. It blocks CCR6.");
        assertTrue(read.contains("tovarimab blocks CCR8 NEG"), read.toString());
        assertTrue(read.contains("tovarimab blocks CCR6"), read.toString());
    }

    @Test
    void test_they_after_a_fronted_when_clause_is_that_clauses_subject() {
        List<String> read = Readings.read("The trial enrols adults with fibrosis caused by fatty liver disease. "
                + "When liver cells are damaged, they send out CCL2.");
        assertTrue(read.contains("liver cell secretes CCL2"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("fatty liver disease")), read.toString());
    }

    @Test
    void test_two_receptors_for_a_ligand_apposed_as_a_list_each_bind_it() {
        List<String> read = Readings.read("Injured skin releases CXCL8. Neutrophils carry two receptors for it, "
                + "CXCR1 and CXCR2.");
        assertTrue(read.contains("CXCL8 binds CXCR1"), read.toString());
        assertTrue(read.contains("CXCL8 binds CXCR2"), read.toString());
        assertFalse(read.contains("CXCR1 binds CXCR2"), read.toString());
    }
}
