package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An interview headed "Five minutes with..." whose guest answers in the first person. Written for the test. */
class InterviewHeadingsTest {

    @Test
    void test_the_guest_an_interview_heading_names_leads_our_paper() {
        List<String> read = read("""
                FIVE MINUTES WITH... Dr. Jonas Eklund-Varga, immunologist at Lund University

                BEST MOMENT SO FAR?
                Seeing our Immunity paper online last spring.
                """);
        assertTrue(read.contains("Jonas Eklund-Varga affiliatedWith Lund University"), read.toString());
        assertTrue(read.contains("study ledBy Jonas Eklund-Varga"), read.toString());
        assertTrue(read.contains("study conductedBy Lund University"), read.toString());
    }

    @Test
    void test_a_heading_that_names_no_guest_gives_the_paper_no_leader() {
        List<String> read = read("""
                Five minutes with the lab

                BEST MOMENT SO FAR?
                Seeing our Immunity paper online last spring, said Dr. Jonas Eklund-Varga of Lund University.
                """);
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }
}
