package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fortieth held-out set (a children's hospital news release, a science news aggregator's
 * story, a patient charity's research blog, a biotech trade newsletter) showed missing or wrong on its first run.
 * Every sentence is written for the test.
 */
class CitedJournalsOfficersAndSaltFormsTest {

    @Test
    void test_an_unknown_name_ending_in_ant_apposed_to_an_experimental_drug_is_the_drug() {
        List<String> read = read("Piglets given sefrivant, an experimental oral drug that blocks CXCR4, gained weight.");
        assertTrue(read.contains("sefrivant blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_particle_that_closes_its_clause_takes_no_object() {
        List<String> read = read("In the brain, microglia, whose inflammasome then switches on and releases interleukin-6, "
                + "damage the neurons.");
        assertTrue(read.contains("microglia secretes interleukin-6"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_place_inside_what_researchers_report_is_no_journal() {
        List<String> read = read("Researchers at Duke University report that in biopsies from patients in Kenya, "
                + "neutrophils secrete CXCL8.");
        assertTrue(read.contains("neutrophil secretes CXCL8"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_the_person_a_leader_led_the_study_with_leads_it_too() {
        List<String> read = read("\"It works,\" said Dr. Hana Okoro-Lind, a biologist at Emory University, who led the "
                + "study with Dr. Pablo Reyes-Amsel of the University of São Paulo.");
        assertTrue(read.contains("study ledBy Pablo Reyes-Amsel"), read.toString());
        assertTrue(read.contains("study conductedBy University of São Paulo"), read.toString());
    }

    @Test
    void test_a_news_storys_journal_reference_gives_the_journal_and_its_authors() {
        String text = "Scientists at Emory University report that neutrophils secrete CXCL8.\n\nJournal Reference:\n\n"
                + "Anna Berg-Lowe, Tomas Vireo-Quist, Lena Okafor-Brandt. Neutrophils recruited through CXCR2 drive "
                + "joint damage in gout. Nature Immunology, 2026; 27 (4) DOI: 10.1038/s41590-026-0001-1";
        List<String> read = read(text);
        assertTrue(read.contains("study publishedIn Nature Immunology"), read.toString());
        assertTrue(typedNames(text).contains("PERSON Tomas Vireo-Quist"), typedNames(text).toString());
        List<String> pair = typedNames("Anna Berg-Lowe, Tomas Vireo-Quist. Both came.");
        assertFalse(pair.contains("PERSON Tomas Vireo-Quist"), pair.toString());
    }

    @Test
    void test_a_located_company_noun_stands_for_the_company_whose_trial_it_runs() {
        List<String> read = read("Tarnfield Pharma's bet has paid off.\n\nThe Basel-based biotech said that rivafrost "
                + "cut flares in TARN-2, its 120-patient study.");
        assertTrue(read.contains("study conductedBy Tarnfield Pharma"), read.toString());
    }

    @Test
    void test_a_companys_chief_executive_works_there_however_the_post_is_written() {
        List<String> acronym = read("Tarnfield Pharma said the drug worked. Tarnfield CEO Mira Solberg-Akande said the "
                + "company has cash.");
        assertTrue(acronym.contains("Mira Solberg-Akande affiliatedWith Tarnfield Pharma"), acronym.toString());
        List<String> possessed = read("Tarnfield Pharma said the drug worked. The company's chief executive, Mira "
                + "Solberg-Akande, said it has cash.");
        assertTrue(possessed.contains("Mira Solberg-Akande affiliatedWith Tarnfield Pharma"), possessed.toString());
    }

    @Test
    void test_a_professor_of_a_subject_at_a_short_name_works_there() {
        List<String> read = read("Dr. Hana Okoro-Lind, associate professor of pathobiology at Penn Med, said it works.");
        assertTrue(read.contains("Hana Okoro-Lind affiliatedWith Penn Med"), read.toString());
    }

    @Test
    void test_that_cytokine_opening_a_sentence_is_the_cytokine_named_before() {
        List<String> read = read("In the joint, macrophages release interleukin-6 into the fluid. That cytokine binds the "
                + "IL-6 receptor on hepatocytes.");
        assertTrue(read.contains("interleukin-6 binds IL6 receptor"), read.toString());
    }

    @Test
    void test_a_drug_named_with_its_salt_is_the_drug() {
        List<String> read = read("Caffeine citrate was approved by the FDA in 1999 for apnea in premature babies.");
        assertTrue(read.contains("caffeine approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_perforin_gout_allopurinol_and_colchicine_are_known() {
        List<String> names = typedNames("In gout, T cells release perforin; patients take allopurinol or colchicine.");
        assertTrue(names.contains("PROTEIN perforin"), names.toString());
        assertTrue(names.contains("DISEASE gout"), names.toString());
        assertTrue(names.contains("DRUG allopurinol"), names.toString());
        assertTrue(names.contains("DRUG colchicine"), names.toString());
    }
}
