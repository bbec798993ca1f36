package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seminar reminder's "Her group recently showed that ...": an adverb of time between the group and its finding verb
 * leaves the finding the group's study, which its head leads. Every text is written for the test.
 */
class SeminarRemindersTest {

    @Test
    void test_a_group_that_recently_showed_a_finding_did_a_study_its_head_leads() {
        List<String> read = read("Reminder\n\nToday's seminar is given by Dr. Ailbhe Kowalczyk-Nyambura from University "
                + "College Cork. Her group recently showed that astrocytes release CCL2 in multiple sclerosis.");
        assertTrue(read.contains("study ledBy Ailbhe Kowalczyk-Nyambura"), read.toString());
        assertTrue(read.contains("study conductedBy University College Cork"), read.toString());
    }

    @Test
    void test_a_group_that_studies_a_topic_now_reports_no_study() {
        List<String> read = read("Reminder\n\nToday's seminar is given by Dr. Ailbhe Kowalczyk-Nyambura from University "
                + "College Cork. Her group now studies how astrocytes release CCL2 in multiple sclerosis.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }
}
