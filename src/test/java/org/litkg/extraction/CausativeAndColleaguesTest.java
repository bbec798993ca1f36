package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-first held-out set showed litkg missing or misreading: the ends of a two-ended molecule
 * that "recognises" and "engages" its targets, a researcher named before "and colleagues" (with an institution
 * after them or before the researcher's role), and the doer of a verb after a causative one ("prompts the liver
 * to produce"). Every sentence is written for the test.
 */
class CausativeAndColleaguesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_each_end_of_a_two_ended_drug_recognises_or_engages_a_target_but_a_receptor_recognises_no_ligand() {
        List<String> read = read("Tebentafusp is a fusion protein drug. One end of the molecule recognises gp100, and "
                + "the other end engages CD3 on T cells. CXCR4 recognises CXCL12.");
        assertTrue(read.contains("tebentafusp binds gp100"), read.toString());
        assertTrue(read.contains("tebentafusp binds CD3"), read.toString());
        assertFalse(read.contains("CXCR4 binds CXCL12"), read.toString());
    }

    @Test
    void test_a_researcher_and_colleagues_leads_the_study_where_they_work() {
        List<String> read = read("The drug failed, according to a study by Anjali Verma and colleagues at Northfield "
                + "University published in the Journal of Hepatology.");
        assertTrue(read.contains("study ledBy Anjali Verma"), read.toString());
        assertTrue(read.contains("Anjali Verma affiliatedWith Northfield University"), read.toString());
        assertTrue(read.contains("study conductedBy Northfield University"), read.toString());
    }

    @Test
    void test_a_researcher_and_his_team_lead_the_study_whatever_the_tense_of_the_verb() {
        List<String> read = read("Professor Tomasz Nowak and his team at the Medical University of Warsaw have been "
                + "asking why T cells rarely get inside glioblastoma. Their answer was published in Neuro-Oncology.");
        assertTrue(read.contains("study ledBy Tomasz Nowak"), read.toString());
        assertTrue(read.contains("study conductedBy Medical University of Warsaw"), read.toString());
    }

    @Test
    void test_an_institution_before_a_researchers_role_employs_the_researcher() {
        List<String> read = read("Most patients regrew hair, Northfield University dermatologist Tomas Berglund and "
                + "colleagues report in the Journal of Hepatology.");
        assertTrue(read.contains("Tomas Berglund affiliatedWith Northfield University"), read.toString());
        assertTrue(read.contains("study ledBy Tomas Berglund"), read.toString());
    }

    @Test
    void test_the_doer_after_a_causative_verb_is_its_object_not_an_earlier_name() {
        List<String> read = read("IL-6 is released by macrophages, and it prompts the liver to produce C-reactive "
                + "protein. Interferon-gamma prompts follicle cells to produce CXCL10.");
        assertFalse(read.contains("macrophage secretes C-reactive protein"), read.toString());
        assertTrue(read.contains("follicle cell secretes CXCL10"), read.toString());
    }
}
