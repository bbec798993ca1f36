package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thread's byline with the writer's post and workplace; a receptor that "responds to" a chemokine binds it, and cells
 * or tumours that respond bind nothing; "a protein that cells lining the lungs release"; cells "in the X of patients
 * with Y"; "immune cells called X" as the cells a receptor is on; and "the cancer cells in the liver". Every sentence is
 * written for the test.
 */
class ThreadsRespondingReceptorsAndLiningCellsTest {

    @Test
    void test_a_thread_byline_places_its_writer() {
        List<String> read = read("Thread by Dr. Oona Lindfors (@oona_lab), lung researcher at the Karolinska Institutet\n\n"
                + "1/ Our new paper is out today! Alveolar macrophages release CCL18 in fibrotic lungs.\n");
        assertTrue(read.contains("Oona Lindfors affiliatedWith Karolinska Institutet"), read.toString());
    }

    @Test
    void test_a_receptor_that_responds_to_a_chemokine_binds_it() {
        List<String> read = read("The compound did not block CCR1, which also responds to CCL5, in the mice.");
        assertTrue(read.contains("CCL5 binds CCR1"), read.toString());
    }

    @Test
    void test_tumours_and_cells_that_respond_bind_nothing() {
        List<String> read = read("Blocking CSF-1R makes tumours respond to PD-1 blockade. Neurons lacking TRPV1 barely "
                + "respond to the toxin.");
        assertFalse(read.stream().anyMatch(s -> s.contains(" binds ")), read.toString());
    }

    @Test
    void test_cells_lining_an_organ_in_a_relative_clause_make_the_organ_secrete() {
        List<String> read = read("Tezepelumab neutralises TSLP, a signalling protein that cells lining the lungs "
                + "release after an infection.");
        assertTrue(read.contains("lung secretes TSLP"), read.toString());
    }

    @Test
    void test_cells_before_the_modifiers_of_patients_with_a_disease_are_the_subject() {
        List<String> read = read("We found that keratinocytes in the skin of patients with vitiligo secrete CXCL10.");
        assertTrue(read.contains("keratinocyte secretes CXCL10"), read.toString());
    }

    @Test
    void test_general_cells_called_by_a_member_s_name_are_that_member() {
        List<String> read = read("CCL11 binds CCR3, a receptor found on immune cells called basophils.");
        assertTrue(read.contains("CCR3 expressedOn basophil"), read.toString());
    }

    @Test
    void test_the_cancer_cells_in_an_organ_are_the_cancer_not_the_organ() {
        List<String> read = read("Colorectal cancer often spreads to the liver. There, the cancer cells in the liver "
                + "release the chemokine CXCL8.");
        assertTrue(read.contains("colorectal cancer secretes CXCL8"), read.toString());
        assertFalse(read.contains("liver secretes CXCL8"), read.toString());
    }

    @Test
    void test_a_drug_or_placebo_on_top_of_a_steroid_spray_is_combined_with_it() {
        List<String> read = read("In the trial, patients received dupilumab or a placebo on top of a daily mometasone "
                + "nasal spray.");
        assertTrue(read.contains("dupilumab combinedWith mometasone"), read.toString());
    }
}
