package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A grant call's awardee, a researcher's cited finding and a quiz bowl toss-up. Texts written for the test. */
class GrantCallsAndCitedFindingsTest {

    @Test
    void test_a_named_researcher_whose_finding_is_cited_with_its_journal_leads_the_study() {
        List<String> read = read("Previous awardee: Dr Fenella Okwuosa-Grant (Newcastle University) showed that CCR2 "
                + "on monocytes drives liver scarring (Gut, 2025).");
        assertTrue(read.contains("study ledBy Fenella Okwuosa-Grant"), read.toString());
        assertTrue(read.contains("study conductedBy Newcastle University"), read.toString());
    }

    @Test
    void test_a_named_researchers_finding_without_a_journal_names_no_study_of_theirs() {
        List<String> read = read("Dr Fenella Okwuosa-Grant of Newcastle University showed that CCR2 on monocytes "
                + "drives liver scarring.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study ")), read.toString());
    }

    @Test
    void test_a_toss_ups_this_receptor_is_the_receptor_its_answer_line_names() {
        List<String> read = read("Round 6, Toss-up 11\n\nTOSS-UP: This receptor is blocked by the stem cell mobiliser "
                + "plerixafor and by mavorixafor, a pill for WHIM syndrome. For 10 points, name this receptor.\n"
                + "ANSWER: CXCR4\n");
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
    }
}
