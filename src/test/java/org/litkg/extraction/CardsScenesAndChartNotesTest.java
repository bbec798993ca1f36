package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A social card's summary and its source line, and a screenplay's line. Every text is written for the test. */
class CardsScenesAndChartNotesTest {

    @Test
    void test_a_cards_source_line_names_the_journal_and_the_labs_institution() {
        List<String> read = read("""
                TL;DR: Neutrophils follow CXCL8 because they carry CXCR2.
                Nature Immunology | Moreau lab, University of Lyon
                """);
        assertTrue(read.contains("study publishedIn Nature Immunology"), read.toString());
        assertTrue(read.contains("study conductedBy University of Lyon"), read.toString());
    }

    @Test
    void test_a_drug_that_cuts_held_cells_loose_mobilises_them() {
        List<String> read = read("CXCL12 holds the stem cells in the marrow. Motixafortide cuts them loose.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }
}
