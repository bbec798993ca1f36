package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lightning talk's slides, a lab manual's drug section, a funder's story. Every text is written for the test. */
class SlidesManualsAndImpactStoriesTest {

    @Test
    void test_a_slides_typed_arrow_from_two_chemokines_binds_each_to_the_receptor() {
        List<String> read = read("""
                Slide 1: Cold tumours
                Slide 2: CCL19 + CCL21 -> CCR7 (on dendritic cells)
                Slide 3: Published: Science Immunology, 2026
                """);
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        assertTrue(read.contains("study publishedIn Science Immunology"), read.toString());
    }

    @Test
    void test_a_numbered_tables_caption_says_nothing() {
        List<String> read = read("Table 1: Baseline characteristics of the CXCR4 cohort");
        assertEquals(List.of(), read);
    }

    @Test
    void test_the_drug_given_with_a_partner_on_a_day_does_what_the_purpose_says() {
        List<String> read = read("Motixafortide is a CXCR4 antagonist. In our mice it is given with G-CSF on day 5 "
                + "to move stem cells into the blood.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        assertFalse(read.contains("G-CSF mobilizes stem cell"), read.toString());
    }

    @Test
    void test_cells_stuck_in_a_place_in_an_aside_are_held_there() {
        List<String> read = read("Her neutrophils, stuck in the bone marrow for years, now reach her blood.");
        assertTrue(read.contains("bone marrow sequesters neutrophil"), read.toString());
    }
}
