package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form's treatment field with a bracketed note and a partner drug, a chemokine that holds cells tight, the receptor
 * a virus enters cells by, and a fronted place phrase opened by an adverb. Every text is written for the test.
 */
class AppointmentCardsAndCatalogueRecordsTest {

    @Test
    void test_a_treatment_fields_drug_with_a_bracketed_note_is_combined_with_its_partner() {
        List<String> read = read("""
                Day Unit: appointment card

                Date: Friday 12 March, 09:00
                Treatment: motixafortide injection (frees your stem cells so they can be collected), with filgrastim
                Consultant: Dr. Ada Mbeki-Larsen, Guy's Hospital
                """);
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        assertTrue(read.contains("motixafortide combinedWith filgrastim"), read.toString());
    }

    @Test
    void test_holding_cells_tight_sequesters_them() {
        List<String> read = read("This is CCL21. It holds the dendritic cells tight.");
        assertTrue(read.contains("CCL21 sequesters dendritic cell"), read.toString());
    }

    @Test
    void test_the_receptor_a_virus_enters_cells_through_is_on_them() {
        List<String> summary = read("Summary: shows how HIV enters macrophages through CCR5.");
        assertTrue(summary.contains("CCR5 expressedOn macrophage"), summary.toString());
        assertTrue(read("HIV uses CXCR4 to get into T cells.").contains("CXCR4 expressedOn T cell"));
        List<String> read = read("Maraviroc blocks CCR5 through a different site.");
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_fronted_place_opened_by_an_adverb_is_not_the_clauses_subject() {
        List<String> read = read("Far in the marrow, the stromal cells release CXCL12, to hold stem cells in place.");
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("marrow sequesters")), read.toString());
    }
}
