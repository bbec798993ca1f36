package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drug questioned by name and answering "I do", cells set free, a team glad of news, a person joined to a lab at an
 * institution, a person's team in a "where" clause, and the receptor cells use to answer a chemokine. Every text is
 * written for the test.
 */
class MockTrialsGhostStoriesAndAnnouncementsTest {

    @Test
    void test_a_drug_asked_by_name_that_answers_i_do_states_what_was_asked() {
        List<String> read = read("""
                PROSECUTOR: Mavorixafor, do you block CXCR4?
                MAVORIXAFOR: I do.
                PROSECUTOR: And CCR5?
                MAVORIXAFOR: Never.
                """);
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertFalse(read.contains("mavorixafor blocks CCR5"), read.toString());
        List<String> unanswered = read("Mavorixafor, do you block CCR5?");
        assertFalse(unanswered.contains("mavorixafor blocks CCR5"), unanswered.toString());
    }

    @Test
    void test_setting_cells_free_mobilises_them() {
        List<String> read = read("Then came motixafortide, who blocked CXCR4 and set the stem cells free.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_person_and_the_lab_at_an_institution_glad_of_news_work_there_and_did_no_study() {
        List<String> read = read("Dr. Imre Vasquez-Holm and the lab at the University of Leeds are delighted to "
                + "announce the birth of our first mice that lack CCR2, the receptor their monocytes use to answer "
                + "CCL2.");
        assertTrue(read.contains("Imre Vasquez-Holm affiliatedWith University of Leeds"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study")), read.toString());
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
    }

    @Test
    void test_a_persons_team_in_a_where_clause_places_the_person() {
        List<String> read = read("Year 9 will visit the Babraham Institute, where Dr. Signe Okafor-Berg's team studies "
                + "how CCL21 binds CCR7.");
        assertTrue(read.contains("Signe Okafor-Berg affiliatedWith Babraham Institute"), read.toString());
    }
}
