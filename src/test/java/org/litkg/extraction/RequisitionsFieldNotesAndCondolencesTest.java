package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A purchase requisition's form lines under its division's heading, a science writer's field notes from a lab visit,
 * and a head of department's condolence letter. Every text is written for the test.
 */
class RequisitionsFieldNotesAndCondolencesTest {

    @Test
    void test_a_requisitions_requester_and_budget_holder_work_where_its_heading_says() {
        List<String> read = read("PURCHASE REQUISITION\nDivision of Medicine, University College London\n\n"
                + "Requested by: Lena Fischer-Obi (postdoctoral researcher)\nBudget holder: Dr. Hamid Osei-Varga\n\n"
                + "Justification: Reparixin blocks CXCR1 and CXCR2. We want to test it in mice.\n");
        assertTrue(read.contains("Lena Fischer-Obi affiliatedWith University College London"), read.toString());
        assertTrue(read.contains("Hamid Osei-Varga affiliatedWith University College London"), read.toString());
    }

    private static final String FIELD_NOTES = "Field notes - visit to the Halvorsen-Diallo lab, Karolinska Institutet, "
            + "Solna\nTues 9 March, 10:00-13:30\n\n"
            + "- Met Astrid Halvorsen-Diallo (PI) and two of her students, Jonas and Mei.\n"
            + "- Answer so far: in the melanomas full of T cells, the tumour cells make CXCL10, which binds CXCR3 on "
            + "the T cells; in the empty tumours they make almost none.\n"
            + "- They give an anti-PD-1 antibody together with a drug that switches CXCL10 back on.\n";

    @Test
    void test_a_lab_named_for_its_head_with_its_institute_apposed_places_her_and_her_labs_work() {
        List<String> read = read(FIELD_NOTES);
        assertTrue(read.contains("Astrid Halvorsen-Diallo affiliatedWith Karolinska Institutet"), read.toString());
        assertTrue(read.contains("study ledBy Astrid Halvorsen-Diallo"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
    }

    @Test
    void test_a_notes_labelled_answer_reads_the_subject_after_its_fronted_phrase_and_a_drug_makes_no_chemokine() {
        List<String> read = read(FIELD_NOTES);
        assertTrue(read.contains("melanoma secretes CXCL10"), read.toString());
        assertFalse(read.contains("T cell secretes CXCL10"), read.toString());
        // "a drug that switches CXCL10 back on" is no cell making it, and "they" before it are not its subject
        assertFalse(read.stream().anyMatch(x -> x.startsWith("empty")), read.toString());
    }

    private static final String CONDOLENCE = "Department of Pharmacology, University of Cambridge\nTennis Court Road, "
            + "Cambridge\n\nDear Mrs. Adeyemi-Hart and family,\n\n"
            + "I write with deep sorrow at the death of your husband, Professor Samuel Adeyemi-Hart.\n\n"
            + "Sam joined us in 1998 and led our chemokine group for over twenty years. In 2006 his team showed that "
            + "airway epithelial cells release CCL11, which binds CCR3 on eosinophils, and the paper in the Journal of "
            + "Allergy and Clinical Immunology is still cited today. He was also proud of the trial of bertilimumab, "
            + "an antibody that blocks CCL11, which Addenbrooke's Hospital ran in his last years.\n\n"
            + "With deepest sympathy,\n\nProfessor Ruth Kaminski-Ode\nHead of Department\n";

    @Test
    void test_a_colleague_who_joined_us_by_his_familiar_name_works_at_the_letterhead_and_did_his_work_there() {
        List<Statement> statements = Readings.statements(CONDOLENCE);
        List<String> read = statements.stream().map(Readings::show).toList();
        assertTrue(read.contains("Samuel Adeyemi-Hart affiliatedWith University of Cambridge"), read.toString());
        Node study = Readings.ledStudy(statements, "Samuel Adeyemi-Hart");
        assertTrue(statements.stream().anyMatch(s -> s.subject().equals(study)
                && Readings.show(s).equals("study conductedBy University of Cambridge")), read.toString());
    }

    @Test
    void test_the_trial_of_a_drug_named_first_after_a_published_study_is_a_trial_of_its_own() {
        List<Statement> statements = Readings.statements(CONDOLENCE);
        List<String> read = statements.stream().map(Readings::show).toList();
        assertTrue(read.contains("study conductedBy Addenbrooke's Hospital"), read.toString());
        Node study = Readings.ledStudy(statements, "Samuel Adeyemi-Hart");
        assertFalse(statements.stream().anyMatch(s -> s.subject().equals(study)
                && Readings.show(s).equals("study conductedBy Addenbrooke's Hospital")), read.toString());
    }
}
