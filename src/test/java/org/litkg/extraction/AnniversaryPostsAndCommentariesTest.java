package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A landmark paper's anniversary post. Every text is written for the test. */
class AnniversaryPostsAndCommentariesTest {

    @Test
    void test_a_receptor_that_lets_a_virus_into_cells_is_on_those_cells() {
        List<String> read = read("A team reported in Science that CCR5, then called CKR-5, lets HIV into macrophages.");
        assertTrue(read.contains("CCR5 expressedOn macrophage"), read.toString());
    }

    @Test
    void test_a_drug_that_lets_cells_into_the_blood_places_nothing() {
        List<String> read = read("Plerixafor blocks CXCR4 and lets the stem cells into the blood.");
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }
}
