package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crossword's answered clues, a chat's added partner, a journal named before its paper, and cells named by what they
 * carry. Every text is written for the test.
 */
class CluesThreadsAndJournalPapersTest {

    @Test
    void test_a_clue_describes_the_answer_on_its_line() {
        List<String> read = read("""
                Sunday Crossword No. 88: answers

                Across
                4. Drug that blocks CCR5 (9): MARAVIROC
                Down
                1. It binds CCR7 (5): CCL19
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
    }

    @Test
    void test_a_bracketed_count_that_is_not_the_answers_length_is_no_clue() {
        List<String> read = read("""
                Plerixafor blocks CXCR4 and frees stem cells.
                2. It binds CXCR4 (12): CXCL12
                """);
        assertFalse(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_a_chats_line_adds_a_partner_to_the_drug_before() {
        List<String> read = read("""
                Messages: Ana (lab)

                Ana, 10:02: yes!! their CCR8 antibody KT-7701 clears the tregs in mice. with an anti-PD-1 antibody too
                """);
        assertTrue(read.contains("KT-7701 combinedWith anti-PD-1 antibody"), read.toString());
        List<String> labelled = read("KT-7701 clears the tregs in mice. Update: plus pembrolizumab as well.");
        assertTrue(labelled.contains("KT-7701 combinedWith pembrolizumab"), labelled.toString());
    }

    @Test
    void test_a_fronted_with_phrase_before_a_clause_adds_no_partner() {
        List<String> read = read("Filgrastim moves few stem cells. With plerixafor, the stem cells leave the marrow.");
        assertFalse(read.contains("filgrastim combinedWith plerixafor"), read.toString());
    }

    @Test
    void test_a_journal_before_its_paper_says_where_the_paper_appeared() {
        List<String> read = read("Did you see the Nature Medicine paper from the Karolinska group?");
        assertTrue(read.contains("study publishedIn Nature Medicine"), read.toString());
        List<String> cell = read("In a new Cell study, the team shows that CCR8 marks regulatory T cells.");
        assertTrue(cell.contains("study publishedIn Cell"), cell.toString());
    }

    @Test
    void test_a_journals_ordinary_word_without_a_determiner_before_a_noun_is_no_journal() {
        List<String> read = read("Blood results came back normal, and the CXCR4 antagonist mavorixafor was started.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_cells_named_for_the_receptor_they_carry_express_it() {
        List<String> read = read("Breast tumours release CCL2, which pulls CCR2-carrying monocytes into the tumour.");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
    }
}
