package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting's name badges ("Ask me about:" a finding, a "Group leader, Y" post under the name), a report card's
 * "Comment:" sentences, a profile's "Profile written by Dr. X, Y" line and a post's line that holds a whole sentence
 * and more ("Out today in Blood! Read it here"). Every text is written for the test.
 */
class BadgesAndReportCardsTest {

    private static final String BADGES = """
            European Congress of Immunology 2027

            Dr. Signe Abernethy-Kaur
            Postdoctoral researcher, University of Oslo
            Ask me about: how glioma cells release CCL2, which binds CCR2 on monocytes
            Poster: P-88, Monday

            Professor Tendai Lindgren-Moyo
            Group leader, Leiden University
            Ask me about: why eosinophils carry CCR3, and what happens when an antibody blocks it
            """;

    @Test
    void test_a_badges_ask_me_about_line_is_read_and_its_group_leader_post_leads_no_study() {
        List<String> read = read(BADGES);
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCR3 expressedOn eosinophil"), read.toString());
        assertTrue(read.contains("Tendai Lindgren-Moyo affiliatedWith Leiden University"), read.toString());
        assertFalse(read.contains("study ledBy Tendai Lindgren-Moyo"), read.toString());
        assertFalse(read.contains("study conductedBy Leiden University"), read.toString());
    }

    @Test
    void test_a_comment_field_with_a_sentence_is_read_not_dropped_as_a_pages_comments() {
        List<String> read = read("""
                Pupil: Ladarixin
                Grade: B

                Comment: Ladarixin, which blocks CXCR1 and CXCR2, was tested in type 1 diabetes. Must try harder.
                """);
        assertTrue(read.contains("ladarixin blocks CXCR1"), read.toString());
        assertTrue(read.contains("ladarixin blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_profiles_written_by_line_places_its_writer() {
        List<String> read = read("""
                Molecular profiles, no. 3

                Partners: CCR7 on dendritic cells, which CCL19 binds tightly.

                Profile written by Dr. Ruairi Okoye-Brandt, Trinity College Dublin
                """);
        assertTrue(read.contains("Ruairi Okoye-Brandt affiliatedWith Trinity College Dublin"), read.toString());
    }

    @Test
    void test_a_line_with_a_whole_sentence_and_words_after_it_is_read() {
        List<String> read = read("Lab news\n\nOur new paper is out today in Blood! Read it here\n");
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }

    @Test
    void test_a_quoted_note_whose_first_sentence_ends_in_a_symbol_and_a_question_mark_is_read() {
        List<String> read = read("Fridge notes\n\nYellow note: \"Who took my CCL22? It binds CCR4 and it was dear. - Jo\"\n");
        assertTrue(read.contains("CCL22 binds CCR4"), read.toString());
    }
}
