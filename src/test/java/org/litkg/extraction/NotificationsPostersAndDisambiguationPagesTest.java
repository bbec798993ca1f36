package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A journal alert whose label is the journal, a chat sender's bracketed institute before a question, a film's
 * "Directed by" credit, and a list item's described name as the subject of a clipped passive after a semicolon.
 * Every text is written for the test.
 */
class NotificationsPostersAndDisambiguationPagesTest {

    @Test
    void test_a_journal_alerts_line_labelled_with_the_journal_reports_a_study_in_it() {
        List<String> read = read("Cancer Immunology Research: Monocytes carry CCR2, and cenicriviroc blocks it.");
        assertTrue(read.contains("study publishedIn Cancer Immunology Research"), read.toString());
        assertTrue(read.contains("cenicriviroc blocks CCR2"), read.toString());
    }

    @Test
    void test_a_senders_institute_before_a_question_is_stated() {
        List<String> read = read("Dr. Hugo Valdes-Amara (Karolinska Institutet): did you see the new CCR8 paper?");
        assertTrue(read.contains("Hugo Valdes-Amara affiliatedWith Karolinska Institutet"), read.toString());
        List<String> asked = read("Does maraviroc block CCR5: yes or no?");
        assertFalse(asked.contains("maraviroc blocks CCR5"), asked.toString());
    }

    @Test
    void test_a_films_director_leads_no_study() {
        List<String> read = read("""
                THE LONG WAY ROUND

                Starring CXCL13, the chemokine that binds CXCR5.
                Directed by Dr. Ines Okonkwo-Berg, University of Bristol.
                """);
        assertTrue(read.contains("Ines Okonkwo-Berg affiliatedWith University of Bristol"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study")), read.toString());
    }

    @Test
    void test_a_described_list_items_name_is_what_a_clipped_passive_after_a_semicolon_is_about() {
        List<String> read = read("""
                CCR5 may refer to:

                - CCR5 (receptor), the receptor that CCL5 binds; blocked by maraviroc
                - CCR5 (gene), the gene on chromosome 3 that encodes it
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertFalse(read.contains("maraviroc blocks CCL5"), read.toString());
    }
}
