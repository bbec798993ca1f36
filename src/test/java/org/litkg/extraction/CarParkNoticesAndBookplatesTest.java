package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A drug after "with" as the instrument of a passive move or block. Every text is written for the test. */
class CarParkNoticesAndBookplatesTest {

    @Test
    void test_a_drug_after_with_moves_or_blocks_in_the_passive() {
        List<String> moved = read("""
                Bay 4 is kept for the courier who collects stem cells mobilised with motixafortide.
                """);
        assertTrue(moved.contains("motixafortide mobilizes stem cell"), moved.toString());
        List<String> blocked = read("""
                In every mouse CCR5 was blocked with maraviroc before the infection.
                """);
        assertTrue(blocked.contains("maraviroc blocks CCR5"), blocked.toString());
    }
}
