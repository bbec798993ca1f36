package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 383 showed litkg missing an award winner's "his study showing that": a person's own study, before the
 * claim it made, is a study that person led. The text is written for the test.
 */
class OwnStudiesShowingTest {

    @Test
    void test_a_persons_study_showing_a_finding_is_led_by_that_person_where_they_work() {
        List<String> read = Readings.read("Dr. Tomas Ekberg, a cardiologist at Guy's Hospital, has won the award. "
                + "The award recognises his study showing that the artery wall releases CCL2.");
        assertTrue(read.contains("study ledBy Tomas Ekberg"), read.toString());
        assertTrue(read.contains("study conductedBy Guy's Hospital"), read.toString());
    }
}
