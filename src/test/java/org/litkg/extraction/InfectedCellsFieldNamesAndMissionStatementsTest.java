package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-second held-out set (a government agency's news release, a trade site's conference
 * coverage, a bioRxiv preprint page, a global health news story) showed missing or wrong on its first run. Every
 * sentence is written for the test.
 */
class InfectedCellsFieldNamesAndMissionStatementsTest {

    @Test
    void test_cells_infected_with_a_germ_secrete_past_the_germs_apposed_relative_clause() {
        List<String> read = read("Red blood cells infected with Plasmodium falciparum, the parasite that causes malaria, "
                + "release CXCL10.");
        assertTrue(read.contains("red blood cell secretes CXCL10"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("malaria")), read.toString());
    }

    @Test
    void test_a_virus_infected_cell_is_typed_by_its_kind_not_its_infection() {
        List<String> read = read("In the brain, virus-infected microglia secrete CCL2, and virus-infected neural "
                + "progenitor cells release CXCL10.");
        assertTrue(read.contains("microglia secretes CCL2"), read.toString());
        assertTrue(read.contains("neural progenitor cell secretes CXCL10"), read.toString());
    }

    @Test
    void test_two_fields_joined_after_of_make_one_institution() {
        List<String> read = read("The trial was run by the London School of Hygiene & Tropical Medicine and the "
                + "University of Malawi.");
        assertTrue(read.contains("study conductedBy London School of Hygiene & Tropical Medicine"), read.toString());
        assertTrue(read.contains("study conductedBy University of Malawi"), read.toString());
        List<String> names = typedNames("Results were presented at the American Society of Tropical Medicine and Hygiene "
                + "Annual Meeting in Seattle.");
        assertTrue(names.contains("ORGANIZATION American Society of Tropical Medicine and Hygiene"), names.toString());
    }

    @Test
    void test_a_field_after_in_is_part_of_the_name_but_a_city_is_not() {
        List<String> read = read("Mira Solberg-Nwosu, a virologist at the Institute for Research in Molecular "
                + "Medicine in Penang, led the study.");
        assertTrue(read.contains("Mira Solberg-Nwosu affiliatedWith Institute for Research in Molecular Medicine"),
                read.toString());
    }

    @Test
    void test_an_eponyms_disease_goes_on_into_a_programmes_or_a_centres_name() {
        List<String> read = read("The study was done by researchers at Emory University and the Michigan Alzheimer's "
                + "Disease Research Center.");
        assertTrue(read.contains("study conductedBy Michigan Alzheimer's Disease Research Center"), read.toString());
    }

    @Test
    void test_a_clinical_programme_in_a_signature_is_a_part_of_the_centre_after_it() {
        List<String> read = read("Dr. Petra Halloran-Osei\nLymphoma Program, Fred Hutchinson Cancer Center\n"
                + "1100 Fairview Avenue, Seattle, WA 98109");
        assertTrue(read.contains("Petra Halloran-Osei affiliatedWith Fred Hutchinson Cancer Center"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.endsWith("Lymphoma Program")), read.toString());
    }

    @Test
    void test_an_outside_voice_who_leads_other_work_leads_no_study() {
        List<String> read = read("Dr Amaka Lindqvist-Obi, who leads malaria elimination work at WHO and was not involved "
                + "in the study, said the result was encouraging.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
        assertTrue(read.contains("Amaka Lindqvist-Obi affiliatedWith World Health Organization"), read.toString());
    }

    @Test
    void test_leading_a_task_named_by_nouns_is_not_leading_the_study() {
        List<String> read = read("Professor Tomas Ferreira-Nakamura, who leads vaccine safety work at the University of "
                + "Bergen, said the data were reassuring.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
        List<String> led = read("Professor Tomas Ferreira-Nakamura, who led the phase 2 trial at the University of "
                + "Bergen, said the data were reassuring.");
        assertTrue(led.contains("study ledBy Tomas Ferreira-Nakamura"), led.toString());
    }

    @Test
    void test_a_drug_given_on_top_of_a_dose_of_another_combines() {
        List<String> read = read("Patients were given anakinra or placebo for four weeks after surgery, on top of the "
                + "single dose of oral doxycycline that every patient receives.");
        assertTrue(read.contains("anakinra combinedWith doxycycline"), read.toString());
    }

    @Test
    void test_a_second_verb_in_a_which_clause_shares_the_clauses_subject() {
        List<String> read = read("In the lungs, epithelial cells release eotaxin-1 (CCL11), which binds CCR3 on "
                + "eosinophils and recruits them to the airways.");
        assertTrue(read.contains("CCL11 binds CCR3"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("sequesters")), read.toString());
    }

    @Test
    void test_an_about_paragraphs_mission_conducts_no_study() {
        List<String> read = read("About the National Cancer Institute (NCI): NCI conducts and supports research at NIH "
                + "and across the nation to advance scientific knowledge.");
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
        List<String> names = typedNames("About the National Cancer Institute (NCI): NCI leads cancer research.");
        assertFalse(names.stream().anyMatch(x -> x.contains("About")), names.toString());
    }

    @Test
    void test_the_partner_a_company_ran_a_trial_with_conducts_it_too() {
        List<String> read = read("In the ALDER-2 trial, which Novartis ran with the Mayo Clinic, 300 adults received "
                + "the drug.");
        assertTrue(read.contains("study conductedBy Novartis"), read.toString());
        assertTrue(read.contains("study conductedBy Mayo Clinic"), read.toString());
    }

    @Test
    void test_neglected_diseases_an_eosinophil_protein_and_a_portuguese_foundation_are_named() {
        List<String> names = typedNames("Leprosy and trachoma remain common. Eosinophils release major basic protein. "
                + "The work was funded by the Fundação de Amparo à Pesquisa do Estado de São Paulo.");
        assertTrue(names.contains("DISEASE leprosy"), names.toString());
        assertTrue(names.contains("DISEASE trachoma"), names.toString());
        assertTrue(names.contains("PROTEIN major basic protein"), names.toString());
        assertTrue(names.contains("ORGANIZATION Fundação de Amparo à Pesquisa do Estado de São Paulo"), names.toString());
    }
}
