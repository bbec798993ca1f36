package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 430 showed litkg missing: T cells that "get stuck at its outer edge", the edge of a granuloma named
 * the sentence before, which litkg knew neither as a place nor as an edge cells are held at (and, once it knew the
 * place, macrophages "in chronic granulomas" or "at the centre of each granuloma" lost their secretions to it until the
 * modifier's adjective and its "each" were read as the modifier's); and an interview whose guest the opening
 * sentence introduces, answering "What did your team find?". Every text is written for the test.
 */
class EdgesAndInterviewAnswersTest {

    @Test
    void test_cells_stuck_at_a_places_edge_are_held_by_that_place() {
        List<String> read = Readings.read("Infected macrophages release CXCL10, which calls T cells to the granuloma. "
                + "But the T cells get stuck at its outer edge.");
        assertTrue(read.contains("granuloma sequesters T cell"), read.toString());
        List<String> of = Readings.read("Pancreatic tumours make CXCL12. T cells are trapped at the edge of the "
                + "stroma.");
        assertTrue(of.contains("stroma sequesters T cell"), of.toString());
    }

    @Test
    void test_cells_in_a_granuloma_make_what_they_make_not_the_granuloma() {
        List<String> read = Readings.read("Macrophages in chronic granulomas produce CXCL9 in this disease. "
                + "Macrophages at the centre of each granuloma release CXCL10.");
        assertTrue(read.contains("macrophage secretes CXCL9"), read.toString());
        assertTrue(read.contains("macrophage secretes CXCL10"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("granuloma secretes")), read.toString());
    }

    @Test
    void test_cells_at_an_edge_no_place_owns_are_held_by_nothing() {
        List<String> read = Readings.read("Infected macrophages release CXCL10 in the lung. The T cells get stuck at "
                + "the outer edge.");
        assertFalse(read.stream().anyMatch(x -> x.contains("sequesters")), read.toString());
    }

    private static final String INTERVIEW = "Dr. Ilse Varga, an immunologist at the Harbour Institute, studies "
            + "tuberculosis.\n\nWhy is TB so hard to clear?\nThe bacteria hide inside macrophages.\n\n";

    @Test
    void test_the_answer_to_what_the_guests_team_found_is_her_study_done_where_she_works() {
        List<String> read = Readings.read(INTERVIEW + "What did your team find?\nInfected macrophages release "
                + "CXCL10.\n");
        assertTrue(read.contains("study ledBy Ilse Varga"), read.toString());
        assertTrue(read.contains("study conductedBy Harbour Institute"), read.toString());
        List<String> we = Readings.read(INTERVIEW + "Any news?\nWe found that infected macrophages release CXCL10.\n");
        assertTrue(we.contains("study ledBy Ilse Varga"), we.toString());
    }

    @Test
    void test_the_answer_to_another_question_is_no_study() {
        List<String> read = Readings.read(INTERVIEW + "What did your team expect?\nInfected macrophages release "
                + "CXCL10.\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }
}
