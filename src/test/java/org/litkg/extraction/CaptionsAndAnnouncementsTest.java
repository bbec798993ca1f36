package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lab photo's caption (its title's "The X lab", a "left to right" list of names, "(Blood, June 2026)") and an
 * announcement's "which showed in 2025 in J that". Every text is written for the test.
 */
class CaptionsAndAnnouncementsTest {

    private static final String CAPTION = "The Lindahl lab, March 2026, on the steps of the medical school\n\n"
            + "Left to right: Ana Ruiz-Okafor, Dr. Petra Lindahl-Mensah (lab head), Joel Baptiste-Holm.\n\n"
            + "This year the lab showed that stromal cells release CXCL12, which binds CXCR4 on leukaemia cells "
            + "(Blood, June 2026).";

    @Test
    void test_a_citation_dated_by_month_and_year_in_brackets_names_the_journal() {
        List<String> read = read(CAPTION);
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }

    @Test
    void test_the_lab_a_title_names_by_part_of_a_double_surname_is_its_heads() {
        List<String> read = read(CAPTION);
        assertTrue(read.contains("study ledBy Petra Lindahl-Mensah"), read.toString());
    }

    @Test
    void test_names_listed_left_to_right_are_people() {
        List<String> names = Readings.typedNames(CAPTION);
        assertTrue(names.contains("PERSON Ana Ruiz-Okafor"), names.toString());
        assertTrue(names.contains("PERSON Joel Baptiste-Holm"), names.toString());
    }

    @Test
    void test_blood_in_brackets_without_a_year_is_no_journal() {
        List<String> read = read("Lab notes\n\nStromal cells release CXCL12 into the marrow (and into the blood). "
                + "Plerixafor blocks CXCR4 (Blood samples, week 2).");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_finding_dated_before_its_journal_names_the_journal() {
        List<String> read = read("Agreement signed\n\nThe antibody grew out of work by Professor Iona Marsh-Obi's group "
                + "at the University of Aberdeen, which showed in 2024 in Mucosal Immunology that gut macrophages "
                + "carry CCR8.");
        assertTrue(read.contains("study publishedIn Mucosal Immunology"), read.toString());
        assertTrue(read.contains("study ledBy Iona Marsh-Obi"), read.toString());
    }

    @Test
    void test_her_group_had_just_shown_is_a_study_she_leads() {
        List<String> read = read("Preface\n\nThis book began in the laboratory of Professor Maren Lindqvist-Obi at the "
                + "University of Oslo. Her group had just shown that neutrophils follow CXCL1, and the paper appeared "
                + "in Immunity.");
        assertTrue(read.contains("study ledBy Maren Lindqvist-Obi"), read.toString());
        assertTrue(read.contains("study conductedBy University of Oslo"), read.toString());
    }
}
