package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reagent order list's notes, a score sheet's comment, a reading list's quoted title. Written for the test. */
class OrderListsScoreSheetsAndReadingListsTest {

    @Test
    void test_a_numbered_order_lines_note_says_what_the_drug_does() {
        List<String> read = read("""
                Order list, week 9 (mobilisation study)

                1. Motixafortide, 5 mg, Sigma - blocks CXCR4, for the second arm
                2. Filgrastim, 10 vials, hospital pharmacy - given together with motixafortide on day 3
                """);
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertTrue(read.contains("filgrastim combinedWith motixafortide"), read.toString());
    }

    @Test
    void test_a_partner_in_an_aside_after_and_is_not_the_second_verbs_doer() {
        List<String> read = read("Comments: plerixafor blocks CXCR4 and, given with filgrastim, frees stem cells.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes stem cell"), read.toString());
    }

    @Test
    void test_the_subject_before_a_partner_aside_stays_the_doer() {
        List<String> read = read("Filgrastim, given with plerixafor, frees more stem cells into the blood.");
        assertTrue(read.contains("filgrastim mobilizes stem cell"), read.toString());
        assertFalse(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_quoted_titles_bracketed_journal_is_where_the_paper_appeared() {
        List<String> read = read("Dami: \"Mavorixafor in WHIM syndrome, a randomised trial\" (Blood). Worth a read.");
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }
}
