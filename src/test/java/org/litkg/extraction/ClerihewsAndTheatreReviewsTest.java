package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.VerseLines;

/**
 * A tumour told of in a text that names no cancer, a one-sentence verse set out in short lines that do not open with
 * capitals, and a place phrase after a verb's own place. Every text is written for the test.
 */
class ClerihewsAndTheatreReviewsTest {

    @Test
    void test_a_tumour_in_a_text_that_names_no_cancer_is_a_tumour_of_its_own() {
        List<String> read = read("In this taut two-hander, the tumour releases CXCL12, which traps the T cells.");
        assertTrue(read.contains("tumour secretes CXCL12"), read.toString());
        List<String> named = read("The tumour releases CXCL12. It is a glioblastoma, the commonest brain cancer.");
        assertFalse(named.contains("tumour secretes CXCL12"), named.toString());
        List<String> general = read("Many tumours release CXCL12.");
        assertFalse(general.stream().anyMatch(x -> x.contains("secretes")), general.toString());
    }

    @Test
    void test_a_clerihews_lines_are_read_as_the_sentence_they_make() {
        List<String> read = read(VerseLines.join("""
                Professor Ines Adjei-Berg
                of the University of Bergen
                found that maraviroc
                blocks CCR5 and no more.

                by Tomas Lund, Year 8
                """));
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("Ines Adjei-Berg affiliatedWith University of Bergen"), read.toString());
    }

    @Test
    void test_a_place_after_the_verbs_own_place_is_its_objects() {
        List<String> read = read("PD-1 sits on exhausted T cells inside melanomas.");
        assertTrue(read.contains("PD-1 expressedOn exhausted T cell"), read.toString());
        assertFalse(read.contains("PD-1 expressedOn melanoma"), read.toString());
    }
}
