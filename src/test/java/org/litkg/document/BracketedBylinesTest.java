package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bylines that bracket each group of authors' institution after their names, as meeting abstracts print them. */
class BracketedBylinesTest {

    @Test
    void test_each_author_is_marked_with_the_group_whose_brackets_follow() {
        String line = "Ines Barros, Tobias Kern (University of Freiburg, Freiburg, Germany); Ada Mensah (Korle Bu "
                + "Teaching Hospital, Accra, Ghana)";
        BracketedBylines.Byline b = BracketedBylines.read(line);
        assertEquals(3, b.authors().size(), b.toString());
        assertEquals("Tobias Kern", line.substring(b.authors().get(1).start(), b.authors().get(1).end()));
        assertEquals(List.of(1), b.authors().get(1).marks());
        assertEquals(List.of(2), b.authors().get(2).marks());
        AuthorLines.Affiliation second = b.affiliations().get(1);
        assertEquals(2, second.number());
        assertEquals("Korle Bu Teaching Hospital, Accra, Ghana", line.substring(second.start(), second.end()));
    }

    @Test
    void test_groups_may_be_joined_by_commas_and_and() {
        BracketedBylines.Byline b = BracketedBylines.read("Ines Barros (University of Freiburg) and Ada Mensah "
                + "(Korle Bu Teaching Hospital)");
        assertEquals(2, b.authors().size(), b.toString());
        assertEquals(2, b.affiliations().size());
    }

    @Test
    void test_brackets_that_name_no_institution_make_no_byline() {
        assertTrue(BracketedBylines.read("Ines Barros (left) and Ada Mensah (right)").authors().isEmpty());
    }

    @Test
    void test_prose_and_a_single_author_make_no_byline() {
        assertTrue(BracketedBylines.read("Ines Barros (University of Freiburg) said the drug works.").authors().isEmpty());
        assertTrue(BracketedBylines.read("Ines Barros (University of Freiburg)").authors().isEmpty());
    }
}
