package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-first held-out set's kinds of writing need: a seminar's speaker notes (the
 * "Speaker:" line names whose "our" the notes say, and "These results were published" is her work), a pupil's project
 * board ("to bind CD4 and then CCR5 on T cells"), a case meeting's summary (a presenter's registrar post before her
 * hospital, "α4-integrin"), and a trial styled with a lower-case first letter ("the fRESH trial"). Every text is
 * written for the test.
 */
class SpeakerNotesFairBoardsAndCaseMeetingsTest {

    @Test
    void test_speaker_notes_our_results_are_the_speakers_and_her_university_conducts_them() {
        String head = "Speaker notes - research seminar, 4 December 2026\nSpeaker: Dr. Lucia Ekwueme-Brandt, "
                + "University of Dundee\n\n";
        String results = " reparixin, which blocks CXCR1, cut the number of cancer stem cells by half. These results "
                + "were published in Breast Cancer Research in 2026.\n";
        List<String> read = read(head + "Slide 3 - Our data\nIn our mouse model," + results);
        assertTrue(read.contains("study ledBy Lucia Ekwueme-Brandt"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
        List<String> quoted = read(head + "Slide 3 - Their data\nIn a mouse model," + results);
        assertFalse(quoted.contains("study ledBy Lucia Ekwueme-Brandt"), quoted.toString());
    }

    @Test
    void test_and_then_joins_a_second_receptor_bound_and_placed_with_the_first() {
        List<String> read = read("HIV uses a protein called gp120 to bind CD4 and then CCR5 on T cells.\n");
        assertTrue(read.contains("gp120 binds CCR5"), read.toString());
        assertTrue(read.contains("CD4 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CCR5 expressedOn T cell"), read.toString());
    }

    @Test
    void test_a_registrar_post_between_the_presenter_and_her_hospital_still_places_her_there() {
        List<String> read = read("Case meeting summary, 20 November 2026\nCase presented by: Dr. Anika Osterberg-Lowe, "
                + "Specialty Registrar in Neurology, Queen Elizabeth University Hospital\n\nNatalizumab binds CD49d on "
                + "lymphocytes.\n");
        assertTrue(read.contains("Anika Osterberg-Lowe affiliatedWith Queen Elizabeth University Hospital"),
                read.toString());
    }

    @Test
    void test_an_integrin_chain_joined_to_the_word_by_a_hyphen_is_a_protein_bound_and_placed() {
        List<String> read = read("Natalizumab binds α4-integrin on lymphocytes and so keeps them out of the brain.\n");
        assertTrue(read.contains("natalizumab binds α4-integrin"), read.toString());
        assertTrue(read.contains("α4-integrin expressedOn lymphocyte"), read.toString());
    }

    @Test
    void test_a_trial_styled_with_a_lower_case_letter_before_four_capitals_is_a_trial_and_mrna_is_not() {
        List<String> typed = typedNames("In the fRESH trial, adding reparixin to paclitaxel did not show a clear "
                + "benefit in women with metastatic breast cancer.\n");
        assertTrue(typed.contains("CLINICAL_TRIAL fRESH"), typed.toString());
        List<String> rna = typedNames("In the mRNA trial, the vaccine raised antibodies against the spike protein in "
                + "most adults who took part.\n");
        assertFalse(rna.stream().anyMatch(t -> t.startsWith("CLINICAL_TRIAL mRNA")), rna.toString());
    }
}
