package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-third held-out set showed litkg missing or misreading: a ligand that activates the receptor
 * named for it, the head of an object relative written with a class noun ("IL-36 cytokines, which ..."), a
 * researcher's group that reports a finding, two workplaces joined by "and", a role and title before a name, a
 * regimen "of X with Y and Z", a pump "of" cells, a pronoun after a colon and a purpose clause after a particle.
 * Every sentence is written for the test.
 */
class LigandsRegimensAndGroupsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_ligand_that_activates_the_receptor_named_for_it_binds_it() {
        List<String> read = read("The skin is inflamed. IL-38 activates the IL-38 receptor on the cells.");
        assertTrue(read.contains("IL-38 binds IL-38 receptor"), read.toString());
    }

    @Test
    void test_an_activation_a_drug_prevents_is_no_binding() {
        List<String> read = read("The antibody velizumab binds CCR2 and stops CCL2 from activating it.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("CCL2 binds")), read.toString());
    }

    @Test
    void test_a_name_with_its_class_noun_heads_an_object_relative() {
        List<String> read = read("The skin is inflamed. IL-38 cytokines, which keratinocytes release, activate the "
                + "IL-38 receptor unchecked.");
        assertTrue(read.contains("keratinocyte secretes IL-38"), read.toString());
        assertTrue(read.contains("IL-38 binds IL-38 receptor"), read.toString());
    }

    @Test
    void test_a_researchers_group_that_reports_leads_the_study_done_where_she_works() {
        List<String> read = read("The prize goes to Professor Marta Lindqvist of Lund University and the Vesta Institute. "
                + "In 2019 Professor Lindqvist's group, studying families from Chile, showed that the gene matters. "
                + "The paper appeared in Nature Genetics.");
        assertTrue(read.contains("study ledBy Marta Lindqvist"), read.toString());
        assertTrue(read.contains("study conductedBy Lund University"), read.toString());
        assertTrue(read.contains("study conductedBy Vesta Institute"), read.toString());
        assertTrue(read.contains("Marta Lindqvist affiliatedWith Vesta Institute"), read.toString());
    }

    @Test
    void test_one_hospital_name_with_and_is_no_second_workplace() {
        List<String> read = read("Carl Moreno, director of the Heart Center at Ridley Hospital and Medical Center, was "
                + "the principal investigator.");
        assertFalse(read.stream().anyMatch(r -> r.endsWith("Medical Center")), read.toString());
    }

    @Test
    void test_an_agency_role_and_title_before_a_name_is_the_persons_employer() {
        List<String> read = read("The panel met. FDA reviewer Dr Lena Okafor questioned the data.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("Lena Okafor affiliatedWith") && r.contains("Food and Drug")),
                read.toString());
    }

    @Test
    void test_a_regimen_of_a_drug_with_two_others_combines_each_pair() {
        List<String> read = read("She said that the triple regimen of tegoprazan with amoxicillin and clarithromycin is "
                + "approved.");
        assertTrue(read.contains("tegoprazan combinedWith amoxicillin"), read.toString());
        assertTrue(read.contains("tegoprazan combinedWith clarithromycin"), read.toString());
        assertTrue(read.contains("amoxicillin combinedWith clarithromycin"), read.toString());
    }

    @Test
    void test_alternatives_in_a_regimen_are_not_combined_with_each_other() {
        List<String> read = read("A regimen of velotinib with cisplatin or carboplatin was used.");
        assertTrue(read.contains("velotinib combinedWith cisplatin"), read.toString());
        assertFalse(read.contains("cisplatin combinedWith carboplatin"), read.toString());
    }

    @Test
    void test_a_protein_of_a_cell_type_is_expressed_on_it() {
        List<String> read = read("Velprazan blocks the H+/K+-ATPase, the proton pump of gastric parietal cells.");
        assertTrue(read.contains("H+/K+-ATPase expressedOn parietal cell"), read.toString());
    }

    @Test
    void test_a_pronoun_after_a_colon_is_the_subject_before_it() {
        List<String> read = read("The panel met. Velometinib is a RAF/MEK clamp: it binds MEK and holds it with RAF.");
        assertTrue(read.contains("velometinib binds MEK"), read.toString());
    }

    @Test
    void test_a_purpose_clause_after_a_particle_is_not_its_object() {
        List<String> read = read("Of the patients with KRAS-mutant tumours, 44% responded to the combination. Defatinib "
                + "inhibits focal adhesion kinase (FAK), which tumour cells switch on to escape EGFR inhibition.");
        assertTrue(read.contains("defatinib blocks focal adhesion kinase"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("EGFR")), read.toString());
    }
}
