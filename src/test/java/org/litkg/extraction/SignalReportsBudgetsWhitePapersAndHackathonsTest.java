package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.ledStudy;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.statements;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-fifth held-out set (a pharmacovigilance signal assessment, a budget justification, a
 * white paper, a hackathon project write-up) showed missing on its first run. Every sentence is written for the test.
 */
class SignalReportsBudgetsWhitePapersAndHackathonsTest {

    @Test
    void test_a_claim_for_which_no_evidence_was_found_is_denied_not_asserted() {
        List<String> read = read("The reviewers suspect that motixafortide may lower platelet counts, but they found no "
                + "evidence that it blocks CCR7.");
        assertTrue(read.contains("motixafortide blocks CCR7 NEG"), read.toString());
        assertFalse(read.contains("motixafortide blocks CCR7"), read.toString());
    }

    @Test
    void test_a_second_verb_after_a_tissue_named_subject_is_the_subjects_not_its_first_objects() {
        List<String> read = read("The team found that bone marrow macrophages produce CXCL12 and trap T cells.");
        assertTrue(read.contains("macrophage sequesters T cell"), read.toString());
        assertFalse(read.contains("CXCL12 sequesters T cell"), read.toString());
    }

    @Test
    void test_working_on_a_ward_at_a_hospital_places_the_person_there() {
        List<String> read = read("Our team member Dr. Folake Adesanmi-Greaves works on the infectious diseases ward at "
                + "Lagos University Teaching Hospital.");
        assertTrue(read.contains("Folake Adesanmi-Greaves affiliatedWith Lagos University Teaching Hospital"),
                read.toString());
    }

    @Test
    void test_a_fever_named_for_its_place_is_a_disease_and_a_high_fever_is_none() {
        List<String> names = typedNames("Patients with Rift Valley fever often have a high fever. The clinic gives "
                + "favipiravir with ribavirin.");
        assertTrue(names.contains("DISEASE Rift Valley fever"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith("high fever")), names.toString());
        assertTrue(names.contains("DRUG ribavirin"), names.toString());
    }

    @Test
    void test_a_team_that_offers_to_try_an_app_conducts_no_study() {
        List<String> read = read("A 2024 study led by Dr. Ines Marlowe-Okafor at the University of Ghana found that "
                + "monocytes release CXCL10. A team from the Kumasi Centre for Collaborative Research has offered to "
                + "try the app next year.");
        assertTrue(read.contains("study conductedBy University of Ghana"), read.toString());
        assertFalse(read.contains("study conductedBy Kumasi Centre for Collaborative Research"), read.toString());
    }

    @Test
    void test_a_budgets_applicant_institution_places_its_principal_investigator_and_her_groups_study() {
        List<String> read = read("BUDGET JUSTIFICATION\n\nApplicant institution: Hubrecht Institute, Utrecht\n"
                + "Principal investigator: Dr. Sanne Vermeulen-Achebe\n\nHer group showed in 2024 that mast cells "
                + "release CCL2. That study was published in Cell Reports.\n");
        assertTrue(read.contains("Sanne Vermeulen-Achebe affiliatedWith Hubrecht Institute"), read.toString());
        assertTrue(read.contains("study conductedBy Hubrecht Institute"), read.toString());
    }

    @Test
    void test_whose_team_found_after_a_person_and_her_workplace_is_her_own_study_led_by_her_there() {
        String text = "A study led by Dr. Pieter Ravensbergen-Oduro at Leiden University showed that tumour cells "
                + "secrete CXCL12. We will visit Prof. Odile Marchand-Sy at Institut Pasteur in Paris, whose team found "
                + "that stromal cells make CXCL12.";
        List<String> read = read(text);
        assertTrue(read.contains("study ledBy Odile Marchand-Sy"), read.toString());
        assertTrue(read.contains("study conductedBy Institut Pasteur"), read.toString());
        List<Statement> statements = statements(text);
        Node first = ledStudy(statements, "Pieter Ravensbergen-Oduro");
        Node second = ledStudy(statements, "Odile Marchand-Sy");
        assertNotSame(((Node.StudyNode) first).study(), ((Node.StudyNode) second).study(), statements.toString());
    }
}
