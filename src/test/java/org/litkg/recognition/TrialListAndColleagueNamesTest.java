package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-first held-out set showed litkg missing: trials listed after "trials," (and, from the
 * twenty-fourth, before it: "the ENHANCE-1 and ENHANCE-2 trials"), glycoproteins named by
 * mass (gp100), the -carbazine stem, researchers named before "and colleagues" or after "a study by", a company
 * after "sold as X by", cells named after an organ's part (follicle cells), smooth muscle as a tissue, and two
 * names added to the seed lexicon. Every sentence is written for the test.
 */
class TrialListAndColleagueNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_trials_listed_after_trials_and_a_comma_are_trials() {
        Map<String, String> m = mentions("In two phase 3 trials, BRAVE-AA1 and BRAVE-AA2, a third of patients responded.");
        assertEquals("ClinicalTrial", m.get("BRAVE-AA1"), m.toString());
        assertEquals("ClinicalTrial", m.get("BRAVE-AA2"), m.toString());
        Map<String, String> plural = mentions("The approval was based on the ENHANCE-1 and ENHANCE-2 trials."); // set 24
        assertEquals("ClinicalTrial", plural.get("ENHANCE-1"), plural.toString());
        assertEquals("ClinicalTrial", plural.get("ENHANCE-2"), plural.toString());
    }

    @Test
    void test_a_glycoprotein_named_by_mass_and_a_carbazine_are_typed() {
        Map<String, String> m = mentions("Melanoma cells display gp100, and some patients received procarbazine.");
        assertEquals("Protein", m.get("gp100"), m.toString());
        assertEquals("Drug", m.get("procarbazine"), m.toString());
    }

    @Test
    void test_researchers_before_and_colleagues_or_after_a_study_by_are_people() {
        Map<String, String> m = mentions("Hair regrew, Tomas Berglund and colleagues report. It failed, according to a "
                + "study by Anjali Verma at Northfield University.");
        assertEquals("Person", m.get("Tomas Berglund"), m.toString());
        assertEquals("Person", m.get("Anjali Verma"), m.toString());
    }

    @Test
    void test_a_company_after_sold_as_a_brand_by_is_an_organisation() {
        Map<String, String> m = mentions("The drug, sold as Kimmtrak by Immunocore, was approved in 2022.");
        assertEquals("Organization", m.get("Immunocore"), m.toString());
    }

    @Test
    void test_cells_of_an_organs_part_and_smooth_muscle_are_cells_and_tissue() {
        Map<String, String> m = mentions("Interferon-gamma prompts follicle cells to produce CXCL10, and eotaxin is made "
                + "by airway smooth muscle.");
        assertEquals("CellType", m.get("follicle cells"), m.toString());
        assertEquals("Tissue", m.get("airway smooth muscle"), m.toString());
    }

    @Test
    void test_c_reactive_protein_and_alopecia_areata_are_in_the_seed_lexicon() {
        Map<String, String> m = mentions("Patients with alopecia areata had normal C-reactive protein.");
        assertEquals("Disease", m.get("alopecia areata"), m.toString());
        assertEquals("Protein", m.get("C-reactive protein"), m.toString());
    }
}
