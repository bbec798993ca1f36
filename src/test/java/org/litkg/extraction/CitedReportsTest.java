package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A letter's cited report, which set 425 showed litkg missing: "the report by Okonkwo and colleagues (Gut 2026)" names
 * its first author by surname alone, a person who leads the report's study. The sentence is written for the test.
 */
class CitedReportsTest {

    @Test
    void test_the_surname_before_and_colleagues_after_a_report_by_is_a_person_who_leads_it() {
        String text = "We read with interest the report by Okonkwo and colleagues on CCR5 in colorectal cancer "
                + "(Gut 2026).";
        List<String> read = Readings.read(text);
        assertTrue(Readings.typedNames(text).contains("PERSON Okonkwo"), Readings.typedNames(text).toString());
        assertTrue(read.contains("study ledBy Okonkwo"), read.toString());
        assertTrue(read.contains("study publishedIn Gut"), read.toString());
    }
}
