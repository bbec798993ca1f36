package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name set against the object after ", not": denied, never asserted. Every text is written for the test. */
class PledgesAndDeniedAlternativesTest {

    @Test
    void test_a_name_after_comma_not_is_denied() {
        List<String> read = read("""
                We pledge to remember that vicriviroc blocks CCR5, not CXCR4.
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("vicriviroc blocks CXCR4 NEG"), read.toString());
        assertFalse(read.contains("vicriviroc blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_member_after_comma_not_is_denied_as_an_agent() {
        List<String> read = read("""
                It reverses factor Xa inhibitors such as rivaroxaban, not dabigatran.
                """);
        assertTrue(read.contains("rivaroxaban blocks factor Xa"), read.toString());
        assertFalse(read.contains("dabigatran blocks factor Xa"), read.toString());
    }

    @Test
    void test_a_class_apposed_to_a_denied_agent_still_says_what_it_is() {
        List<String> read = read("""
                PGE2 production was suppressed by indometacin, a COX-1 inhibitor, but not by XR-4410, a selective \
                COX-2 inhibitor.
                """);
        assertTrue(read.contains("XR-4410 blocks COX-2"), read.toString());
    }

    @Test
    void test_comma_not_before_a_phrase_denies_no_name() {
        List<String> read = read("""
                Vicriviroc blocks CCR5, not only on T cells but on macrophages too.
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.endsWith("NEG")), read.toString());
    }

    @Test
    void test_a_sentence_that_ends_with_a_receptor_noun_after_a_name_is_read() {
        // a block a line, as a JSON Lines record's hard-wrapped text is read: the first line ends at "receptor"
        String first = "It does not: vicriviroc blocks CCR5, the co-receptor";
        String text = first + "\nHIV uses to get into T cells.";
        List<org.litkg.document.Span> lines = List.of(new org.litkg.document.Span(0, first.length()),
                new org.litkg.document.Span(first.length() + 1, text.length()));
        org.litkg.document.Document doc = new org.litkg.document.Document("test", "test", text, "test",
                java.util.Optional.empty(), "0", lines);
        List<String> read = Readings.pipeline().extract(doc).statements().stream().map(Readings::show).toList();
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }
}
