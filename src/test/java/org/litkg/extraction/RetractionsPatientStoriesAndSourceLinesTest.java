package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 352 showed litkg getting wrong: a retracted paper's claim, asserted; the head of the lab a
 * paper came from; "It" after a drug and its class in apposition, given to the class; a patient's doctors read as a
 * study's team; a patient's name before the possessive of his disease read as an eponym; a column's source line
 * ("Xu et al., Immunity (2026)") left unread; and a phrase of time after an unnamed agent searched for the agent.
 * Every text is written for the test.
 */
class RetractionsPatientStoriesAndSourceLinesTest {

    @Test
    void test_a_retracted_papers_claim_is_denied_and_the_lab_it_came_from_leads() {
        List<String> read = Readings.read("The journal Blood has retracted a 2023 paper from the laboratory of Dr. "
                + "Ruth Kemp at the University of York, which had claimed that a new compound, QX-9, blocks CCR2.");
        assertTrue(read.contains("QX-9 blocks CCR2 NEG"), read.toString());
        assertTrue(read.contains("study ledBy Ruth Kemp"), read.toString());
        assertTrue(read.contains("study conductedBy University of York"), read.toString());
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }

    @Test
    void test_it_after_a_drug_and_its_apposed_class_is_the_drug() {
        List<String> read = Readings.read("Doctors offered her nivolumab, a checkpoint inhibitor. It was approved by "
                + "the FDA in 2014.");
        assertTrue(read.contains("nivolumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_patients_doctors_at_a_hospital_are_no_study_team() {
        List<String> read = Readings.read("Then her doctors at Addenbrooke's Hospital offered her nivolumab.");
        assertFalse(read.stream().anyMatch(r -> r.contains("conductedBy")), read.toString());
    }

    @Test
    void test_a_patients_name_before_the_possessive_of_her_disease_is_no_eponym() {
        List<String> names = Readings.typedNames("When Ana Silva's lymphoma came back, she was told little was left.");
        assertTrue(names.contains("CANCER lymphoma"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Silva's")), names.toString());
    }

    @Test
    void test_a_columns_source_line_names_the_study_its_journal_and_first_author() {
        List<String> read = Readings.readPlain("Paper of the week\n\nOkafor et al., Immunity (2026)\n\n"
                + "The authors show that CCL21 binds CCR7 on T cells.\n");
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
        assertTrue(read.contains("study ledBy Okafor"), read.toString());
    }

    @Test
    void test_no_agent_is_sought_past_a_phrase_of_time_after_an_unnamed_one() {
        List<String> read = Readings.read("Eptinezumab binds CGRP, a peptide released by nerve endings during a "
                + "migraine attack.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("migraine secretes")), read.toString());
    }
}
