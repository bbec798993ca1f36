package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the seventy-fifth and seventy-sixth held-out sets showed litkg missing or misreading: "Writing in" a journal,
 * a news byline, an author's address line ("X is at Y"), the subject after a comparison with an apposition, "than it
 * binds", a regimen of three joined by "+", a treatment given after another, an aim's indirect question, a talk at a
 * society's meeting, an apposition inside a question, "that brake", and cells named before any cancer. Every sentence
 * is written for the test.
 */
class CommentariesBulletinsAndGrantReportsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_commentarys_journal_byline_and_address_lines_name_the_study_and_its_writers_places() {
        List<String> read = read("Skipping the knife\n\nBy Oluwadare Penhallow-Akagi and Freya Castellano-Brandt\n\n"
                + "Writing in The New England Journal of Medicine, Dr. Rosamund Achterberg-Obi and colleagues at Memorial "
                + "Sloan Kettering Cancer Center report that velorimab cleared every tumour.\n\n"
                + "Oluwadare Penhallow-Akagi is at the Peter MacCallum Cancer Centre, Melbourne, Australia. "
                + "Freya Castellano-Brandt is at the Karolinska Institutet, Stockholm, Sweden.");
        assertTrue(read.contains("study publishedIn New England Journal of Medicine"), read.toString());
        assertTrue(read.contains("study ledBy Rosamund Achterberg-Obi"), read.toString());
        assertTrue(read.contains("Oluwadare Penhallow-Akagi affiliatedWith Peter MacCallum Cancer Centre"), read.toString());
        assertTrue(read.contains("Freya Castellano-Brandt affiliatedWith Karolinska Institutet"), read.toString());
    }

    @Test
    void test_it_after_a_comparison_or_than_is_the_subject_not_the_name_compared_with() {
        List<String> read = read("Velocitinib is a pill that blocks JAK2. Unlike ruxolitinib, the drug most patients get "
                + "first, velocitinib does not block JAK1, which may be why it is gentler. It also blocks IRAK1, an enzyme. "
                + "CD155 binds TIGIT more tightly than it binds CD226.");
        assertTrue(read.contains("velocitinib blocks IRAK1"), read.toString());
        assertFalse(read.contains("ruxolitinib blocks IRAK1"), read.toString());
        assertTrue(read.contains("CD155 binds CD226"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("TIGIT binds")), read.toString());
    }

    @Test
    void test_a_regimen_of_three_joined_by_plus_combines_each_pair_but_a_treatment_given_after_another_does_not() {
        List<String> read = read("Patients receive domvalumab + zimbetinib + oxaliplatin every two weeks. Later, "
                + "volrumab will be given after standard chemoradiotherapy with cisplatin, and compared with placebo.");
        assertTrue(read.contains("domvalumab combinedWith oxaliplatin"), read.toString());
        assertTrue(read.contains("zimbetinib combinedWith oxaliplatin"), read.toString());
        assertTrue(read.contains("domvalumab combinedWith zimbetinib"), read.toString());
        assertFalse(read.contains("volrumab combinedWith cisplatin"), read.toString());
    }

    @Test
    void test_an_aims_question_and_a_talk_at_a_meeting_state_no_finding() {
        List<String> read = read("Aim 1. Define which skin cells secrete CXCL9 in active vitiligo. Dermal fibroblasts "
                + "secrete CXCL10. Two students presented the work at the Society for Investigative Dermatology meeting.");
        assertFalse(read.stream().anyMatch(x -> x.contains("secretes CXCL9")), read.toString());
        assertTrue(read.contains("dermal fibroblast secretes CXCL10"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
    }

    @Test
    void test_a_question_asks_about_its_verb_but_an_apposition_in_it_still_says_what_a_drug_is() {
        List<String> read = read("Could domvalumab be combined with etrudenant, an adenosine receptor antagonist?");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("etrudenant blocks adenosine receptor")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith")), read.toString());
    }

    @Test
    void test_an_antibody_that_binds_a_receptor_and_blocks_that_brake_blocks_the_receptor() {
        List<String> read = read("Tumour cells display PD-L1, which binds PD-1 on T cells. Dostavimab binds PD-1 and "
                + "blocks that brake.");
        assertTrue(read.contains("dostavimab blocks PD-1"), read.toString());
    }

    @Test
    void test_cells_named_before_any_cancer_belong_to_none_named_only_slides_later() {
        List<String> read = read("TIGIT in one slide\n\nIts ligand CD155 is expressed on tumour cells and dendritic "
                + "cells. CD226 is the activating receptor. TIGIT is an inhibitory receptor. Patients had fevers. "
                + "Nobody was hurt. Trial two\n\nDomvalumab was tested in gastric cancer.");
        assertTrue(read.contains("CD155 expressedOn dendritic cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn gastric cancer")), read.toString());
    }
}
