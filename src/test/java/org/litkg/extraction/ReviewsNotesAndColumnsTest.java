package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A grant reviewer's doubt, transcribed margin notes and a columnist's byline. Every text is written for the test. */
class ReviewsNotesAndColumnsTest {

    @Test
    void test_a_finding_the_sentence_calls_not_clear_is_no_finding() {
        List<String> read = read("It is not clear that leronlimab blocks CCR5 on the fibroblasts in patients.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("leronlimab blocks CCR5")), read.toString());
    }

    @Test
    void test_a_finding_said_clear_is_still_read() {
        List<String> read = read("It is clear that leronlimab blocks CCR5 on the fibroblasts in patients.");
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
    }

    @Test
    void test_a_printed_sentence_beside_a_barred_note_is_read() {
        List<String> read = read("""
                Margin notes on a printout, transcribed

                p. 2, line 4: CX3CL1 binds CX3CR1 on monocytes in the plaque. | not on all monocytes!
                p. 4, line 3: This agrees with earlier work in mice. | check this ref
                p. 6, line 20: Blocking CX3CR1 reduced plaque size by 40%. | which drug??
                """);
        assertTrue(read.contains("CX3CL1 binds CX3CR1"), read.toString());
        assertTrue(read.contains("CX3CR1 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_a_menu_of_bars_is_still_not_read() {
        List<String> read = read("""
                Home | News | Research | Maraviroc blocks CCR5 | Contact
                """);
        assertFalse(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_an_age_between_a_name_and_a_post_keeps_the_post() {
        List<String> read = read("Dr Amélie Fontaine-Diallo, 58, haematologist at Hôpital Saint-Louis, Paris, said the "
                + "drug works.");
        assertTrue(read.contains("Amélie Fontaine-Diallo affiliatedWith Hôpital Saint-Louis"), read.toString());
    }

    @Test
    void test_an_age_before_a_copula_opens_no_apposition() {
        List<String> read = read("Amira Delacroix-Nwosu, 34, is a primary school teacher from Leicester. She was "
                + "treated at Leicester Royal Infirmary.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("Amira Delacroix-Nwosu affiliatedWith")), read.toString());
    }

    @Test
    void test_a_field_between_bars_is_not_read_as_a_note() {
        List<String> read = read("""
                Pharmacy and Therapeutics Committee | St. Bartholomew Regional Medical Center
                Volume 14, Issue 6 | Prepared by: Nadia Qureshi-Lund, PharmD, BCOP

                Inupadenant blocks the A2A receptor on T cells.
                """);
        assertFalse(read.stream().anyMatch(l -> l.startsWith("Nadia Qureshi-Lund affiliatedWith")), read.toString());
    }
}
