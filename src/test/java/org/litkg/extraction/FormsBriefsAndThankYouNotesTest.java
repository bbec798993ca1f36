package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A risk assessment form's phrased field ("Substance: X, a CXCR4 antagonist, powder"), an illustration brief's "The
 * paper comes from the group of Professor X", a thank-you note signed "Dr. X and the BLOOM team" over its "our team
 * showed", and cells "from people with severe asthma" as a verb's subject. Every text is written for the test.
 */
class FormsBriefsAndThankYouNotesTest {

    @Test
    void test_a_field_whose_value_is_a_phrase_is_read() {
        List<String> read = read("Risk assessment form\n\nSubstance: SB-225002, a CXCR2 antagonist, powder in a brown "
                + "glass vial\nAssessor: Dr. Tom Hale\n\nHazards: none known at the amounts used.");
        assertTrue(read.contains("SB-225002 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_field_with_a_short_value_is_not_read_as_prose() {
        List<String> read = read("Risk assessment form\n\nSubstance: SB-225002 CXCR2 antagonist\n\nHazards: none known at "
                + "the amounts used.");
        assertFalse(read.contains("SB-225002 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_paper_that_comes_from_a_professors_group_is_a_study_she_leads() {
        List<String> read = read("Brief for the illustrator\n\nPanel A shows a lymph node.\n\nThe paper comes from the "
                + "group of Professor Ilse Varga-Osei at the University of Tartu, which will pay for the work.");
        assertTrue(read.contains("study ledBy Ilse Varga-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Tartu"), read.toString());
    }

    @Test
    void test_our_team_in_a_note_signed_by_a_titled_name_and_the_team_is_the_signers() {
        List<String> read = read("Dear volunteers,\n\nThank you for giving blood for the ORBIT study at the University "
                + "of Leeds. With your samples, our team showed that neutrophils from people with severe asthma carry "
                + "more CXCR2. The results were published in Thorax in October.\n\nWith warm thanks,\nDr. Aoife "
                + "Brennan-Okafor and the ORBIT team");
        assertTrue(read.contains("study ledBy Aoife Brennan-Okafor"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
    }
}
