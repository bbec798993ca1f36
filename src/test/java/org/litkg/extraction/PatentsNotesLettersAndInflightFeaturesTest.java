package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-nineteenth held-out set (a patent abstract, a broker's note, a healthcare professional
 * letter, an in-flight magazine feature) showed missing on its first run. Every sentence is written for the test.
 */
class PatentsNotesLettersAndInflightFeaturesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    private static List<String> entities(String text) {
        return Readings.entities(text).stream().map(e -> e.type() + " " + e.preferredName()).toList();
    }

    @Test
    void test_a_short_code_with_a_two_digit_number_before_trial_names_a_trial() {
        List<String> names = entities("In the KV-12 trial, led by Dr. Anika Brandvold of Yale University, the drug "
                + "delayed diabetes.");
        assertTrue(names.contains("CLINICAL_TRIAL KV-12"), names.toString());
    }

    @Test
    void test_a_protein_before_trial_names_no_trial() {
        List<String> names = entities("In the PD-1 trial, nivolumab helped most patients with melanoma.");
        assertFalse(names.contains("CLINICAL_TRIAL PD-1"), names.toString());
    }

    @Test
    void test_a_paper_accepted_by_a_journal_is_published_there() {
        List<String> read = read("The trial is led by Dr. Camila Restrepo of Baylor University. Management told us a "
                + "full paper has been accepted by the Journal of Clinical Oncology.");
        assertTrue(read.contains("study publishedIn Journal of Clinical Oncology"), read.toString());
    }

    @Test
    void test_the_cells_lining_the_nose_that_release_a_protein_secrete_it() {
        List<String> read = read("They found that the cells lining the nose release an alarm protein called IL-33 when "
                + "they dry out.");
        assertTrue(read.contains("nose secretes IL-33"), read.toString());
    }
}
