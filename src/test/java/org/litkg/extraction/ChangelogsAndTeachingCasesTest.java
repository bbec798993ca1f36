package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A knowledge base's changelog that withdraws what a page said, and a teaching case that names a class's members in
 * an apposition. Every text is written for the test.
 */
class ChangelogsAndTeachingCasesTest {

    @Test
    void test_what_a_page_no_longer_says_is_denied_not_stated() {
        List<String> read = read("ChemoAtlas changelog\n\nVersion 4.2\n\n- Fixed: the CCR9 page no longer says that "
                + "vercirnon was approved by the European Medicines Agency.\n");
        assertTrue(read.contains("vercirnon approvedBy European Medicines Agency NEG"), read.toString());
        assertFalse(read.contains("vercirnon approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_class_whose_members_are_named_after_it_is_no_partner_of_its_own() {
        List<String> read = read("Problem-based learning case\n\nTrigger 2\nHis consultant suggests adding maraviroc, "
                + "which blocks CCR5, to two other antiretroviral drugs, dolutegravir and emtricitabine.\n");
        assertTrue(read.contains("maraviroc combinedWith dolutegravir HEDGE"), read.toString());
        assertTrue(read.contains("maraviroc combinedWith emtricitabine HEDGE"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith antiretroviral")), read.toString());
    }
}
