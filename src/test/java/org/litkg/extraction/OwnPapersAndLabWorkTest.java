package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 403 showed litkg missing the leader of "The paper, published in J" after "X ... has published her first
 * paper", and the head of the lab a student "did the work in". The texts are written for the tests.
 */
class OwnPapersAndLabWorkTest {

    @Test
    void test_the_paper_after_a_person_published_her_paper_is_hers_and_done_where_she_works() {
        List<String> read = Readings.read("Maya Holt, a PhD student at the University of Dundee, has published her "
                + "first paper. The paper, published in Blood, shows that stromal cells release CXCL12.");
        assertTrue(read.contains("study ledBy Maya Holt"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
    }

    @Test
    void test_the_paper_after_a_person_published_a_different_noun_is_not_given_to_her() {
        List<String> read = Readings.read("Maya Holt, a PhD student at the University of Dundee, has published her "
                + "first review. The paper, published in Blood, shows that stromal cells release CXCL12.");
        assertFalse(read.contains("study ledBy Maya Holt"), read.toString());
    }

    @Test
    void test_the_head_of_the_lab_a_student_did_the_work_in_leads_it() {
        List<String> read = Readings.read("Her paper, published in Blood, shows that stromal cells release CXCL12. "
                + "Maya did the work in the lab of Professor Ewan Reid.");
        assertTrue(read.contains("study ledBy Ewan Reid"), read.toString());
    }
}
