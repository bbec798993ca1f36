package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 406 showed litkg missing the drug of "Inhibition of CCR10 with the small molecule XR-417", the disease
 * a patient page's short question names ("What is WHIM syndrome?"), and, once such questions were read, the cells an
 * answer refers back to past the question and its "Yes.". The texts are written for the tests.
 */
class QuestionPagesAndDescribedAgentsTest {

    @Test
    void test_the_drug_described_after_with_is_the_inhibiting_agent() {
        List<String> read = Readings.read("Blockade of CCR4 with the small molecule FLX-475 reduced Treg numbers.");
        assertTrue(read.contains("FLX-475 blocks CCR4"), read.toString());
    }

    @Test
    void test_a_short_question_over_its_answer_names_the_disease() {
        List<String> names = Readings.typedNames("Your questions answered\n\nWhat is CANDLE syndrome?\n"
                + "A rare inherited illness of the immune system.\n");
        assertTrue(names.contains("DISEASE CANDLE syndrome"), names.toString());
    }

    @Test
    void test_a_short_question_read_asserts_nothing() {
        List<String> read = Readings.read("Common questions\n\nDoes plerixafor block CCR5?\n"
                + "Ask your transplant nurse.\n");
        assertFalse(read.contains("plerixafor blocks CCR5"), read.toString());
    }

    @Test
    void test_cells_in_an_answer_refer_back_past_the_question_and_its_reply() {
        List<String> read = Readings.read("Faulty receptors trap neutrophils in the bone marrow, so few reach the "
                + "blood. Children with it get infections.\n\nIs there a treatment?\nYes. Motixafortide blocks CXCR4 "
                + "and lets the cells leave the marrow.\n");
        assertTrue(read.contains("motixafortide mobilizes neutrophil"), read.toString());
    }
}
