package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lab's card to its head ("Happy 70th birthday, Professor X!", "From all of us in the X lab at Y", "Remember 2009,
 * when your group showed that ...?") and a wager on an approval of a drug no name picks out. Every text is written
 * for the test.
 */
class CardsAndWagersTest {

    private static final String CARD = """
            Happy 70th birthday, Professor Agnetha Moreno-Lindqvist!

            From all of us in the Moreno-Lindqvist lab at the University of Helsinki

            Remember 2009, when your group showed that eosinophils in the gut release CCL11, which binds CCR3? \
            It appeared in Immunity and we still quote it.
            """;

    @Test
    void test_a_cards_reminder_is_taken_as_known_and_its_your_group_is_the_addressees() {
        List<String> read = read(CARD);
        assertTrue(read.contains("CCL11 binds CCR3"), read.toString());
        assertTrue(read.contains("study ledBy Agnetha Moreno-Lindqvist"), read.toString());
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
    }

    @Test
    void test_a_cards_from_line_places_the_head_of_the_lab_it_names_by_surname() {
        List<String> read = read(CARD);
        assertTrue(read.contains("Agnetha Moreno-Lindqvist affiliatedWith University of Helsinki"), read.toString());
    }

    @Test
    void test_an_approval_bet_on_for_an_unnamed_antibody_approves_nothing() {
        List<String> read = read("Dr. Ravi Okafor-Stein bets that an antibody against CCR4 will be approved by the "
                + "European Medicines Agency before 2031. Mogamulizumab binds CCR4.\n");
        assertTrue(read.contains("mogamulizumab binds CCR4"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("approvedBy")), read.toString());
    }
}
