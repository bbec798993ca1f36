package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 369 showed litkg missing: a drug named after a reduced relative of purpose ("A pill designed
 * to block CCR6, called PX-620,"), a company's "its phase 2 trial" after a dateline the sentence splitter cut at
 * "Mass.", a PhD student as the researcher who found, and the person a later "the PhD student" apposition names.
 * Every text is written for the test.
 */
class DesignedDrugsAndIntroducedRolesTest {

    @Test
    void test_a_drug_named_after_a_purpose_participle_does_what_the_purpose_says() {
        List<String> read = Readings.read("An antibody engineered to block CCR9, known as QL-770, is in testing.");
        assertTrue(read.contains("QL-770 blocks CCR9"), read.toString());
    }

    @Test
    void test_a_dateline_cut_off_by_the_sentence_splitter_leaves_the_company_owning_its_trial() {
        List<String> read = Readings.read("WALTHAM, Mass. - Lumora Bio said that BRIDGE-3, its phase 2 trial of LM-12, "
                + "met its goal.");
        assertTrue(read.contains("study conductedBy Lumora Bio"), read.toString());
    }

    @Test
    void test_a_phd_student_at_an_institution_who_found_something_is_the_studys_team() {
        List<String> read = Readings.read("A PhD student at Uppsala University has found how mast cells release CCL2.");
        assertTrue(read.contains("study conductedBy Uppsala University"), read.toString());
    }

    @Test
    void test_a_person_apposed_to_a_role_introduced_earlier_with_a_workplace_works_there() {
        List<String> read = Readings.read("A postdoc at Leiden University has shown why the cells leave. \"We were "
                + "surprised,\" said Maria Jansen, the postdoc who ran the experiments.");
        assertTrue(read.contains("Maria Jansen affiliatedWith Leiden University"), read.toString());
        // a role introduced with a person of its own stands for that person, not one named later
        read = Readings.read("Dr. Tom Reyes, an oncologist at Leiden University, praised the work. \"It is "
                + "important,\" said Anna Berg, the oncologist who led the trial.");
        assertFalse(read.contains("Anna Berg affiliatedWith Leiden University"), read.toString());
    }
}
