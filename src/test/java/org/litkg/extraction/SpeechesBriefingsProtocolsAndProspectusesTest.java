package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-seventh held-out set (a commencement address, a press briefing transcript, a clinical
 * study protocol synopsis, an IPO prospectus) showed missing on its first run. Every sentence is written for the test.
 */
class SpeechesBriefingsProtocolsAndProspectusesTest {

    private static final String SPEECH = "Remarks as prepared for delivery by Dr. Petra Lindfors-Okonjo, professor at the "
            + "University of Bergen\n\nThank you all for coming today.\n\nLast spring we began a trial called SARC-EASE, "
            + "which I lead with Dr. Hamid Castellane-Ruiz of the University of Granada. It is being run at Haukeland "
            + "University Hospital, and it asks whether reparixin helps people with sarcoidosis.\n";

    @Test
    void test_a_speechs_heading_names_whose_i_leads_the_trial_with_the_colleague_named() {
        List<String> read = read(SPEECH);
        assertTrue(read.contains("study ledBy Petra Lindfors-Okonjo"), read.toString());
        assertTrue(read.contains("study ledBy Hamid Castellane-Ruiz"), read.toString());
        assertTrue(read.contains("Hamid Castellane-Ruiz affiliatedWith University of Granada"), read.toString());
    }

    @Test
    void test_where_the_next_sentence_says_it_is_run_that_place_alone_conducts() {
        List<String> read = read(SPEECH);
        assertTrue(read.contains("study conductedBy Haukeland University Hospital"), read.toString());
        assertFalse(read.contains("study conductedBy University of Granada"), read.toString());
    }

    @Test
    void test_work_led_by_my_graduate_student_is_led_by_the_student() {
        List<String> read = read("That study was led by my graduate student Oyinda Marsh-Takahashi, who found that "
                + "reparixin blocks CXCR2.");
        assertTrue(read.contains("study ledBy Oyinda Marsh-Takahashi"), read.toString());
    }

    @Test
    void test_keeping_patients_off_dialysis_blocks_nothing_but_switching_a_protein_off_does() {
        List<String> offDialysis = read("Cefazolin, which binds the penicillin-binding proteins of the bacterium, can keep "
                + "patients off dialysis.");
        assertTrue(offDialysis.contains("cefazolin binds penicillin-binding proteins"), offDialysis.toString());
        assertFalse(offDialysis.stream().anyMatch(x -> x.contains(" blocks ")), offDialysis.toString());
        List<String> switchedOff = read("Reparixin binds CXCR2 and switches it off.");
        assertTrue(switchedOff.contains("reparixin blocks CXCR2"), switchedOff.toString());
    }

    @Test
    void test_binding_proteins_named_in_the_plural_are_proteins() {
        assertTrue(typedNames("Cefazolin binds the penicillin-binding proteins of the bacterium.")
                .contains("PROTEIN penicillin-binding proteins"));
    }

    @Test
    void test_a_milbemycin_is_a_drug_by_its_stem() {
        List<String> names = typedNames("In dogs, nemadectin paralyses the worm within hours.");
        assertTrue(names.contains("DRUG nemadectin"), names.toString());
    }

    @Test
    void test_holding_back_cells_restrains_them_and_sequesters_nothing() {
        List<String> read = read("CCL22 binds CCR4 on regulatory T cells and crowds them into the skin, where they hold back "
                + "the neutrophils that would clear the bacteria.");
        assertTrue(read.contains("CCL22 binds CCR4"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains(" sequesters ")), read.toString());
    }

    @Test
    void test_a_synopsiss_short_title_names_its_trial_and_its_sites_conduct_it() {
        String synopsis = "PROTOCOL SYNOPSIS\n\nShort title: SARC-EASE\n\nParticipating sites: Haukeland University "
                + "Hospital (Bergen); Sahlgrenska University Hospital (Gothenburg)\n\nDesign: Participants are "
                + "randomised to reparixin or placebo for twelve weeks.\n";
        assertTrue(typedNames(synopsis).contains("CLINICAL_TRIAL SARC-EASE"), typedNames(synopsis).toString());
        List<String> read = read(synopsis);
        assertTrue(read.contains("study conductedBy Haukeland University Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Sahlgrenska University Hospital"), read.toString());
    }

    @Test
    void test_a_drug_given_with_two_others_each_at_its_dose_is_combined_with_both() {
        List<String> read = read("Intervention: Reparixin 1200 mg orally three times daily, given with prednisone 20 mg "
                + "once daily and methotrexate 15 mg once weekly.");
        assertTrue(read.contains("reparixin combinedWith prednisone"), read.toString());
        assertTrue(read.contains("reparixin combinedWith methotrexate"), read.toString());
    }

    @Test
    void test_weeks_of_two_drugs_give_them_together() {
        List<String> read = read("Tumours shrank after the standard six weeks of gemcitabine and cisplatin.");
        assertTrue(read.contains("gemcitabine combinedWith cisplatin"), read.toString());
    }

    @Test
    void test_a_prospectuss_company_is_our_and_its_chief_executive_works_there() {
        String prospectus = "PRELIMINARY PROSPECTUS\n\nBrennholt Biotherapeutics, Inc.\n\nCommon Stock\n\nWe are a "
                + "clinical-stage biotechnology company developing treatments for sarcoidosis.\n\nOur Chief Executive "
                + "Officer, Dr. Teodor Falkvik-Amadi, and our other key employees may leave us.\n";
        List<String> read = read(prospectus);
        assertTrue(read.contains("Teodor Falkvik-Amadi affiliatedWith Brennholt Biotherapeutics"), read.toString());
        // the company's name alone at the head is its letterhead, which "our" stands for too (Letterheads); named only
        // in a story's prose, it is not what "our" stands for
        List<String> letterhead = read("Brennholt Biotherapeutics, Inc.\n\nOur Chief Executive Officer, Dr. Teodor "
                + "Falkvik-Amadi, and our other key employees may leave us.\n");
        assertTrue(letterhead.contains("Teodor Falkvik-Amadi affiliatedWith Brennholt Biotherapeutics"), letterhead.toString());
        List<String> undescribed = read("Analysts expect Brennholt Biotherapeutics, Inc. to raise money this year.\n\n"
                + "Our Chief Executive Officer, Dr. Teodor Falkvik-Amadi, and our other key employees may leave us.\n");
        assertFalse(undescribed.stream().anyMatch(x -> x.contains("affiliatedWith")), undescribed.toString());
    }

    @Test
    void test_a_transcripts_name_with_its_role_bracketed_is_a_person_and_a_heading_is_not() {
        List<String> names = typedNames("GRETA VANTERPOOL-OBI (MODERATOR): Good morning, and welcome to the briefing.\n\n"
                + "KEY POINTS: reparixin blocks CXCR2 in the skin of people with sarcoidosis.\n");
        assertTrue(names.contains("PERSON Greta Vanterpool-Obi"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Key")), names.toString());
    }

    @Test
    void test_q_fever_river_blindness_and_a_journal_a_paper_is_submitted_to_are_known() {
        List<String> names = typedNames("Chronic Q fever and river blindness are treated for months. The results will be "
                + "submitted to Clinical Infectious Diseases.");
        assertTrue(names.contains("DISEASE Q fever"), names.toString());
        assertTrue(names.contains("DISEASE onchocerciasis"), names.toString());
        assertTrue(names.contains("JOURNAL Clinical Infectious Diseases"), names.toString());
    }
}
