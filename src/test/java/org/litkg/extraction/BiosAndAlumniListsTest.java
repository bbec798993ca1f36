package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Social media profile bios, a group page's alumni list and a one-question column. Written for the test. */
class BiosAndAlumniListsTest {

    @Test
    void test_a_profiles_name_line_over_a_bio_with_pronouns_is_a_person_and_a_pi_at_y_a_post() {
        List<String> read = read("""
                Rosa Lindqvist-Achebe
                Showed that CCL21 binds CCR7 | PI at University of Leeds | she/her
                """);
        assertTrue(read.contains("Rosa Lindqvist-Achebe affiliatedWith University of Leeds"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_an_alumni_line_places_its_person_where_they_are_now() {
        List<String> read = read("""
                Group alumni

                Dr. Omar Lindgren-Sy (postdoc, 2017-2021), now at AstraZeneca
                Hanna Berg-Obi (PhD student, 2016-2020), now at the Francis Crick Institute
                """);
        assertTrue(read.contains("Omar Lindgren-Sy affiliatedWith AstraZeneca"), read.toString());
        assertTrue(read.contains("Hanna Berg-Obi affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_one_question_columns_heading_places_its_person_and_the_answer_is_read() {
        List<String> read = read("""
                One question for Dr. Ana Ruiz-Okafor, University of Seville

                What surprised you?
                That CCL5 pulls monocytes into the inflamed joint through CCR1.
                """);
        assertTrue(read.contains("Ana Ruiz-Okafor affiliatedWith University of Seville"), read.toString());
        assertTrue(read.contains("CCR1 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCL5 binds CCR1"), read.toString());
    }
}
