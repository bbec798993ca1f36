package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the ninety-seventh and ninety-eighth held-out sets showed litkg missing or misreading: an investigator's
 * brochure's "Prepared by" line with a post and an unnamed unit before the company, testimony's "led by my colleague",
 * a meeting report's presenter of a trial, an inhibitor "of the phosphatase X", a cancer that carries a gene's
 * insertion (no place for the protein) and a reader's "X & Y". Every name is invented.
 */
class BrochuresTestimonyAndThreadsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_prepared_by_line_names_the_company_past_a_post_and_a_unit_and_leads_nothing() {
        List<String> found = read("Velorimab blocks CD47 in the VELO-1 study.\n\nPrepared by:  Dr. Tobias Quist-Obara, "
                + "Global Clinical Leader, Oncology Development, Orvane Therapeutics\n");
        assertTrue(found.contains("Tobias Quist-Obara affiliatedWith Orvane Therapeutics"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("ledBy Tobias Quist-Obara")), found.toString());
    }

    @Test
    void test_a_study_led_by_my_colleague_is_led_by_the_colleague() {
        List<String> found = read("A study from the Fjordton Cancer Institute, led by my colleague Dr. Ilse Brandvold and "
                + "published in Clinical Lymphoma Letters in March, followed 1,140 people.");
        assertTrue(found.contains("study ledBy Ilse Brandvold"), found.toString());
    }

    @Test
    void test_the_presenter_of_a_trial_at_a_congress_leads_it() {
        List<String> found = read("Dr. Ilse Brandvold of Fjordton University Hospital presented the phase 2 trial of "
                + "velorimab combined with rituximab.");
        assertTrue(found.contains("study ledBy Ilse Brandvold"), found.toString());
        assertTrue(found.contains("study conductedBy Fjordton University Hospital"), found.toString());
    }

    @Test
    void test_an_inhibitor_of_the_phosphatase_x_blocks_x() {
        List<String> found = read("Velorimab was combined with VRX-3312, an inhibitor of the phosphatase SHP2.");
        assertTrue(found.contains("VRX-3312 blocks SHP2"), found.toString());
    }

    @Test
    void test_a_cancer_carrying_an_exon_insertion_of_a_gene_is_no_place_for_its_protein() {
        List<String> found = read("Her lung cancer carries an EGFR exon 20 insertion. Velorinib blocks EGFR.");
        assertTrue(found.contains("velorinib blocks EGFR"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("expressedOn")), found.toString());
    }

    @Test
    void test_an_ampersand_between_drugs_joins_them_as_and_does() {
        List<String> found = read("Palbociclib & ribociclib block both CDK4 and CDK6.");
        assertTrue(found.contains("palbociclib blocks CDK4") && found.contains("palbociclib blocks CDK6"), found.toString());
        assertTrue(found.contains("ribociclib blocks CDK6"), found.toString());
    }
}
