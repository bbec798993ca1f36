package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.VerseLines;

/**
 * A limerick whose "It" is the subject of the clause before's "till"; a notice board's quoted mug, a visitor "she" is
 * said to be from a university, and a journal's copy open at a paper; tumour cells in a text that names no cancer; an
 * exit ticket's "Name a drug that ..." over "My answer: X."; a poem's lower-case credit. Every text is written for the
 * test.
 */
class NoticesVerseAndExitTicketsTest {

    @Test
    void test_it_opening_a_sentence_is_the_subject_of_the_clause_before_when_the_main_subject_cannot_act() {
        List<String> read = read(VerseLines.join("""
                Verses for the retirement party

                A monocyte slept in the vein,
                Till CCL2 came down with the rain.
                It bound to CCR2,
                So the cell hurried through,
                And it never came back home again.
                """));
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
    }

    @Test
    void test_a_quoted_finding_a_relative_clause_reads_out_is_read() {
        List<String> read = read("""
                Found: a blue lab coat in the tissue culture room, with a mug in the pocket that reads "CXCL12 binds \
                CXCR4". Ask at reception.
                """);
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_she_is_a_visiting_scientist_from_y_places_the_titled_person_and_names_no_study() {
        List<String> read = read("""
                Lost: a USB stick with Dr. Oyelaran Whitcombe-Bruun's slides on maraviroc, which blocks CCR5. She is \
                a visiting scientist from the University of Ibadan. Please hand it in at reception.
                """);
        assertTrue(read.contains("Oyelaran Whitcombe-Bruun affiliatedWith University of Ibadan"), read.toString());
        assertFalse(read.contains("study conductedBy University of Ibadan"), read.toString());
    }

    @Test
    void test_a_copy_of_a_journal_open_at_a_paper_publishes_it_and_one_on_a_desk_does_not() {
        List<String> read = read("""
                Found: a copy of Cancer Cell, open at a paper from the Netherlands Cancer Institute showing that \
                tumour cells release CCL5. Nobody has claimed it.
                """);
        assertTrue(read.contains("study publishedIn Cancer Cell"), read.toString());
        assertTrue(read.contains("study conductedBy Netherlands Cancer Institute"), read.toString());
        List<String> desk = read("""
                Dr. Maren Okafor-Lund keeps a copy of Nature on her desk at all times. She is a chemist who studies \
                how plerixafor blocks CXCR4.
                """);
        assertFalse(desk.contains("study publishedIn Nature"), desk.toString());
    }

    @Test
    void test_tumour_cells_in_a_text_that_names_no_cancer_are_a_cancer_of_their_own() {
        List<String> read = read("""
                Found: a copy of Cancer Cell, open at a paper showing that tumour cells release CCL5. Nobody has \
                claimed it yet.
                """);
        assertTrue(read.contains("tumour cell secretes CCL5"), read.toString());
        List<String> named = read("""
                Melanoma is a skin cancer that spreads early. Its tumour cells release CCL5, which draws in \
                regulatory T cells.
                """);
        assertTrue(named.contains("melanoma secretes CCL5"), named.toString());
        assertFalse(named.toString().contains("tumour cell"), named.toString());
        List<String> general = read("""
                CXCR4 sits on many cancer cells, and plerixafor blocks CXCR4 in the bone marrow.
                """);
        assertFalse(general.toString().contains("expressedOn"), general.toString());
    }

    @Test
    void test_a_naming_task_is_answered_by_the_answer_line_below_it_and_unanswered_names_nothing() {
        List<String> read = read("""
                Exit ticket: Year 9 Science

                2. Name a drug that blocks CXCR4.
                My answer: Plerixafor. It frees stem cells from the bone marrow.
                """);
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        List<String> unanswered = read("""
                Homework for Friday

                2. Name a drug that blocks CXCR4.
                3. Draw a T cell and label its receptors.
                """);
        assertFalse(unanswered.toString().contains("blocks"), unanswered.toString());
    }

    @Test
    void test_a_poems_credit_in_lower_case_places_its_writer() {
        List<String> read = read(VerseLines.join("""
                Ode to a Neutrophil

                You rush from the blood when the tissue is torn,
                For CXCL8 calls you from dusk until morn.

                by Gwenllian Okonjo-Pryce, PhD student, Swansea University
                """));
        assertTrue(read.contains("Gwenllian Okonjo-Pryce affiliatedWith Swansea University"), read.toString());
    }
}
