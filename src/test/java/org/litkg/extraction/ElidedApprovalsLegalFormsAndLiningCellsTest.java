package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-thirty-seventh held-out set (a newspaper explainer, a university media release, a company
 * press release over a wire, a PubMed record) showed missing or wrong on its first run. Every sentence is written for
 * the test.
 */
class ElidedApprovalsLegalFormsAndLiningCellsTest {

    @Test
    void test_cells_lining_a_possessed_structure_are_the_subject() {
        List<String> read = read("In sepsis, endothelial cells lining the lungs' blood vessels pour out CXCL8.");
        assertTrue(read.contains("endothelial cell secretes CXCL8"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("blood vessel")), read.toString());
    }

    @Test
    void test_a_company_with_its_legal_form_after_a_comma_is_named_without_it() {
        List<String> names = typedNames("BOSTON, Nov. 25, 2026 (GLOBE NEWSWIRE) -- Brightwater Neuro, Inc. (Nasdaq: BWNR), a "
                + "biotechnology company, today announced results.");
        assertTrue(names.contains("ORGANIZATION Brightwater Neuro"), names.toString());
        List<String> chinese = typedNames("She works at Zhaoming Pharmaceutical (Hefei) Co., Ltd. in Hefei.");
        assertFalse(chinese.stream().anyMatch(n -> n.endsWith(" Co")), chinese.toString());
    }

    @Test
    void test_an_officer_of_a_company_works_there() {
        List<String> read = read("\"We will move to Phase 3,\" said Dr. Ana Ruiz-Holm, Chief Medical Officer of "
                + "Brightwater Neuro.");
        assertTrue(read.contains("Ana Ruiz-Holm affiliatedWith Brightwater Neuro"), read.toString());
    }

    @Test
    void test_drugs_listed_with_only_their_years_after_an_approval_are_approved_too() {
        List<String> read = read("Riluzole was approved by the U.S. Food and Drug Administration in 1995, edaravone in "
                + "2017 and tofersen, an antisense drug, in 2023.");
        assertTrue(read.contains("edaravone approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("tofersen approvedBy U.S. Food and Drug Administration"), read.toString());
        List<String> dated = read("Riluzole was approved by the U.S. Food and Drug Administration in 1995, after "
                + "trials of gabapentin in 1990.");
        assertFalse(dated.stream().anyMatch(x -> x.startsWith("gabapentin approvedBy")), dated.toString());
    }

    @Test
    void test_cathepsins_and_the_placenta_are_known() {
        List<String> names = typedNames("Cells of the placenta release it. Brensocatib did not inhibit cathepsin G.");
        assertTrue(names.contains("TISSUE placenta"), names.toString());
        assertTrue(names.contains("PROTEIN CTSG"), names.toString());
    }
}
