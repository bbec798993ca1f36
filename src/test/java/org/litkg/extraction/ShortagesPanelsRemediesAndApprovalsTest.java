package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-second held-out set (a drug shortage story, an advisory committee's vote, a
 * consumer health desk's answer, a wire story of a Chinese approval) showed missing on its first run. Every sentence
 * is written for the test.
 */
class ShortagesPanelsRemediesAndApprovalsTest {

    @Test
    void test_cells_inside_tumours_are_no_cancer() {
        String text = "Belvarimab binds CCR8, a receptor found mostly on regulatory T cells inside tumours.";
        assertTrue(typedNames(text).stream().noneMatch(x -> x.startsWith("CANCER")), typedNames(text).toString());
        assertTrue(read(text).contains("CCR8 expressedOn regulatory T cell"), read(text).toString());
    }

    @Test
    void test_a_chemokine_made_by_cells_in_an_organ_is_what_holds() {
        List<String> read = read("Normally a chemokine called CXCL12, made by stromal cells in the bone marrow, holds "
                + "the stem cells in place.");
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        assertFalse(read.contains("stromal cell sequesters stem cell"), read.toString());
    }

    @Test
    void test_st_john_s_wort_is_a_drug_never_combined_when_warned_against() {
        String text = "Maraviroc should not be taken together with St John's wort, a herbal remedy.";
        assertTrue(typedNames(text).contains("DRUG St John's wort"), typedNames(text).toString());
        assertTrue(read(text).contains("maraviroc combinedWith St John's wort NEG"), read(text).toString());
    }
}
