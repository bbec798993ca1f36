package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news ticker's headlines run together between bullets, a podcast's timed chapter titles, a "Yes" answering a
 * question, an approval for moving cells, a team sheet's labelled positions and a heading with its institution in
 * brackets. Every text is written for the test.
 */
class TickersChaptersAndAnsweredQuestionsTest {

    @Test
    void test_a_tickers_headlines_are_read_each_on_its_own() {
        List<String> read = read("""
                Channel 9 ticker, 07:30

                Study in Nature Medicine: lung tumours release CXCL5 ••• Vicriviroc blocks CCR5 in bowel cancer, say \
                doctors ••• Traffic: delays on the ring road
                """);
        assertTrue(read.contains("study publishedIn Nature Medicine"), read.toString());
        assertTrue(read.contains("lung tumor secretes CXCL5"), read.toString());
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_an_approval_for_moving_cells_moves_them() {
        assertTrue(read("EMA approves motixafortide for stem cell mobilisation in myeloma.")
                .contains("motixafortide mobilizes stem cell"));
        assertTrue(read("Plerixafor is licensed for the mobilisation of stem cells before a transplant.")
                .contains("plerixafor mobilizes stem cell"));
        assertTrue(read("Motixafortide is approved by the FDA for another purpose: moving stem cells into the blood.")
                .contains("motixafortide mobilizes stem cell"));
    }

    @Test
    void test_a_denied_approval_for_moving_cells_says_nothing_of_the_drug() {
        List<String> read = read("Plerixafor has not been approved for stem cell mobilisation in children.");
        assertFalse(read.stream().anyMatch(x -> x.contains("mobilizes")), read.toString());
    }

    @Test
    void test_a_podcasts_timed_chapter_title_is_read() {
        List<String> read = read("""
                Episode 12: Chemokines at work (chapters)

                00:00 Hello
                04:10 Why leronlimab blocks CCR5 on T cells
                21:45 Goodbye
                """);
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
    }

    @Test
    void test_a_yes_answer_states_what_the_question_asks_and_who_approved_it() {
        List<String> read = read("Caller question: is mogamulizumab approved? (Yes, by the EMA in 2018.)");
        assertTrue(read.contains("mogamulizumab approvedBy European Medicines Agency"), read.toString());
        assertTrue(read("Does vicriviroc block CCR5? Yes.").contains("vicriviroc blocks CCR5"));
        List<String> qualified = read("Does vicriviroc block CCR5? Yes, but only in mice.");
        assertFalse(qualified.contains("vicriviroc blocks CCR5"), qualified.toString());
    }

    @Test
    void test_a_positions_label_read_as_a_glossarys_colon_still_ends_the_label() {
        List<String> read = read("""
                Winger: regulatory T cell. Carries CCR8 and hides in the tumour.
                """);
        assertTrue(read.contains("CCR8 expressedOn regulatory T cell"), read.toString());
    }

    @Test
    void test_a_heading_with_its_institution_in_brackets_names_the_institution() {
        List<String> typed = typedNames("""
                Staff kitchen rota (Francis Crick Institute)

                This week: Dr. Amal Hussein-Berg washes up. CXCL12 binds CXCR4.
                """);
        assertEquals(1, typed.stream().filter(t -> t.equals("ORGANIZATION Francis Crick Institute")).count(),
                typed.toString());
    }
}
