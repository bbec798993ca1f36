package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A centre's mission statement, a trial's radio advert and a numbered name called a drug. Every text is written for
 * the test.
 */
class MissionsAdvertsAndTestedDrugsTest {

    @Test
    void test_a_centre_that_says_we_conducts_its_teams_finding_cited_by_journal() {
        List<String> read = read("""
                Our mission

                The Centre for Joint Immunology at the University of Birmingham exists to find out why inflammation \
                in the joints does not stop, and to turn what we find into treatments.

                In 2025 our team showed that synovial fibroblasts release CXCL13, which draws CXCR5-positive B cells \
                into inflamed joints (Nature Immunology).
                """);
        assertTrue(read.contains("study publishedIn Nature Immunology"), read.toString());
        assertTrue(read.contains("study conductedBy Centre for Joint Immunology"), read.toString());
    }

    @Test
    void test_a_bracketed_journal_with_no_finding_reported_cites_nothing() {
        List<String> read = read("Synovial fibroblasts are common in joints (Nature Immunology).");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study publishedIn")), read.toString());
    }

    @Test
    void test_a_numbered_name_called_a_tablet_is_a_drug_tested_where_the_text_says() {
        String text = "VEDRA-9, a new tablet that blocks CCR9, is being tested in people with Crohn's disease at Leeds "
                + "Teaching Hospitals.";
        assertTrue(typedNames(text).contains("DRUG VEDRA-9"), typedNames(text).toString());
        List<String> read = read(text);
        assertTrue(read.contains("VEDRA-9 blocks CCR9"), read.toString());
        assertTrue(read.contains("study conductedBy Leeds Teaching Hospitals"), read.toString());
    }

    @Test
    void test_a_drug_tested_at_a_dose_names_no_place() {
        List<String> read = read("Vercirnon blocks CCR9 and was tested at two doses in adults with Crohn's disease.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study conductedBy")), read.toString());
    }
}
