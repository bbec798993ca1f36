package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short labelled lines without a stop that hold a clause: a bracketed one with a pronoun or a participle, or a value
 * that opens with its verb. Every text is written for the test.
 */
class LineUpsAndShopBoxesTest {

    @Test
    void test_a_line_ups_bracketed_clauses_are_read() {
        List<String> read = read("""
                GLANDFEST 2027: the line-up

                FRIDAY: CXCL13 (it binds CXCR5)
                SATURDAY: The T Cells (freed by plerixafor)
                """);
        assertTrue(read.contains("CXCL13 binds CXCR5"), read.toString());
        assertTrue(read.contains("plerixafor mobilizes T cell"), read.toString());
    }

    @Test
    void test_a_shops_lines_with_a_verb_after_the_label_or_a_bracketed_participle_are_read() {
        List<String> read = read("""
                Maraviroc tablets: blocks CCR5 (prescription only)

                Customers also bought: dolutegravir (given together with maraviroc in HIV)
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("dolutegravir combinedWith maraviroc"), read.toString());
    }
}
