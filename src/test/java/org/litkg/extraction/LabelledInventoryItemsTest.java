package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A storage list's labelled items ("Shelf 2 - X, CCR4 antagonist, 5 mg, Supplier"), read as list items although they
 * have no stop and few lowercase words. Every text is written for the test.
 */
class LabelledInventoryItemsTest {

    @Test
    void test_a_labelled_item_without_a_stop_is_read_as_a_list_item() {
        List<String> read = read("Cold room stock list\n\nChecked on 3 March by Tomasz. Ask before you take the last vial.\n\n"
                + "Shelf 2 - C-021, CCR4 antagonist, 5 mg, MedChemExpress\nShelf 3 - AZD5069, CXCR2 antagonist, 10 mg, "
                + "AstraZeneca\n");
        assertTrue(read.contains("C-021 blocks CCR4"), read.toString());
        assertTrue(read.contains("AZD5069 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_heading_with_a_number_and_no_dash_is_not_an_item() {
        List<String> read = read("Stock list\n\nChecked on 3 March by Tomasz. Ask before you take the last vial.\n\n"
                + "Shelf 2: C-021, CCR4 antagonist\n");
        assertFalse(read.contains("C-021 blocks CCR4"), read.toString());
    }
}
