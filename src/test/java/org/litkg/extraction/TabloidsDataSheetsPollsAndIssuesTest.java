package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tabloid's lead researcher, a safety data sheet's supplier and mechanism, a poll's answer and a code issue's
 * corrected legend. Every text is written for the test.
 */
class TabloidsDataSheetsPollsAndIssuesTest {

    @Test
    void test_a_lead_researcher_leads_the_study_even_with_her_age_after_her_name() {
        List<String> read = read("""
                Scientists at the University of Leeds found the tumours pump out a chemical called CXCL5.

                Lead researcher Dr Maria Halloran-Price, 44, said: "It's like switching off a beacon."
                """);
        assertTrue(read.contains("study ledBy Maria Halloran-Price"), read.toString());
        assertFalse(read.contains("Maria Halloran-Price affiliatedWith University of Leeds"), read.toString());
    }

    @Test
    void test_the_binding_of_a_ligand_to_a_receptor_says_the_ligand_binds_it() {
        List<String> read = read("Motixafortide is a peptide antagonist of CXCR4. It blocks the binding of CXCL12 to "
                + "CXCR4 and mobilises haematopoietic stem cells into the blood.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertFalse(read.contains("motixafortide blocks CXCL12"), read.toString());
    }

    @Test
    void test_a_data_sheets_supplier_field_names_a_company() {
        List<String> names = typedNames("""
                SECTION 1: Identification
                Product name: Motixafortide (BL-8040)
                Supplier: Kestrel Biochem Ltd, Cambridge, UK
                Recommended use: Laboratory research only
                """);
        assertTrue(names.contains("ORGANIZATION Kestrel Biochem Ltd"), names.toString());
    }

    @Test
    void test_a_polls_answer_is_what_it_was_not_the_first_name_it_gives() {
        List<String> read = read("""
                POLL: Which chemokine do melanoma cells release to draw CCR4+ regulatory T cells into the tumour?
                CCL17   38%
                CCL22   41%

                Answer: both CCL17 and CCL22 bind CCR4, but in the Nature Medicine study it was CCL22. Well done!
                """);
        assertTrue(read.contains("melanoma secretes CCL22"), read.toString());
        assertFalse(read.contains("melanoma secretes CCL17"), read.toString());
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
    }

    @Test
    void test_a_quoted_claim_the_next_sentence_puts_right_is_denied() {
        List<String> read = read("Also, the legend still says \"CCL2 binds CCR5\". CCL2 binds CCR2, not CCR5.");
        assertTrue(read.contains("CCL2 binds CCR5 NEG"), read.toString());
        assertFalse(read.contains("CCL2 binds CCR5"), read.toString());
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
    }

    @Test
    void test_a_quoted_claim_said_again_is_not_denied() {
        List<String> read = read("The legend says \"CCL2 binds CCR2\". CCL2 binds CCR2 on monocytes, not on T cells.");
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertFalse(read.contains("CCL2 binds CCR2 NEG"), read.toString());
    }

    @Test
    void test_a_paper_cited_in_press_is_published_in_its_journal() {
        List<String> read = read("The heatmap labels it CCR2 only, but the paper (Journal of Clinical Investigation, "
                + "in press) shows that cenicriviroc blocks both CCR2 and CCR5 on monocytes.");
        assertTrue(read.contains("study publishedIn Journal of Clinical Investigation"), read.toString());
        assertTrue(read.contains("cenicriviroc blocks CCR5"), read.toString());
    }
}
