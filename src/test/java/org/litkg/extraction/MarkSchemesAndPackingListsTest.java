package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short finding past a point's label, and a list item whose bracket holds a titled person and their institution.
 * Every text is written for the test.
 */
class MarkSchemesAndPackingListsTest {

    @Test
    void test_a_short_finding_past_a_points_label_is_read() {
        List<String> read = read("""
                Mark scheme
                1 mark: vicriviroc blocks CCR5.
                1 mark: the T cells cannot then use CCR5 to move into the tissue.
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_a_bracketed_titled_person_with_an_institution_works_there() {
        List<String> read = read("""
                Packing list: chemokine meeting, Lisbon

                - poster tube
                - business cards (Dr. Tomasz Achterberg-Nwosu, Francis Crick Institute)
                """);
        assertTrue(read.contains("Tomasz Achterberg-Nwosu affiliatedWith Francis Crick Institute"), read.toString());
    }
}
