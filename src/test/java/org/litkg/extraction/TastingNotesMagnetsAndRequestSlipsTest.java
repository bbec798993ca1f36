package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.VerseLines;

/**
 * A chooser's credit line, cells moving out after a drug's block, a field line whose value holds a relative clause, a
 * department's field between a name and an institution, and a quoted verse over two lines without a stop. Every text
 * is written for the test.
 */
class TastingNotesMagnetsAndRequestSlipsTest {

    @Test
    void test_a_choosers_credit_line_places_them() {
        List<String> read = read("""
                Tasting notes

                1. Marrow Red (Rioja, 2021): like CXCL12, which holds the stem cells in the bone marrow.

                Chosen by Dr. Lucia Fairbanks-Oyelaran, Babraham Institute
                """);
        assertTrue(read.contains("Lucia Fairbanks-Oyelaran affiliatedWith Babraham Institute"), read.toString());
    }

    @Test
    void test_cells_moving_out_after_a_drugs_block_are_mobilised() {
        List<String> read = read("""
                Blood: burixafor blocking CXCR4, stem cells moving out, moderate.
                """);
        assertTrue(read.contains("burixafor mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_field_line_with_a_relative_clause_and_a_department_before_the_institution() {
        List<String> read = read("""
                Hospital radio: song request

                From: Dr. Obi Sandoval-Keane, haematology, St James's University Hospital
                For: the apheresis nurses, who collect the stem cells that motixafortide moves into the blood
                """);
        assertTrue(read.contains("Obi Sandoval-Keane affiliatedWith St James's University Hospital"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_quoted_verse_over_two_lines_is_read() {
        List<String> read = read(VerseLines.join("""
                Found on the fridge, in magnet words:

                "vicriviroc blocks CCR5
                and the virus waits outside"
                """));
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }
}
