package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A journal's acceptance letter ("your manuscript ... has been accepted for publication in J") and a visual abstract's
 * reference-style study line dated after a comma. Every text is written for the test.
 */
class AcceptanceLettersAndVisualAbstractsTest {

    @Test
    void test_the_manuscript_a_letter_accepts_is_the_addressees_study_in_that_journal() {
        List<String> read = read("From: Hepatology Editorial Office\nTo: Dr. Marta Okonkwo-Lindgren, Charite Hospital "
                + "Berlin\n\nDear Dr. Okonkwo-Lindgren,\n\nI am pleased to tell you that your manuscript, \"Liver "
                + "endothelial cells release CXCL16\", has been accepted for publication in Hepatology.\n");
        assertTrue(read.contains("study publishedIn Hepatology"), read.toString());
        assertTrue(read.contains("study ledBy Marta Okonkwo-Lindgren"), read.toString());
    }

    @Test
    void test_a_reference_style_line_dated_after_a_comma_publishes_the_study() {
        List<String> read = read("Visual abstract (text version)\n\nPanel 2 - What we found: Dendritic cells in the "
                + "skin release CCL17, which binds CCR4 on Th2 cells.\n\nStudy: Ito-Fairbairn M, Sandoval-Reyes J, et al. "
                + "Journal of Investigative Dermatology, 2026.\n");
        assertTrue(read.contains("study publishedIn Journal of Investigative Dermatology"), read.toString());
    }
}
