package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 387 showed litkg missing a receptor "that lets" cells answer a signal, a chemokine "made in" organs
 * with no comma before the participle, a prize winner's "His abstract showed that", a person who "is leading a trial",
 * and a tip sheet's second item, a trial of a drug named there first, as a study of its own. The texts are written
 * for the tests.
 */
class EnablingReceptorsAndPrizedAbstractsTest {

    @Test
    void test_a_receptor_that_lets_cells_respond_to_a_signal_is_on_them_and_the_signal_binds_it() {
        List<String> read = Readings.read("Motixafortide blocks CXCR4, the receptor that lets myeloma cells respond "
                + "to CXCL12 made in the bone marrow.");
        assertTrue(read.contains("CXCR4 expressedOn myeloma"), read.toString());
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertTrue(read.contains("bone marrow secretes CXCL12"), read.toString());
    }

    @Test
    void test_a_prize_winners_abstract_showing_a_finding_is_a_study_he_led() {
        List<String> read = Readings.read("The society congratulates Dr. Rui Costa of the University of Leeds, winner "
                + "of the Young Investigator Prize. His abstract showed that synovial fibroblasts release CCL20.");
        assertTrue(read.contains("study ledBy Rui Costa"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_a_person_who_is_leading_a_trial_of_another_drug_leads_a_study_of_its_own() {
        String tips = "1. Itch relief\nDermatologists at Halford Hospital found that nemolizumab eased itch in 40 "
                + "patients.\n\n2. Heart drug\nDr. Ana Ruiz, a cardiologist at Halford Hospital, is leading a trial of "
                + "finerenone in 300 people with heart failure.\n";
        List<String> read = Readings.read(tips);
        assertTrue(read.contains("study ledBy Ana Ruiz"), read.toString());
        List<Statement> statements = Readings.statements(tips);
        long studies = statements.stream().map(Statement::subject).filter(n -> n instanceof Node.StudyNode)
                .distinct().count();
        assertEquals(2, studies, read.toString());
    }
}
