package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.VerseLines;

/**
 * A verse line that ends in a gene's code and goes on into the next, and the receptor "your" gives to the cells a
 * song calls on. Every text is written for the test.
 */
class CarolsAndAddressedCellsTest {

    @Test
    void test_a_verse_line_ending_in_a_code_runs_on_and_your_receptor_is_on_the_cells_called() {
        List<String> read = read(VerseLines.join("""
                A lab carol

                O come, all ye B cells,
                CXCL13 is calling,
                it binds your CXCR5
                and leads you to the follicle.
                """));
        assertTrue(read.contains("CXCL13 binds CXCR5"), read.toString());
        assertTrue(read.contains("CXCR5 expressedOn B cell"), read.toString());
    }

    @Test
    void test_your_receptor_without_cells_called_is_on_no_cells() {
        List<String> read = read("""
                Dear Dr. Amsel-Okafor, B cells came up in your talk, and CXCL13 binds your CXCR5 construct well.
                """);
        assertFalse(read.contains("CXCR5 expressedOn B cell"), read.toString());
    }
}
