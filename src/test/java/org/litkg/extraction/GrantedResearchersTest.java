package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 415 showed litkg reading a grant story's "A Dundee scientist has won £1.2 million to study how ..."
 * as a study done at Dundee: the money pays for work to come, and the sets give such work no study rows. The texts
 * are written for the tests.
 */
class GrantedResearchersTest {

    @Test
    void test_researchers_paid_to_study_a_question_have_done_no_study_yet() {
        List<String> read = Readings.read("Researchers at the University of Leeds have received £2 million to test "
                + "whether CCL2 harms the kidney.");
        assertFalse(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_researchers_who_found_something_did_a_study_there() {
        List<String> read = Readings.read("Researchers at the University of Leeds have found that CCL2 harms the "
                + "kidney.");
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }
}
