package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the seventeenth held-out set showed litkg missing or misreading: "Both bind", holding cells
 * (and containing them), a membrane protein "overexpressed by" cells, "drugs that inhibit X, such as Y",
 * cells "trapped in" a tissue or "held in" it by a chemokine, a relative clause whose head cannot fill the
 * role, "results in" a journal, and (from the eighteenth) "CXCR4-positive monocytes". Every sentence is
 * written for the test.
 */
class ClauseLinksTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_both_before_a_verb_the_tagger_calls_a_noun_stands_for_the_two_names_before() {
        List<String> read = read("Melanoma cells pour out the chemokines CCL17 and CCL22. Both bind CCR4.");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        assertTrue(read.contains("CCL22 binds CCR4"), read.toString());
    }

    @Test
    void test_holding_cells_close_sequesters_them_but_holding_many_cells_does_not() {
        List<String> read = read("Hodgkin lymphoma grows slowly. The tumour holds the Tregs close. "
                + "Tumours that held many T cells responded.");
        assertTrue(read.contains("hodgkin lymphoma sequesters regulatory T cell"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.endsWith("sequesters T cell")), read.toString());
    }

    @Test
    void test_a_membrane_protein_overexpressed_by_cancer_cells_is_expressed_on_them_not_secreted() {
        List<String> read = read("Patients had triple-negative breast cancer. TROP2 is a glycoprotein that is "
                + "overexpressed by most triple-negative breast cancer cells.");
        assertTrue(read.contains("TROP2 expressedOn triple-negative breast cancer"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("secretes TROP2")), read.toString());
    }

    @Test
    void test_drugs_listed_after_the_object_are_the_agents_of_a_relative_clause() {
        List<String> read = read("She said that drugs that inhibit FAP, such as varlibostat, might help.");
        assertTrue(read.contains("varlibostat blocks FAP"), read.toString());
    }

    @Test
    void test_cells_trapped_in_a_tissue_or_held_there_by_a_chemokine_are_sequestered() {
        List<String> read = read("T cells that carry CXCR4 are trapped in the fibrous stroma around the tumour. "
                + "Neutrophils are held in the bone marrow by CXCL12.");
        assertTrue(read.contains("fibrous tissue sequesters T cell"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters neutrophil"), read.toString());
    }

    @Test
    void test_a_relative_clause_whose_head_cannot_fill_the_role_gives_the_role_to_no_one() {
        List<String> read = read("Leukaemia cells hide in the bone marrow, where the endothelial cells that line its "
                + "blood vessels hold them in place.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("blood vessel")), read.toString());
    }

    @Test
    void test_results_in_a_journal_were_published_there() {
        List<String> read = read("The drug helped, according to results in The Lancet Oncology from a phase 3 trial.");
        assertTrue(read.contains("study publishedIn The Lancet Oncology"), read.toString());
    }

    @Test
    void test_a_symbol_positive_compound_puts_the_protein_on_the_cells() {
        List<String> read = read("The chemokine lures CXCR4-positive monocytes and endothelial progenitors into the tumour. "
                + "Triple-negative tumours grew.");
        assertTrue(read.contains("CXCR4 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CXCR4 expressedOn endothelial progenitor"), read.toString());
    }
}
