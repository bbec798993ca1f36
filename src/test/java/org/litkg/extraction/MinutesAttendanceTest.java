package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A committee's minutes name who came and who sent apologies. Every text is written for the test. */
class MinutesAttendanceTest {

    @Test
    void test_minutes_name_the_people_present_and_those_who_sent_apologies() {
        List<String> names = typedNames("""
                Trial Steering Committee
                Minutes of the meeting held on 12 November 2026

                Present: Dr Tom Fairweather
                Apologies: Dr Sunil Varadkar

                1. The committee noted that PF-04136309, which blocks CCR2, will be given with FOLFIRINOX.
                """);
        assertTrue(names.contains("PERSON Tom Fairweather"), names.toString());
        assertTrue(names.contains("PERSON Sunil Varadkar"), names.toString());
    }
}
