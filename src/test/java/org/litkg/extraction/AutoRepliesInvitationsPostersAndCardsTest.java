package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-seventh held-out set's kinds of writing need: an out-of-office reply and a
 * lab's card whose "our paper" is the signer's (a name over an institution at the foot, or "Professor X and everyone
 * in the lab" over the lab's centre), and a society's poster's "A talk by Dr. X, Y". Every text is written for the
 * test.
 */
class AutoRepliesInvitationsPostersAndCardsTest {

    private static final String EMAIL = "Automatic reply\n\nThank you for your email. I am on leave until January.\n\n"
            + "Good news: our paper showing that iptacopan blocks factor B has been accepted in Kidney "
            + "International.\n\n"
            + "With best wishes,\n\n";

    @Test
    void test_our_paper_above_a_signature_with_an_institution_is_the_signers() {
        List<String> read = read(EMAIL + "Professor Declan Ashford-Mensah\nProfessor of Nephrology, Newcastle "
                + "University\n");
        assertTrue(read.contains("study ledBy Declan Ashford-Mensah"), read.toString());
        assertTrue(read.contains("study conductedBy Newcastle University"), read.toString());
        // a name alone signs for no institution, as a parent's or a patient's letter does: the paper is no one's
        List<String> unplaced = read(EMAIL + "Declan Ashford-Mensah\n");
        assertFalse(unplaced.stream().anyMatch(x -> x.contains("ledBy")), unplaced.toString());
    }

    @Test
    void test_a_labs_card_signed_by_its_head_and_everyone_in_the_lab_places_her_and_makes_the_paper_hers() {
        List<String> read = read("Season's greetings!\n\nWhat a year! In March our paper came out in Hepatology: "
                + "Kupffer cells release CXCL16.\n\nThank you for your support!\n\nProfessor Adaeze Okonjo-Pryce and everyone "
                + "in the lab\nCentre for Liver Research, University of Birmingham\n");
        assertTrue(read.contains("Adaeze Okonjo-Pryce affiliatedWith University of Birmingham"), read.toString());
        assertTrue(read.contains("study ledBy Adaeze Okonjo-Pryce"), read.toString());
        assertTrue(read.contains("study conductedBy University of Birmingham"), read.toString());
    }

    @Test
    void test_a_posters_talk_line_places_its_speaker() {
        List<String> read = read("PHARMACOLOGY SOCIETY PRESENTS\n\n\"Itch\"\nA talk by Dr. Nkechi Holloway-Bryce, "
                + "King's College London\n\nT cells release IL-31.\n");
        assertTrue(read.contains("Nkechi Holloway-Bryce affiliatedWith King's College London"), read.toString());
    }
}
