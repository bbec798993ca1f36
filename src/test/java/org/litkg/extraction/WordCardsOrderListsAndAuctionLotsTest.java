package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A labelled headword over its definition, an order's amount between a drug's name and the bracket that describes
 * it, and a dated journal paper's authors after "by". Every text is written for the test.
 */
class WordCardsOrderListsAndAuctionLotsTest {

    @Test
    void test_a_definition_under_a_labelled_headword_is_of_the_headword() {
        List<String> read = read("""
                Spelling bee: round 2

                Word: maraviroc
                Definition: a drug that blocks CCR5 on T cells.

                Word: basophil
                Definition: a white blood cell that carries CCR3.
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("CCR3 expressedOn basophil"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("CCR3 expressedOn leukocyte")), read.toString());
    }

    @Test
    void test_a_class_in_brackets_after_an_ordered_amount_describes_the_drug() {
        List<String> read = read("""
                Order list, week 12

                - vicriviroc, 3 vials (CCR5 antagonist, for the T cell migration assay)
                - recombinant human CCL5, 10 µg (positive control)
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_a_dated_journal_paper_by_a_professor_is_a_study_they_lead_there() {
        List<String> read = read("""
                Lot 7: a signed first print of the 2021 Nature paper by Professor Ines Okonjo-Baird of the \
                University of Dundee that showed that cancer-associated fibroblasts release CXCL12.
                """);
        assertTrue(read.contains("study publishedIn Nature"), read.toString());
        assertTrue(read.contains("study ledBy Ines Okonjo-Baird"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
    }
}
