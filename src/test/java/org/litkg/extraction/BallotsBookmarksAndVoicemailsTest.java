package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A society's ballot (numbered candidates, "it" twice after a plural subject, "Nominated by" lines), a hospital
 * library's bookmark (the library as a heading, "a review by Dr. X of Y in J"), a nurse's voicemail (a partner after
 * "your"), and a memorial held at a library. Every text is written for the test.
 */
class BallotsBookmarksAndVoicemailsTest {

    @Test
    void test_a_ballots_candidates_are_read_and_each_nominator_is_placed() {
        List<String> read = read("""
                Molecule of the Year ballot

                1. CCL7. Damaged lung cells release it, and it binds CCR2 on monocytes.
                Nominated by Dr. Eilidh Marchetti-Quaye, University of Aberdeen

                2. Plerixafor. It blocks CXCR4 and was approved by the FDA in 2008.
                Nominated by Professor Kwabena Ashdown-Ruiz, University of Leicester
                """);
        assertTrue(read.contains("CCL7 binds CCR2"), read.toString());
        assertFalse(read.toString().contains("lung cell binds"), read.toString());
        assertTrue(read.contains("Eilidh Marchetti-Quaye affiliatedWith University of Aberdeen"), read.toString());
        assertTrue(read.contains("Kwabena Ashdown-Ruiz affiliatedWith University of Leicester"), read.toString());
    }

    @Test
    void test_a_review_by_a_named_author_in_a_journal_is_a_study_they_lead_where_they_work() {
        String bookmark = """
                Bodleian Health Care Library, Churchill Hospital

                Did you know? Keratinocytes release CCL27, which binds CCR10 on skin-homing T cells.

                Librarian's pick: a review by Dr. Tobiah Renwick-Osei of Imperial College London in the Journal of \
                Allergy and Clinical Immunology.
                """;
        List<String> read = read(bookmark);
        assertTrue(read.contains("study ledBy Tobiah Renwick-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy Imperial College London"), read.toString());
        assertTrue(read.contains("study publishedIn Journal of Allergy and Clinical Immunology"), read.toString());
        List<String> typed = typedNames(bookmark);
        assertTrue(typed.contains("ORGANIZATION Bodleian Health Care Library"), typed.toString());
        List<String> regulator = read("""
                Dr. Ama Sterling-Oduya of the University of Kent said that the drug is under review by the FDA, and \
                that it blocks CCR2.
                """);
        assertFalse(regulator.toString().contains("ledBy"), regulator.toString());
    }

    @Test
    void test_it_after_a_drug_taken_with_your_partner_drug_is_the_drug_the_call_is_about() {
        List<String> read = read("""
                Hello Mrs. Adeyinka, this is a nurse in the clinic at Guy's Hospital. I'm calling about your new \
                medicine, avacopan. Avacopan blocks a receptor called C5aR1. You will take it together with your \
                rituximab. It was approved by the FDA in 2021.
                """);
        assertTrue(read.contains("avacopan approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("rituximab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_venue_with_its_town_and_date_after_a_persons_name_is_not_their_workplace() {
        List<String> read = read("""
                A tribute given at the memorial for Professor Hamish Kettleborough-Ade (1941-2025), Playfair Library, \
                Edinburgh, 20 November 2026. He spent his career at the University of Edinburgh, where his team \
                showed that CCL2 binds CCR2.
                """);
        assertFalse(read.toString().contains("Playfair Library"), read.toString());
    }
}
