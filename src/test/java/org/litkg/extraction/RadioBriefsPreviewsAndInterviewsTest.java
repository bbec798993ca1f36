package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-eighth held-out set (a radio programme's web story, a newspaper's health briefs, a congress
 * preview, a research magazine's question-and-answer interview) showed missing on its first run. Every sentence is
 * written for the test.
 */
class RadioBriefsPreviewsAndInterviewsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_journal_in_an_aside_after_a_study_noun_publishes_the_study_of_its_possessor() {
        List<String> read = read("Dr. Kwabena Rasmussen-Achebe of the Leighton Brain Tumour Centre studies immune cells. "
                + "His latest paper, in Nature Neuroscience, reports that the tumour calls in monocytes.");
        assertTrue(read.contains("study publishedIn Nature Neuroscience"), read.toString());
        assertTrue(read.contains("study ledBy Kwabena Rasmussen-Achebe"), read.toString());
        assertTrue(read.contains("study conductedBy Leighton Brain Tumour Centre"), read.toString());
    }

    @Test
    void test_an_aside_of_patients_after_a_study_noun_names_no_journal() {
        List<String> read = read("The study, in 40 patients with lung cancer, found that pembrolizumab blocks PD-1.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_team_possessive_before_published_in_makes_its_leader_lead_the_study() {
        List<String> read = read("\"Tumours hire security,\" Professor Ruth Amankwah-Lindgren of the Northgate Institute "
                + "of Immunology told the programme. Her team's answer, published this month in Cancer Cell, is a "
                + "chemokine called CCL1.");
        assertTrue(read.contains("study publishedIn Cancer Cell"), read.toString());
        assertTrue(read.contains("study ledBy Ruth Amankwah-Lindgren"), read.toString());
        assertTrue(read.contains("study conductedBy Northgate Institute of Immunology"), read.toString());
    }

    @Test
    void test_a_part_of_a_known_study_done_elsewhere_makes_that_place_conduct_it() {
        List<String> read = read("The study, published in Nature Neuroscience, was led by Dr. Ingrid Solberg-Mwangi. "
                + "The imaging was done at the Fenwick Institute.");
        assertTrue(read.contains("study conductedBy Fenwick Institute"), read.toString());
    }

    @Test
    void test_imaging_done_somewhere_with_no_study_reported_conducts_nothing() {
        List<String> read = read("My scans showed the tumour had shrunk. The imaging was done at the Fenwick Institute.");
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
    }

    @Test
    void test_a_lethal_cancer_is_named_without_the_adjective() {
        String text = "Glioblastoma is the most common and most lethal brain cancer in adults.";
        assertTrue(Readings.entities(text).stream().anyMatch(e -> e.preferredName().equals("brain cancer")
                && e.type() == EntityType.CANCER), Readings.entities(text).toString());
        assertFalse(Readings.entities(text).stream().anyMatch(e -> e.preferredName().contains("lethal")),
                Readings.entities(text).toString());
    }

    @Test
    void test_the_other_end_of_a_bispecific_left_unnamed_is_the_same_drug() {
        List<String> read = read("The FDA approved tarlatamab on Monday. The drug is a bispecific T-cell engager: one "
                + "end grabs DLL3, a protein found on the surface of small cell lung cancer cells, and the other grabs CD3 "
                + "on T cells.");
        assertTrue(read.contains("tarlatamab binds DLL3"), read.toString());
        assertTrue(read.contains("tarlatamab binds CD3"), read.toString());
        assertFalse(read.contains("DLL3 binds CD3"), read.toString());
    }

    @Test
    void test_a_fronted_combination_whose_clause_names_no_drug_combines_the_drug_the_text_is_about() {
        List<String> read = read("We used a compound called AZD8797, which blocks CX3CR1. Treated mice lived longer. But "
                + "combined with temozolomide, the standard chemotherapy, the effect was bigger than either alone.");
        assertTrue(read.contains("AZD8797 combinedWith temozolomide"), read.toString());
    }

    @Test
    void test_a_fronted_combination_whose_clause_names_a_drug_combines_that_drug_only() {
        List<String> read = read("We used a compound called AZD8797, which blocks CX3CR1. Combined with chemotherapy, "
                + "pembrolizumab shrank tumours in half the patients.");
        assertTrue(read.contains("pembrolizumab combinedWith chemotherapy"), read.toString());
        assertFalse(read.contains("AZD8797 combinedWith chemotherapy"), read.toString());
    }

    @Test
    void test_a_role_of_its_apposed_to_a_person_places_them_at_the_organisation_named_before() {
        List<String> read = read("A trial run by the Atlantic Breast Cancer Trials Group compared the two drugs. The group "
                + "has not released results; its chair, Professor Lucia Ferreira-Hughes of Dunmore University, said only "
                + "that it would matter.");
        assertTrue(read.contains("Lucia Ferreira-Hughes affiliatedWith Atlantic Breast Cancer Trials Group"), read.toString());
        assertTrue(read.contains("Lucia Ferreira-Hughes affiliatedWith Dunmore University"), read.toString());
    }

    @Test
    void test_a_papers_lead_author_after_its_is_not_placed_at_the_organisation_named_before() {
        List<String> read = read("Roche paid for the study, published in Cancer Cell. Its lead author, Dr. Tomas Ekberg, "
                + "said more work is needed.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Tomas Ekberg affiliatedWith")), read.toString());
    }
}
