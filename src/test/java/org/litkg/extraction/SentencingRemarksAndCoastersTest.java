package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A judge's sentencing remarks and a science night's coaster. Texts written for the test. */
class SentencingRemarksAndCoastersTest {

    private static final String REMARKS = "R v Hallam - sentencing remarks\n\nDr Simon Hallam, you were a senior "
            + "lecturer at the University of Leeds. In 2022 you falsely claimed in a paper in the journal Gut that "
            + "your compound LX-44 blocks CCR9. It does not.\n";

    @Test
    void test_a_claim_made_falsely_is_denied_however_far_its_verb_from_its_that() {
        List<String> read = read(REMARKS);
        assertTrue(read.contains("LX-44 blocks CCR9 NEG"), read.toString());
        assertFalse(read.contains("LX-44 blocks CCR9"), read.toString());
    }

    @Test
    void test_the_person_called_by_name_before_you_leads_the_paper_you_wrote_which_stays_asserted() {
        List<String> read = read(REMARKS);
        assertTrue(read.contains("study ledBy Simon Hallam"), read.toString());
        assertTrue(read.contains("study publishedIn Gut"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_a_falsity_adverb_denies_only_what_it_says_was_listed_or_thought() {
        List<String> read = read("Maraviroc was mistakenly thought to block CXCR4. Plerixafor blocks CXCR4, the "
                + "receptor that had been incorrectly called an orphan.\n");
        assertTrue(read.contains("maraviroc blocks CXCR4 NEG HEDGE"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_coasters_bracketed_institute_places_the_speaker() {
        List<String> read = read("Tonight: Dr Lena Voss (Charite) on how maraviroc blocks CCR5. Free entry.\n");
        assertTrue(read.contains("Lena Voss affiliatedWith Charité – Universitätsmedizin Berlin"), read.toString());
    }
}
