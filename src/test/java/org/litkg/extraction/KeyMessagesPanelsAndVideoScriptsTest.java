package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A key messages box under its citation, a video script's beats, an editor's summary. Written for the test. */
class KeyMessagesPanelsAndVideoScriptsTest {

    @Test
    void test_a_citation_line_names_a_journal_called_by_an_ordinary_word() {
        List<String> read = read("""
                Gut 2026;75:881-90

                What this study adds
                - Colon cancer cells release CCL20, which binds CCR6 on Th17 cells.
                """);
        assertTrue(read.contains("study publishedIn Gut"), read.toString());
    }

    @Test
    void test_an_ordinary_word_opening_a_sentence_is_no_journal() {
        List<String> read = read("Gut bacteria in 2026 patients release CCL20, which binds CCR6 on Th17 cells.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_drug_given_alone_and_with_another_is_combined_with_it() {
        List<String> read = read("The CCR6 antagonist CCX2553 slowed tumour growth in mice, alone and with oxaliplatin.");
        assertTrue(read.contains("CCX2553 combinedWith oxaliplatin"), read.toString());
    }

    @Test
    void test_cells_that_flood_into_the_blood_after_a_drug_blocks_their_receptor_are_mobilised() {
        List<String> read = read("Enter motixafortide. It blocks CXCR4, and the stem cells flood into your blood.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        List<String> tumour = read("Motixafortide blocks CXCR4. The T cells move into the tumour.");
        assertFalse(tumour.contains("motixafortide mobilizes T cell"), tumour.toString());
    }

    @Test
    void test_cells_a_chemokine_calls_by_a_pronoun_through_a_receptor_carry_it() {
        List<String> read = read("Neutrophils leave the bone marrow when CXCL1 calls them through CXCR2.");
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
    }
}
