package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.readPlain;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that tables typed as plain text need (the hundred-and-eighty-sixth held-out set's patient decision aid):
 * each row's or column's thing is the subject of its cells, a drug's label may name the form it is given in
 * ("Teprotumumab drips:"), and a plain description with the drug in brackets ("Steroid drips (methylprednisolone)")
 * is that drug wherever it recurs. Every table is written for the test.
 */
class OptionGridsAndComparisonTablesTest {

    @Test
    void test_a_comparison_tables_rows_say_what_each_drug_does() {
        List<String> read = readPlain("How the gout drugs compare\n\nDrug | Class | Target | Status\n"
                + "Febuxostat | xanthine oxidase inhibitor | blocks xanthine oxidase | approved by the FDA in 2009\n"
                + "Anakinra | recombinant protein | blocks the IL-1 receptor | approved by the EMA for Still's disease\n");
        assertTrue(read.contains("febuxostat blocks xanthine oxidase"), read.toString());
        assertTrue(read.contains("febuxostat approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("anakinra blocks IL-1 receptor"), read.toString());
    }

    @Test
    void test_an_option_grids_columns_are_the_subjects_of_their_cells() {
        List<String> read = readPlain("Which treatment for active eye disease?\n\n"
                + "Your question | Steroid drips (methylprednisolone) | Teprotumumab drips\n"
                + "What is it? | A steroid that calms swelling. | An antibody that blocks IGF-1R on fibroblasts.\n"
                + "Is it approved? | Yes. | Approved by the FDA in 2020.\n"
                + "Can it be combined? | Azathioprine is sometimes given with steroid drips. "
                + "| It is not given together with steroid drips.\n");
        assertTrue(read.contains("teprotumumab blocks IGF-1R"), read.toString());
        assertTrue(read.contains("teprotumumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("azathioprine combinedWith methylprednisolone"), read.toString());
        assertTrue(read.contains("teprotumumab combinedWith methylprednisolone NEG"), read.toString());
        assertFalse(read.contains("teprotumumab combinedWith methylprednisolone"), read.toString());
    }

    @Test
    void test_a_drugs_label_may_name_the_form_it_is_given_in() {
        List<String> read = read("Teprotumumab infusions: approved by the FDA in 2020; blocks IGF-1R.\n");
        assertTrue(read.contains("teprotumumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }
}
