package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-first held-out set (a PubMed record, a university release as EurekAlert prints it, a
 * regional newspaper's health story, a not-for-profit's press release) showed missing or wrong on its first run.
 * Every sentence is written for the test.
 */
class LabelledAbstractsCampusesAndCopularPostsTest {

    @Test
    void test_a_fronted_phrase_after_an_abstracts_label_is_no_subject() {
        List<String> read = read("BACKGROUND: In lupus nephritis, the epithelial cells that line the tubules produce CCL2.");
        assertTrue(read.contains("epithelial cell secretes CCL2"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("lupus")), read.toString());
    }

    @Test
    void test_a_university_systems_campus_after_a_comma_is_part_of_its_name() {
        List<String> read = read("A study from the University of Texas, Austin, shows that astrocytes secrete CXCL10.");
        assertTrue(read.contains("study conductedBy University of Texas, Austin"), read.toString());
    }

    @Test
    void test_a_post_between_a_copula_and_a_name_links_the_name_to_the_role() {
        List<String> read = read("The team was led by Dr. Hana Okoro-Lind of Emory University. The first author is "
                + "graduate student Tobias Renner-Achebe.");
        assertTrue(read.contains("study ledBy Tobias Renner-Achebe"), read.toString());
    }

    @Test
    void test_an_approved_drug_may_open_the_sentence_before_its_brand() {
        List<String> read = read("Nifurtimox, sold as Lampit, was approved by the FDA in 2020 for Chagas disease.");
        assertTrue(read.contains("nifurtimox approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_pronoun_after_a_preposition_is_no_subject_but_one_after_than_is() {
        List<String> read = read("When eggs lodge in the liver, mast cells gather around them and release tryptase.");
        assertTrue(read.contains("mast cell secretes tryptase"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("liver")), read.toString());
        List<String> than = read("CD155 binds TIGIT more tightly than it binds CD226.");
        assertTrue(than.contains("CD155 binds CD226"), than.toString());
    }

    @Test
    void test_a_receptors_numbered_chain_is_part_of_its_name() {
        List<String> read = read("IL-13 binds the IL-13 receptor alpha 1 chain on fibroblasts in the lung.");
        assertTrue(read.contains("IL-13 receptor alpha 1 chain expressedOn fibroblast"), read.toString());
    }

    @Test
    void test_it_after_a_sentence_opening_with_a_trial_is_the_trial() {
        List<String> read = read("The new trial, called NORTHSTAR-3, will enrol 60 adults. It is being run by the Leeds "
                + "Clinical Research Facility and led by consultant rheumatologist Dr Anya Petrakis-Boateng of Chapel "
                + "Allerton Hospital.");
        assertTrue(read.contains("study conductedBy Leeds Clinical Research Facility"), read.toString());
        assertTrue(read.contains("study ledBy Anya Petrakis-Boateng"), read.toString());
    }

    @Test
    void test_levodopa_is_known() {
        List<String> names = typedNames("Doses of levodopa were lowered in the spring, and the tremor came back.");
        assertTrue(names.contains("DRUG levodopa"), names.toString());
    }
}
