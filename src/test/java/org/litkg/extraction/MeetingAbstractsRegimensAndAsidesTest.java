package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting abstract's byline with its centres in brackets; regimens written with doses between the names ("X 200 mg
 * twice daily plus Y"), with a slash ("gemcitabine/cisplatin"), after a class's phrase ("a study of the CXCR1/CXCR2
 * antagonist X with Y") and as a subject with more partners ("X with Y and chemotherapy was"); and an agency whose
 * granting verb follows an aside. Every sentence is written for the test.
 */
class MeetingAbstractsRegimensAndAsidesTest {

    private static final String ABSTRACT = """
            Abstract 2231

            A phase 2 study of reparixin with paclitaxel in metastatic breast cancer.

            Ines Barros, Tobias Kern (University of Freiburg, Freiburg, Germany); Ada Mensah (Korle Bu Teaching \
            Hospital, Accra, Ghana)

            Background: Breast cancer stem cells carry CXCR1. Reparixin blocks CXCR1.
            """;

    @Test
    void test_a_bracketed_byline_places_each_author_and_its_first_and_last_lead() {
        List<String> read = read(ABSTRACT);
        assertTrue(read.contains("Tobias Kern affiliatedWith University of Freiburg"), read.toString());
        assertTrue(read.contains("Ada Mensah affiliatedWith Korle Bu Teaching Hospital"), read.toString());
        assertTrue(read.contains("study ledBy Ines Barros"), read.toString());
        assertTrue(read.contains("study ledBy Ada Mensah"), read.toString());
        assertFalse(read.contains("study ledBy Tobias Kern"), read.toString());
        assertTrue(read.contains("study conductedBy Korle Bu Teaching Hospital"), read.toString());
    }

    @Test
    void test_doses_between_the_names_of_a_regimen_are_stepped_over() {
        List<String> read = read("Patients received ladarixin 200 mg twice daily plus pembrolizumab 200 mg every three "
                + "weeks and carboplatin.");
        assertTrue(read.contains("ladarixin combinedWith pembrolizumab"), read.toString());
        assertTrue(read.contains("ladarixin combinedWith carboplatin"), read.toString());
    }

    @Test
    void test_a_slash_between_two_drugs_joins_them_in_the_regimen() {
        List<String> read = read("Patients received ladarixin plus gemcitabine/cisplatin in the first cohort.");
        assertTrue(read.contains("ladarixin combinedWith cisplatin"), read.toString());
        assertTrue(read.contains("ladarixin combinedWith gemcitabine"), read.toString());
    }

    @Test
    void test_a_study_of_a_drug_named_after_its_class_phrase_combines_it() {
        List<String> read = read("This is a phase 1 study of the CXCR1/CXCR2 antagonist ladarixin with nivolumab and "
                + "docetaxel in lung cancer.");
        assertTrue(read.contains("ladarixin combinedWith nivolumab"), read.toString());
        assertTrue(read.contains("ladarixin combinedWith docetaxel"), read.toString());
    }

    @Test
    void test_a_regimen_subject_goes_on_to_its_partner_s_conjuncts() {
        List<String> read = read("Results: Ladarixin with nivolumab and chemotherapy was well tolerated in most patients.");
        assertTrue(read.contains("ladarixin combinedWith nivolumab"), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("ladarixin combinedWith chemotherap")), read.toString());
    }

    @Test
    void test_an_agency_before_an_aside_grants_the_authorisation_after_it() {
        List<String> read = read("The company said that the European Commission, acting on advice from its experts, has "
                + "granted marketing authorisation to ladarixin for adults.");
        assertTrue(read.contains("ladarixin approvedBy European Commission"), read.toString());
    }
}
