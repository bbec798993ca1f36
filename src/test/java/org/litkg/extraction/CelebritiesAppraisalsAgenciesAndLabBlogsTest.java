package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-eleventh held-out set (a celebrity news story, a health technology body's release, a state
 * news agency's science story, a researcher's lab blog) showed missing on its first run. Every sentence is written for
 * the test.
 */
class CelebritiesAppraisalsAgenciesAndLabBlogsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_blog_posted_by_its_writer_places_her_where_her_group_is() {
        List<String> read = read("Posted by Dr. Mirela Stanciu-Oyelaran, 20 November 2026\n\nPeople sometimes ask why our "
                + "group, at the Halden Skin Research Centre, has spent six years on one chemokine.");
        assertTrue(read.contains("Mirela Stanciu-Oyelaran affiliatedWith Halden Skin Research Centre"), read.toString());
    }

    @Test
    void test_our_group_at_a_place_without_a_known_writer_places_no_one() {
        List<String> read = read("Dr. Anna Berg spoke first. People sometimes ask why our group, at the Halden Skin "
                + "Research Centre, has spent six years on one chemokine.");
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith Halden")), read.toString());
    }

    @Test
    void test_a_trial_which_she_leads_is_led_by_the_titled_person_not_the_patient_named_later() {
        List<String> read = read("His doctor, haematologist Dr. Rosalind Achterberg-Nwosu, said Danny Ocampo-Reilly had "
                + "received teclistamab. In the trial, which she leads, patients get teclistamab together with daratumumab.");
        assertTrue(read.contains("study ledBy Rosalind Achterberg-Nwosu"), read.toString());
        assertFalse(read.contains("study ledBy Danny Ocampo-Reilly"), read.toString());
    }

    @Test
    void test_a_drug_set_off_by_a_comma_before_in_combination_with_is_combined() {
        List<String> read = read("NICE has today recommended zolbetuximab, in combination with chemotherapy, as a first "
                + "treatment for some adults with advanced stomach cancer.");
        assertTrue(read.contains("zolbetuximab combinedWith chemotherapy"), read.toString());
    }

    @Test
    void test_claudin_18_2_is_a_protein_an_antibody_attaches_to_on_cancer_cells() {
        String text = "Zolbetuximab is an antibody that attaches to claudin 18.2, a protein found on the surface of the "
                + "cancer cells in around a third of these tumours.";
        assertTrue(Readings.entities(text).stream().anyMatch(e -> e.preferredName().equals("claudin 18.2")
                && e.type() == EntityType.PROTEIN), Readings.entities(text).toString());
        assertTrue(read(text).contains("zolbetuximab binds claudin 18.2"), read(text).toString());
    }

    @Test
    void test_a_receptors_only_chemokine_named_after_its_binds_the_receptor() {
        List<String> read = read("Th17 cells carry a receptor called CCR6, and the keratinocytes make its only chemokine, "
                + "CCL20.");
        assertTrue(read.contains("CCL20 binds CCR6"), read.toString());
    }

    @Test
    void test_grabbing_a_protein_on_cells_places_it_on_them() {
        List<String> read = read("Teclistamab is an antibody that grabs BCMA on myeloma cells.");
        assertTrue(read.contains("BCMA expressedOn myeloma"), read.toString());
    }

    @Test
    void test_the_target_after_with_one_arm_and_is_bound_too() {
        List<String> read = read("Teclistamab is an antibody that grabs BCMA on myeloma cells with one arm and CD3 on T cells "
                + "with the other.");
        assertTrue(read.contains("teclistamab binds BCMA"), read.toString());
        assertTrue(read.contains("teclistamab binds CD3"), read.toString());
    }

    @Test
    void test_a_trial_run_by_the_drugs_maker_named_after_a_comma_is_conducted_by_it() {
        List<String> read = read("In the SPOTLIGHT and GLOW trials, people who had zolbetuximab with chemotherapy lived "
                + "longer. The trials were run by the drug's maker, Astellas.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("study conductedBy Astellas")), read.toString());
    }

    @Test
    void test_our_new_paper_in_a_blog_is_led_by_its_writer_and_done_where_her_group_is() {
        List<String> read = read("Posted by Dr. Mirela Stanciu-Oyelaran, 20 November 2026\n\nPeople sometimes ask why our "
                + "group, at the Halden Skin Research Centre, has spent six years on one chemokine. This post is my "
                + "answer, now that our new paper is out in the Journal of Investigative Dermatology.");
        assertTrue(read.contains("study ledBy Mirela Stanciu-Oyelaran"), read.toString());
        assertTrue(read.contains("study conductedBy Halden Skin Research Centre"), read.toString());
    }

    @Test
    void test_our_paper_in_a_text_with_no_introduced_writer_is_led_by_no_one_named_before() {
        List<String> read = read("Dr. Anna Berg spoke first. Our new paper is out in the Journal of Investigative "
                + "Dermatology.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }
}
