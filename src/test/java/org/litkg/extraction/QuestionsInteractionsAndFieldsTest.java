package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-first held-out set showed litkg missing or misreading: a negation before a verb whose first
 * argument follows it, a drug interaction read as a combination, a quiz's questions read as statements, a drug
 * "given with" a class taken to be of that class, a planned test of a combination read as a finding, the author and
 * investigator lines of a manuscript and a grant, and an enzyme (or "it" after plural vessels) read as secreting.
 * Every sentence is written for the test.
 */
class QuestionsInteractionsAndFieldsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_negation_before_a_verb_that_comes_before_its_drugs_denies_the_combination() {
        List<String> read = read("In the trial, no patient received velumab with chemotherapy. Patients did not "
                + "receive velumab with ipilimumab.");
        assertTrue(read.contains("velumab combinedWith chemotherapy NEG"), read.toString());
        assertTrue(read.contains("velumab combinedWith ipilimumab NEG"), read.toString());
        assertFalse(read.contains("velumab combinedWith ipilimumab"), read.toString());
    }

    @Test
    void test_a_negation_in_an_earlier_clause_does_not_deny_the_combination() {
        List<String> read = read("The first regimen did not work, but patients then received velumab with ipilimumab.");
        assertTrue(read.contains("velumab combinedWith ipilimumab"), read.toString());
    }

    @Test
    void test_a_drugs_levels_changed_by_another_drug_are_an_interaction_not_a_combination() {
        List<String> read = read("Belostat levels rise several fold when it is taken with strong CYP3A4 inhibitors "
                + "such as itraconazole. In the trial, belostat was given with icatibant.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("belostat combinedWith itraconazole")), read.toString());
        assertTrue(read.contains("belostat combinedWith icatibant"), read.toString());
    }

    @Test
    void test_an_interaction_is_no_combination_in_any_of_the_forms_that_read_one() {
        List<String> read = read("In the trial, belostat levels rose several fold when it was given together with "
                + "itraconazole.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("belostat combinedWith itraconazole")), read.toString());
    }

    @Test
    void test_questions_and_true_or_false_statements_state_nothing() {
        List<String> read = read("Can velumab be combined with ipilimumab? True or false: velotinib is given with "
                + "trametinib. Answer: false.");
        assertFalse(read.stream().anyMatch(r -> r.contains("combinedWith")), read.toString());
    }

    @Test
    void test_a_drug_given_with_an_inhibitor_class_is_not_of_that_class() {
        List<String> read = read("Velotinib is often given with a MEK inhibitor. Belotinib, a RAF inhibitor, is newer.");
        assertFalse(read.contains("velotinib blocks MEK"), read.toString());
        assertTrue(read.contains("belotinib blocks RAF"), read.toString());
    }

    @Test
    void test_a_planned_or_ongoing_test_of_a_combination_is_hedged_and_a_past_one_is_not() {
        List<String> read = read("Aim 2. Test whether velotinib combined with pexidartinib shrinks tumours in mice.");
        assertTrue(read.contains("velotinib combinedWith pexidartinib HEDGE"), read.toString());
        List<String> ongoing = read("Trials are now testing belotinib together with cetuximab.");
        assertTrue(ongoing.contains("belotinib combinedWith cetuximab HEDGE"), ongoing.toString());
        List<String> done = read("The team tested belotinib with cetuximab in mice.");
        assertTrue(done.contains("belotinib combinedWith cetuximab"), done.toString());
    }

    @Test
    void test_a_corresponding_author_line_names_the_leader_and_an_investigator_line_its_institution() {
        List<String> read = read("Corresponding author: Mei-Ling Zhou, Peking University Cancer Hospital\n\n"
                + "The DELTA-LOW trial of velumab was led by Dr Zhou.");
        assertTrue(read.contains("study ledBy Mei-Ling Zhou"), read.toString());
        assertTrue(read.contains("Mei-Ling Zhou affiliatedWith Peking University Cancer Hospital"), read.toString());
        List<String> grant = read("Principal Investigator: Tomás Aguilar, PhD, Department of Pediatrics, University of "
                + "Alabama at Birmingham\n\nIn our 2024 study in Cancer Research, we found that macrophages carry CSF1R.");
        assertTrue(grant.contains("Tomás Aguilar affiliatedWith University of Alabama at Birmingham"), grant.toString());
        assertTrue(grant.contains("study ledBy Tomás Aguilar"), grant.toString());
    }

    @Test
    void test_an_enzyme_numbered_one_is_named_with_its_numeral() {
        List<String> read = read("Its payload, a topoisomerase I inhibitor called DXd, is released in the cell.");
        assertTrue(read.contains("DXd blocks topoisomerase I"), read.toString());
    }

    @Test
    void test_an_enzyme_that_makes_a_peptide_does_not_secrete_it_and_it_is_not_the_vessels_before() {
        List<String> read = read("In hereditary angioedema, a shortage of C1 inhibitor leaves plasma kallikrein "
                + "unchecked, and the enzyme produces bradykinin, which makes blood vessels leak. Velumab binds plasma "
                + "kallikrein and stops it from making bradykinin.");
        assertFalse(read.stream().anyMatch(r -> r.contains("secretes")), read.toString());
        assertTrue(read.contains("velumab binds plasma kallikrein"), read.toString());
    }
}
