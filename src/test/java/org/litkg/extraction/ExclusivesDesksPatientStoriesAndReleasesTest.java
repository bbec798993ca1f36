package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twentieth held-out set (a news agency's exclusive, a science desk's story, a local paper's
 * patient story, a German university's release) showed missing on its first run. Every sentence is written for the
 * test.
 */
class ExclusivesDesksPatientStoriesAndReleasesTest {

    @Test
    void test_a_modal_after_a_class_names_no_drug() {
        String text = "Ixekizumab neutralises IL-17A once it is made; a CCR6 inhibitor would act one step earlier.";
        assertFalse(typedNames(text).contains("DRUG would"), typedNames(text).toString());
        assertTrue(read(text).stream().noneMatch(x -> x.startsWith("would")), read(text).toString());
    }

    @Test
    void test_a_chemokine_described_as_drawing_cells_in_sequesters_nothing() {
        List<String> read = read("Melanoma cells and the fibroblasts around them secrete CCL17, a chemokine that draws "
                + "in regulatory T cells.");
        assertTrue(read.contains("melanoma secretes CCL17"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.contains("sequesters")), read.toString());
    }

    @Test
    void test_the_receptor_a_chemokine_binds_is_bound_by_it() {
        List<String> read = read("Regulatory T cells carry CCR8, the receptor that CCL1 binds.");
        assertTrue(read.contains("CCL1 binds CCR8"), read.toString());
    }

    @Test
    void test_a_team_from_an_institute_in_a_city_and_a_university_is_both() {
        List<String> read = read("The team, from the Institut Curie in Paris and Leiden University, found that "
                + "macrophages secrete CCL18.");
        assertTrue(read.contains("study conductedBy Institut Curie"), read.toString());
        assertTrue(read.contains("study conductedBy Leiden University"), read.toString());
    }

    @Test
    void test_a_german_compound_and_an_italian_company_are_organisations() {
        List<String> names = typedNames("Vellani Farmaceutici licensed the compound from the Deutsches "
                + "Krebsforschungszentrum in Heidelberg.");
        assertTrue(names.contains("ORGANIZATION Vellani Farmaceutici"), names.toString());
        assertTrue(names.contains("ORGANIZATION Deutsches Krebsforschungszentrum"), names.toString());
    }

    @Test
    void test_work_in_the_current_issue_of_a_journal_is_published_there() {
        List<String> read = read("The work, led by Dr. Anja Richterova, appears in the current issue of the Annals of "
                + "Oncology.");
        assertTrue(read.contains("study publishedIn Annals of Oncology"), read.toString());
    }

    @Test
    void test_a_project_carried_out_together_with_an_institute_is_conducted_there() {
        List<String> read = read("Researchers at Heidelberg University found that keratinocytes release CCL20. The project "
                + "was carried out together with the Max Delbrück Center and funded by the DFG.");
        assertTrue(read.contains("study conductedBy Max Delbrück Center"), read.toString());
    }

    @Test
    void test_a_trial_run_at_a_hospital_by_a_doctor_there_is_led_by_her() {
        List<String> read = read("The trial is testing varixafor. In Cornwall the trial is being run at Treliske Hospital "
                + "in Truro by Dr. Morwenna Trevail, a consultant neurologist there.");
        assertTrue(read.contains("study ledBy Morwenna Trevail"), read.toString());
        assertTrue(read.contains("Morwenna Trevail affiliatedWith Treliske Hospital"), read.toString());
    }

    @Test
    void test_the_substance_that_may_be_combined_is_the_drug_named_before() {
        List<String> read = read("The researchers tested PF-06650833, an experimental IRAK4 inhibitor from Pfizer. The "
                + "substance stopped Th17 cells from migrating towards CCL20. The scientists now want to find out whether "
                + "the substance can be combined with ixekizumab, an IL-17A antibody that is already approved.");
        assertTrue(read.contains("PF-06650833 combinedWith ixekizumab HEDGE"), read.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cancer_cells_in_the_marrow_sequesters_them() {
        List<String> read = read("CXCL12, a chemokine made by stromal cells in the bone marrow, binds CXCR4 and keeps "
                + "the myeloma cells tucked away in the marrow.");
        assertTrue(read.contains("CXCL12 sequesters myeloma"), read.toString());
        assertFalse(read.contains("bone marrow sequesters myeloma"), read.toString());
    }

    @Test
    void test_keeping_a_disease_in_check_or_a_fronted_disease_sequesters_nothing() {
        List<String> read = read("Mavorixafor keeps the disease in check. In WHIM syndrome, mutations in CXCR4 keep "
                + "neutrophils locked in the bone marrow.");
        assertTrue(read.stream().noneMatch(x -> x.contains("sequesters")), read.toString());
    }

    @Test
    void test_the_synovial_membrane_is_a_tissue_that_secretes() {
        List<String> read = read("The synovial membrane, the thin tissue lining the joints, releases CCL20 in large "
                + "amounts.");
        assertTrue(read.contains("synovium secretes CCL20"), read.toString());
    }
}
