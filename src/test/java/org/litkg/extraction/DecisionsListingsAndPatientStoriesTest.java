package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision notice's "the applicant's group", a programme's "which her team is testing", a patient story's care team
 * and a page's "Dr. A and Dr. B at Y". Every text is written for the test.
 */
class DecisionsListingsAndPatientStoriesTest {

    @Test
    void test_the_applicants_group_is_the_group_of_the_person_in_the_applicant_field() {
        List<String> read = read("Committee decision\n\nApplicant: Dr. Runa Ekwueme-Strand, University of Dundee\n"
                + "Decision: Approved\n\nSummary\nThe applicant's group showed in Allergy in 2023 that mast cells "
                + "release CCL2. The project will ask whether this matters in people.");
        assertTrue(read.contains("study ledBy Runa Ekwueme-Strand"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("approvedBy")), read.toString());
    }

    @Test
    void test_a_drug_her_team_is_testing_is_a_study_she_leads() {
        List<String> read = read("Festival programme\n\nDr. Nadia Brennan-Osei (University of Sussex) explains how "
                + "tumours hide. She will also talk about the CXCR4 blocker mavorixafor, which her team is testing "
                + "together with pembrolizumab.");
        assertTrue(read.contains("study ledBy Nadia Brennan-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Sussex"), read.toString());
    }

    @Test
    void test_a_care_team_that_gives_a_patient_a_drug_does_no_study() {
        List<String> read = read("Mia's story\n\nMia's stem cells would not leave her bone marrow. So her team at "
                + "Addenbrooke's Hospital gave her plerixafor together with filgrastim. It worked within a day.");
        assertTrue(read.contains("plerixafor combinedWith filgrastim"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
    }

    @Test
    void test_two_people_joined_by_and_before_their_place_both_work_there() {
        List<String> read = read("Crowdfunding\n\nAbout the project\nWe are Dr. Ola Haugen-Mensah and Dr. Tim "
                + "Achterberg at the University of Warwick. We want to test whether maraviroc calms the gut.");
        assertTrue(read.contains("Ola Haugen-Mensah affiliatedWith University of Warwick"), read.toString());
        assertTrue(read.contains("Tim Achterberg affiliatedWith University of Warwick"), read.toString());
    }

    @Test
    void test_a_first_person_with_a_place_of_their_own_keeps_it() {
        List<String> read = read("Panel\n\nThe panel heard Dr. Ola Haugen-Mensah of Keele University and Dr. Tim "
                + "Achterberg at the University of Warwick discuss maraviroc, which blocks CCR5.");
        assertTrue(read.contains("Ola Haugen-Mensah affiliatedWith Keele University"), read.toString());
        assertFalse(read.contains("Ola Haugen-Mensah affiliatedWith University of Warwick"), read.toString());
    }
}
