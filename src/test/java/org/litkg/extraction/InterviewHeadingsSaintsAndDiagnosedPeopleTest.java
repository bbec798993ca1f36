package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 347 showed litkg missing or getting wrong: an interview's heading naming its guest without a
 * title ("Five questions for Tomas Berg"), whose first person answers below; a hospital named by its possessive short
 * name ("a consultant at St Mary's") after its full name; and "people with newly diagnosed X", whose disease makes
 * nothing. Every text is written for the test.
 */
class InterviewHeadingsSaintsAndDiagnosedPeopleTest {

    @Test
    void test_an_interview_headings_untitled_guest_answers_in_the_first_person() {
        List<String> read = Readings.readPlain("Five questions for Tomas Berg\n\n"
                + "Dr. Tomas Berg leads the chemokine group at Lund University.\n\n"
                + "Q: What did you find?\nA: CCL19 binds CCR7 on dendritic cells. Our results were published in "
                + "Science Immunology in May.\n");
        assertTrue(read.contains("study ledBy Tomas Berg"), read.toString());
        assertTrue(read.contains("study conductedBy Lund University"), read.toString());
    }

    @Test
    void test_a_hospitals_possessive_short_name_is_the_hospital() {
        List<String> read = Readings.readPlain("Patients treated at St Mary's University Hospital can now receive "
                + "iptacopan.\n\n\"It is good news,\" said Dr. Ruth Ames, a consultant haematologist at St Mary's.\n");
        assertTrue(read.contains("Ruth Ames affiliatedWith St Mary's University Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.endsWith("affiliatedWith St Mary")), read.toString());
    }

    @Test
    void test_the_disease_of_people_with_a_newly_diagnosed_disease_makes_nothing() {
        List<String> read = Readings.read("People with newly diagnosed psoriasis keep making CCL20 in the skin.");
        assertFalse(read.contains("psoriasis secretes CCL20"), read.toString());
    }
}
