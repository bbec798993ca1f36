package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A science card game's cards (a receptor's heading over "Found on:" and "Blocked by:" lines) and an honorary degree
 * citation ("has spent thirty years at Y"). Every text is written for the test.
 */
class CardDecksAndCitationsTest {

    @Test
    void test_a_cards_field_lines_are_about_the_receptor_its_heading_names() {
        List<String> read = read("RECEPTOR ROYALE - card game, deck 2\n\nCard: CXCR4\nFound on: stem cells, T cells\n"
                + "Blocked by: plerixafor\nPower: 9\n\nCard: CCR5\nFound on: macrophages\nBlocked by: maraviroc\n");
        assertTrue(read.contains("CXCR4 expressedOn stem cell"), read.toString());
        assertTrue(read.contains("CXCR4 expressedOn T cell"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("CCR5 expressedOn macrophage"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_years_spent_at_an_institution_place_a_person_there() {
        List<String> read = read("Honorary degree citation\n\nChancellor, I present Professor Hannah "
                + "Lindqvist-Oyelaran.\n\nProfessor Hannah Lindqvist-Oyelaran has spent thirty years at the Karolinska "
                + "Institutet asking how immune cells find their way.\n");
        assertTrue(read.contains("Hannah Lindqvist-Oyelaran affiliatedWith Karolinska Institutet"), read.toString());
    }
}
