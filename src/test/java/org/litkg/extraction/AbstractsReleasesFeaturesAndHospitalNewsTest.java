package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-thirtieth held-out set (a structured abstract, a company's press release, a science
 * magazine's feature, a hospital's news story) showed missing on its first run. Every sentence is written for the test.
 */
class AbstractsReleasesFeaturesAndHospitalNewsTest {

    @Test
    void test_a_short_publication_line_names_the_journal() {
        List<String> read = read("Tralokinumab blocks IL-13 in adults with eczema, a trial of 300 patients found.\n\n"
                + "Published in Gastroenterology, March 2026.");
        assertTrue(read.contains("study publishedIn Gastroenterology"), read.toString());
    }

    @Test
    void test_a_byline_closed_by_the_trials_investigators_names_its_first_and_last_authors() {
        List<String> read = read("Anneliese Okafor-Brandt, Tomas Lindqvist, Mirela Vasquez-Holm, and the KESTREL-3 "
                + "Investigators\n\nBackground: Tralokinumab binds IL-13 and blocks it in the skin of adults with eczema.");
        assertTrue(read.contains("study ledBy Anneliese Okafor-Brandt"), read.toString());
        assertTrue(read.contains("study ledBy Mirela Vasquez-Holm"), read.toString());
        assertFalse(read.contains("study ledBy Tomas Lindqvist"), read.toString());
    }

    @Test
    void test_a_protein_made_in_an_organ_is_secreted_by_it() {
        List<String> read = read("Hepcidin is made mainly in the liver, and it blocks ferroportin.");
        assertTrue(read.contains("liver secretes hepcidin"), read.toString());
    }

    @Test
    void test_a_protein_made_in_counted_samples_is_secreted_by_nothing() {
        List<String> read = read("We will map where CXCL12 is made in 40 resected lung metastases.");
        assertTrue(read.stream().noneMatch(x -> x.contains("secretes")), read.toString());
    }

    @Test
    void test_the_retina_is_a_tissue_that_releases_what_its_cells_release() {
        List<String> read = read("The driver is VEGF-A, a protein released by cells in the retina when they lack oxygen.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("retina secretes")), read.toString());
    }

    @Test
    void test_a_list_a_colon_announces_goes_on_past_a_relative_clause() {
        List<String> read = read("Retatrutide activates three receptors at once: the glucagon receptor, which is found on "
                + "liver cells and burns fat, and the GIP receptor.");
        assertTrue(read.contains("retatrutide binds glucagon receptor"), read.toString());
        assertTrue(read.contains("retatrutide binds GIP receptor"), read.toString());
    }

    @Test
    void test_a_name_after_an_unannounced_relative_clause_opens_its_own_clause() {
        List<String> read = read("Maraviroc blocks CCR5, which is found on T cells, and CCR2 binds CCL2.");
        assertFalse(read.contains("maraviroc blocks CCR2"), read.toString());
    }

    @Test
    void test_a_trial_named_for_a_marker_is_a_trial() {
        List<String> typed = typedNames("She joined ORBITAL-Lp(a), an international trial of olpasiran.");
        assertTrue(typed.contains("CLINICAL_TRIAL ORBITAL-Lp(a)"), typed.toString());
    }

    @Test
    void test_a_media_contact_names_a_person_whatever_the_surname_ends_with() {
        List<String> typed = typedNames("Media contact: Julia Brenner, Amgen Corporate Communications");
        assertTrue(typed.contains("PERSON Julia Brenner"), typed.toString());
    }

    @Test
    void test_a_media_contact_that_names_an_office_or_a_post_names_no_person() {
        List<String> typed = typedNames("Media contact: Patient Services, Royal Papworth Hospital\n\n"
                + "Media contact: Communications Manager, Amgen");
        assertTrue(typed.stream().noneMatch(x -> x.startsWith("PERSON")), typed.toString());
    }
}
