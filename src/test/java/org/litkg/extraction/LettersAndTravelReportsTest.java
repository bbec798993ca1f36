package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A letter's addressee ("Dear Professor X," then "your group's study" and "the fellowship will be held at Y") and a
 * student's report ("Report by X, PhD student", "I am a PhD student in Professor Y's lab at Z", "our lab's work").
 * Every text is written for the test.
 */
class LettersAndTravelReportsTest {

    private static final String LETTER = "Award letter\n\nDear Professor Ines Abara-Lindholm,\n\nI am pleased to tell you "
            + "that your application has been funded. The panel liked your group's 2024 study, published in Blood, "
            + "which showed that stromal cells release CXCL12. ";

    @Test
    void test_your_group_in_a_letter_is_the_addressees_and_the_award_is_held_where_they_work() {
        List<String> read = read(LETTER + "The fellowship will be held at the University of Dundee.\n\nYours sincerely,"
                + "\nDr. Karen Moss");
        assertTrue(read.contains("study ledBy Ines Abara-Lindholm"), read.toString());
        assertTrue(read.contains("Ines Abara-Lindholm affiliatedWith University of Dundee"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
    }

    @Test
    void test_your_group_without_a_salutation_names_no_leader() {
        List<String> read = read("Funding news\n\nThe panel liked your group's 2024 study, published in Blood, which "
                + "showed that stromal cells release CXCL12. The fellowship will be held at the University of Dundee.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith")), read.toString());
    }

    @Test
    void test_a_student_reporter_works_where_their_lab_head_does_and_our_lab_is_the_heads() {
        List<String> read = read("Travel grant report\n\nReport by Malin Oduya-Strand, PhD student\n\nI am a PhD "
                + "student in Professor Tomas Reyes-Holm's lab at the University of Turku. Thanks to the grant I "
                + "presented our lab's work at the Keystone Symposium in Banff. We found that tumour cells release "
                + "CCL22.");
        assertTrue(read.contains("Malin Oduya-Strand affiliatedWith University of Turku"), read.toString());
        assertTrue(read.contains("study ledBy Tomas Reyes-Holm"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy Keystone")), read.toString());
    }
}
