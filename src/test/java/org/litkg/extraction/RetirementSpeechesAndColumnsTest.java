package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A retirement speech's colleague and her group's paper. Every text is written for the test. */
class RetirementSpeechesAndColumnsTest {

    @Test
    void test_a_name_that_joined_a_university_in_a_year_is_a_person_working_there() {
        List<String> read = read("When Tomas Lindgren-Abara joined the University of Bergen in 1994, nobody here had "
                + "heard of CCR7.");
        assertTrue(read.contains("Tomas Lindgren-Abara affiliatedWith University of Bergen"), read.toString());
    }

    @Test
    void test_a_company_that_joined_a_consortium_in_a_year_is_no_person() {
        List<String> names = typedNames("Roche Diagnostics joined the Innovative Medicines Initiative in 2019.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names.toString());
    }

    @Test
    void test_her_group_that_went_on_to_show_a_finding_in_a_journal_led_that_study() {
        List<String> read = read("When Tomas Lindgren-Abara joined the University of Bergen in 1994, nobody had heard "
                + "of CCR7. His group went on to show, in a 2001 paper in Immunity, that CCL19 binds CCR7.");
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
        assertTrue(read.contains("study ledBy Tomas Lindgren-Abara"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bergen"), read.toString());
    }
}
