package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A numbered label before a titled guest and their institution, and a sign's line after an arrow. */
class SeatingPlansAndCorridorSignsTest {

    @Test
    void test_a_numbered_seats_guest_works_at_the_institution_after_the_name() {
        List<String> read = read("""
                Gala dinner: Table 2

                Seat 1: Prof. Mateus Okonkwo-Lindqvist, University of Tokyo
                Seat 2: Dr. Hanne Abara-Castellano, Uppsala University
                """);
        assertTrue(read.contains("Mateus Okonkwo-Lindqvist affiliatedWith University of Tokyo"), read.toString());
        assertTrue(read.contains("Hanne Abara-Castellano affiliatedWith Uppsala University"), read.toString());
    }

    @Test
    void test_a_signs_line_after_an_arrow_is_read() {
        List<String> read = read("""
                → Apheresis unit (stem cells mobilised with motixafortide are collected here)
                ← Dermatology
                """);
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }
}
