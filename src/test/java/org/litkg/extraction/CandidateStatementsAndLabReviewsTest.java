package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that an election's candidate statement and a lab's year in review need: "Candidate statement: Dr. X" names
 * the writer, whose "Current post:" places her and her group's study, and a lab's post signed "Professor X" alone at
 * its foot is hers. Every text is written for the test.
 */
class CandidateStatementsAndLabReviewsTest {

    @Test
    void test_a_candidates_post_field_places_her_and_her_groups_study() {
        List<String> read = read("Trustee elections 2026\nCandidate statement: Dr. Leonie Achterberg-Mwale\n\n"
                + "Current post: Reader in Immunology, University of Sheffield\n\nAbout my research: My group "
                + "studies T cells in the skin. We showed that keratinocytes release CCL27, and our paper on this "
                + "appeared in the Journal of Investigative Dermatology in 2025.\n");
        assertTrue(read.contains("Leonie Achterberg-Mwale affiliatedWith University of Sheffield"), read.toString());
        assertTrue(read.contains("study ledBy Leonie Achterberg-Mwale"), read.toString());
        assertTrue(read.contains("study conductedBy University of Sheffield"), read.toString());
    }

    private static final String REVIEW = "The lab - 2026 in review\n\nJanuary: Our paper showing that CXCL9 from "
            + "macrophages binds CXCR3 on CD8 T cells came out in Cancer Cell.\n\nThank you to everyone!\n\n";

    @Test
    void test_a_lab_review_signed_by_a_titled_name_alone_is_the_signers() {
        List<String> read = read(REVIEW + "Professor Kenji Moreau-Addo\n");
        assertTrue(read.contains("study ledBy Kenji Moreau-Addo"), read.toString());
        // a name with no title, as a parent or a patient signs, makes no one the writer
        List<String> untitled = read(REVIEW + "Kenji Moreau-Addo\n");
        assertFalse(untitled.stream().anyMatch(x -> x.contains("ledBy")), untitled.toString());
    }
}
