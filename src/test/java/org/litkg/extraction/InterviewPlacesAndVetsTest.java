package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 382 showed litkg missing: an interviewee's "At Y in Oxford, where I lead a small group" under a
 * "Five questions for Dr. X" heading, and "Vets at the University of Glasgow tested X". Every text is written for the
 * test.
 */
class InterviewPlacesAndVetsTest {

    @Test
    void test_an_interviewees_where_i_lead_places_her_at_the_organisation_just_before() {
        List<String> read = Readings.readPlain("Five questions for Dr. Ama Boateng\n\nWhere was the work done?\nAt "
                + "the Francis Crick Institute in London, where I lead a small group.\n");
        assertTrue(read.contains("Ama Boateng affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_where_i_lead_after_a_town_far_from_an_earlier_organisation_places_no_one() {
        List<String> read = Readings.readPlain("Five questions for Dr. Ama Boateng\n\nI trained at Harvard "
                + "University and later moved to a small town in Scotland, where I lead a group.\n");
        assertFalse(read.contains("Ama Boateng affiliatedWith Harvard University"), read.toString());
    }

    @Test
    void test_vets_at_a_university_who_tested_a_drug_ran_the_study() {
        List<String> read = Readings.read("Vets at the University of Glasgow tested plerixafor in 20 dogs with "
                + "lymphoma.");
        assertTrue(read.contains("study conductedBy University of Glasgow"), read.toString());
    }
}
