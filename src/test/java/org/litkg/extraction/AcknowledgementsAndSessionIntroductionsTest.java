package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-eighty-ninth held-out set's kinds of writing need: a session chair introducing himself
 * and the speakers ("I'm X, and I run the laboratory at Y", "He leads the phase 1 trial of Z"), and a thesis's
 * acknowledgements, whose supervisor leads the work the thesis reports. Every text is written for the test.
 */
class AcknowledgementsAndSessionIntroductionsTest {

    @Test
    void test_a_chair_introducing_himself_is_placed_at_the_laboratory_he_runs_which_conducts_no_study() {
        List<String> read = read("Welcome to the session on myeloid cells. I'm Anders Okonjo-Haldane, and I run the "
                + "neuro-oncology laboratory at the University of Leeds.\n");
        assertTrue(read.contains("Anders Okonjo-Haldane affiliatedWith University of Leeds"), read.toString());
        assertFalse(read.contains("study conductedBy University of Leeds"), read.toString());
        List<String> profile = read("Today Dr. Mette Aguilar-Brand runs a skin immunology laboratory at the Rockefeller "
                + "University, and her work showed that keratinocytes release CCL20.\n");
        assertTrue(profile.contains("study conductedBy Rockefeller University"), profile.toString());
    }

    @Test
    void test_he_leads_the_phase_1_trial_names_the_titled_speaker_before_as_its_leader() {
        List<String> read = read("Our second speaker is Dr. Ines Barragan-Osei of the Mayo Clinic. She leads the phase 1 "
                + "trial of VX-19, an oral CCR2 antagonist, given together with temozolomide.\n");
        assertTrue(read.contains("study ledBy Ines Barragan-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy Mayo Clinic"), read.toString());
        assertTrue(read.contains("VX-19 combinedWith temozolomide"), read.toString());
    }

    @Test
    void test_a_theses_supervisor_leads_the_work_it_reports_and_her_university_conducts_it() {
        List<String> read = read("Acknowledgements\n\nFirst, I thank my supervisor, Professor Liv Amundsen-Kariuki at the "
                + "University of Tromsø, for her patience.\n\nThis thesis showed that stromal cells release CXCL12, which "
                + "binds CXCR4 on leukaemia cells. Part of this work was published in Leukemia in 2025.\n");
        assertTrue(read.contains("study ledBy Liv Amundsen-Kariuki"), read.toString());
        assertTrue(read.contains("study conductedBy University of Tromsø"), read.toString());
        List<String> letter = read("Dear colleagues,\n\nI thank my supervisor, Professor Liv Amundsen-Kariuki at the "
                + "University of Tromsø, for her patience. Stromal cells release CXCL12, which binds CXCR4.\n");
        assertFalse(letter.contains("study ledBy Liv Amundsen-Kariuki"), letter.toString());
    }
}
