package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the seventy-first and seventy-second held-out sets showed litkg missing or misreading: a subject with a
 * participle or a bracketed relative clause after it, a part of a group in a list, cells named for their tissue, a
 * contracted copula, the answer to a question about a name, the verbs "sit on" and "dampen", two leaders joined by
 * "and", an expressed membrane protein, a name that modifies the noun after it, a class noun before the names it
 * labels, a class of antibodies exemplified, and a byline of initials. Every sentence is written for the test.
 */
class ParticiplesQuestionsAndCoLeadersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_the_cells_before_a_participle_or_a_bracketed_relative_clause_are_the_subject() {
        List<String> read = read("Endothelial cells lining inflamed blood vessels produce CX3CL1 in the joint. "
                + "Regulatory T cells (Tregs) that infiltrate tumours express high levels of CCR8 in these patients. "
                + "In the synovium, synovial fibroblasts also release CX3CL1. Macrophages lining blood vessels make CCL2.");
        assertTrue(read.contains("endothelial cell secretes CX3CL1"), read.toString());
        assertTrue(read.contains("synovial fibroblast secretes CX3CL1"), read.toString());
        assertTrue(read.contains("macrophage secretes CCL2"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("blood vessel")), read.toString());
        assertTrue(read.contains("CCR8 expressedOn regulatory T cell"), read.toString());
    }

    @Test
    void test_a_subset_of_cells_in_a_list_is_a_place_too() {
        List<String> read = read("Fractalkine binds CX3CR1, a receptor found on monocytes, natural killer cells and a "
                + "subset of cytotoxic T cells.");
        assertTrue(read.contains("CX3CR1 expressedOn monocyte"), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CX3CR1 expressedOn") && x.contains("T cell")), read.toString());
    }

    @Test
    void test_a_contracted_copula_and_the_answer_to_a_question_about_a_name() {
        List<String> read = read("The molecule being tested is called GLPR1207. It's a pill, and it's a GPR97 antagonist. "
                + "So what is GPR97? It sits on macrophages and neutrophils, the clean-up crews of the immune system.");
        assertTrue(read.contains("GLPR1207 blocks GPR97"), read.toString());
        assertTrue(read.contains("GPR97 expressedOn macrophage"), read.toString());
        assertTrue(read.contains("GPR97 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_dampening_a_chemokine_blocks_it() {
        List<String> read = read("Bindarolimab lowers CCL2 in the kidney, and it also dampens CCL7 and CCL8.");
        assertTrue(read.contains("bindarolimab blocks CCL7"), read.toString());
        assertTrue(read.contains("bindarolimab blocks CCL8"), read.toString());
    }

    @Test
    void test_two_researchers_joined_by_and_after_led_by_both_lead_each_at_their_own_workplace() {
        List<String> read = read("The paper, published in the Journal of Crohn's and Colitis, was led by Dr. Giulia "
                + "Ferrante-Osei of the University of Milan and Dr. Anders Plaatveld of Leiden University Medical Center.");
        assertTrue(read.contains("study ledBy Giulia Ferrante-Osei"), read.toString());
        assertTrue(read.contains("study ledBy Anders Plaatveld"), read.toString());
        assertTrue(read.contains("Anders Plaatveld affiliatedWith Leiden University Medical Center"), read.toString());
        assertTrue(read.contains("Giulia Ferrante-Osei affiliatedWith University of Milan"), read.toString());
        assertTrue(read.contains("study publishedIn Journal of Crohn's and Colitis"), read.toString());
    }

    @Test
    void test_a_byline_of_initials_is_one_line_whose_first_and_last_authors_lead() {
        List<String> read = read("M. Delahoz-Osei\u00b9, T. Reinholm\u00b2, Y. Amankwa-Sato\u00b9\n\n\u00b9Department of "
                + "Oncology, University of Oslo, Oslo, Norway; \u00b2Karolinska Institutet, Stockholm, Sweden\n\n"
                + "Velorixafor binds CCR8 on regulatory T cells in these patients.");
        assertTrue(read.contains("study ledBy M. Delahoz-Osei"), read.toString());
        assertTrue(read.contains("study ledBy Y. Amankwa-Sato"), read.toString());
        assertTrue(read.contains("M. Delahoz-Osei affiliatedWith University of Oslo"), read.toString());
        assertFalse(read.contains("study ledBy T. Reinholm"), read.toString()); // the middle author does not lead
    }

    @Test
    void test_a_membrane_protein_cells_express_is_on_them_and_a_name_joined_to_a_noun_is_no_second_object() {
        List<String> read = read("Macrophage migration inhibitory factor (MIF) binds CD74, which chronic "
                + "lymphocytic leukemia cells express at high levels, and triggers a survival signal. "
                + "Milvatuzumab did not block CXCR4, which also binds MIF, and CXCL12-driven migration was preserved.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CD74 expressedOn chronic lymphocytic")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("secretes CD74")), read.toString());
        assertTrue(read.contains("MIF binds CXCR4"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("CXCL12 binds")), read.toString());
    }

    @Test
    void test_a_class_noun_before_the_names_it_labels_and_an_antibody_class_exemplified() {
        List<String> read = read("Ibudilovir is a small molecule that inhibits MIF and the phosphodiesterases PDE4 and "
                + "PDE10. Doctors add a PD-1 antibody such as nivolumab or cemiplimab for these patients.");
        assertTrue(read.contains("ibudilovir blocks PDE4"), read.toString());
        assertTrue(read.contains("ibudilovir blocks PDE10"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("blocks phosphodiesterase")), read.toString());
        assertTrue(read.contains("nivolumab binds PD-1"), read.toString());
        assertTrue(read.contains("cemiplimab binds PD-1"), read.toString());
    }
}
