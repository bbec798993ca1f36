package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings said in a few words on lines of their own (fortune cookies, a note on a door), and a journal named as a
 * paper's modifier in a cake's message. Every text is written for the test.
 */
class FortunesDoorNotesAndCakeOrdersTest {

    @Test
    void test_a_short_finding_on_a_line_of_its_own_is_read() {
        List<String> read = read("""
                Fortunes from the lab party's cookies

                "Keratinocytes release CCL27."
                "Mogamulizumab binds CCR4."
                CXCL9 binds CXCR3. Fight me.
                Open 8am to 8pm.
                """);
        assertTrue(read.contains("keratinocyte secretes CCL27"), read.toString());
        assertTrue(read.contains("mogamulizumab binds CCR4"), read.toString());
        assertTrue(read.contains("CXCL9 binds CXCR3"), read.toString());
    }

    @Test
    void test_a_journal_before_paper_after_your_publishes_but_a_place_before_a_paper_mill_does_not() {
        List<String> read = read("""
                Customer: Dr. Hannelore Mbeki-Strand, Department of Immunology, University of Manchester
                Message to pipe: "Congratulations on your Nature paper, Hannelore!"
                """);
        assertTrue(read.contains("study publishedIn Nature"), read.toString());
        List<String> mill = read("""
                Three hundred jobs are to go at the Inverclyde paper mill after its owners said demand had fallen.
                """);
        assertFalse(mill.toString().contains("publishedIn"), mill.toString());
    }
}
