package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A founder's pitch: her own lab's place, not the company she co-founded, is where its work was done, and "we
 * published that in J" publishes. Every text is written for the test.
 */
class PitchesAndRouteGuidesTest {

    @Test
    void test_a_founders_own_lab_not_her_company_did_the_work_she_published_that_in_a_journal() {
        List<String> read = read("\"Hi, I'm Dr. Maeve Okonjo-Lindahl, co-founder of Brackenridge Bio. In mice, my lab at "
                + "the University of Glasgow showed that our antibody shrinks tumours, and we published that in Nature "
                + "Communications last year.\"\n");
        assertTrue(read.contains("study publishedIn Nature Communications"), read.toString());
        assertTrue(read.contains("study conductedBy University of Glasgow"), read.toString());
        assertFalse(read.contains("study conductedBy Brackenridge Bio"), read.toString());
        assertTrue(read.contains("Maeve Okonjo-Lindahl affiliatedWith Brackenridge Bio"), read.toString());
    }
}
