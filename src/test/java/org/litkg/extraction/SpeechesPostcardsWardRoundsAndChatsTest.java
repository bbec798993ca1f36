package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.ledStudy;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.statements;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-sixtieth held-out set (a wedding speech, a conference postcard, a ward round's notes, a lab's
 * chat export) showed missing on its first run. Every sentence is written for the test.
 */
class SpeechesPostcardsWardRoundsAndChatsTest {

    @Test
    void test_her_group_is_the_person_the_sentences_since_kept_calling_she() {
        List<String> read = read("At the poster session I met Dr. Leonie Vasquez-Oduro from the Broad Institute. She "
                + "explained her model over coffee. She thinks it will hold up. I was too shy to argue with her. Her "
                + "group's paper is out in Cell Reports this week.");
        assertTrue(read.contains("study ledBy Leonie Vasquez-Oduro"), read.toString());
    }

    @Test
    void test_her_group_is_no_one_when_sentences_between_speak_of_no_person() {
        List<String> read = read("At the poster session I met Dr. Leonie Vasquez-Oduro from the Broad Institute. The "
                + "coffee was cold. The hall was loud. The posters were crowded. Her group's paper is out in Cell Reports "
                + "this week.");
        assertFalse(read.contains("study ledBy Leonie Vasquez-Oduro"), read.toString());
    }

    @Test
    void test_a_drug_that_is_fda_approved_without_a_hyphen_is_approved_by_the_fda() {
        List<String> read = read("Ruxolitinib is FDA approved (myelofibrosis, 2011), used off label here.");
        assertTrue(read.contains("ruxolitinib approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_predicate_fda_approved_never_approves_a_drug_named_after_it() {
        List<String> read = read("Baricitinib is FDA approved, and maraviroc is still being tested in this disease.");
        assertTrue(read.contains("baricitinib approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_paper_accepted_in_a_journal_whose_name_is_a_common_word_is_published_there() {
        List<String> read = read("Morning all! The CXCR4 paper has been ACCEPTED in Blood, thank you everyone.");
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
    }

    @Test
    void test_a_chat_exports_sender_is_a_person_and_here_at_a_place_is_where_they_work() {
        String chat = "[03/12/2026, 09:41] Marisol Achterberg-Nwosu: Every assay was run here at the Francis Crick "
                + "Institute, so well done all.\n";
        assertTrue(typedNames(chat).contains("PERSON Marisol Achterberg-Nwosu"), typedNames(chat).toString());
        List<String> read = read(chat);
        assertTrue(read.contains("Marisol Achterberg-Nwosu affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_chat_senders_message_about_someone_who_led_the_work_does_not_make_the_sender_its_leader() {
        List<String> read = read("[03/12/2026, 09:41] Marisol Achterberg-Nwosu: Congratulations to Tomas, who led the "
                + "study from the very first assay.\n");
        assertFalse(read.contains("study ledBy Marisol Achterberg-Nwosu"), read.toString());
    }

    @Test
    void test_a_ward_rounds_consultant_field_with_mr_names_a_person() {
        List<String> names = typedNames("WARD ROUND - Neurosurgery\nConsultant: Mr. Declan Ferreira-Osei\n\nBed 2 - "
                + "stable, plan home tomorrow if the physiotherapists agree.\n");
        assertTrue(names.contains("PERSON Declan Ferreira-Osei"), names.toString());
    }

    @Test
    void test_a_ci_field_names_the_trials_chief_investigator() {
        List<String> read = read("- Enrolled in the RIVET-4 trial last week. CI: Prof. Annika Brunvoll-Tan, Imperial "
                + "College London. Trial run by Imperial College London.");
        assertTrue(read.contains("study ledBy Annika Brunvoll-Tan"), read.toString());
    }

    @Test
    void test_a_citations_place_between_et_al_and_the_journal_is_no_journal() {
        List<String> read = read("Background paper: Brunvoll-Tan et al., UCL, Neuro-Oncology 2024.");
        assertTrue(read.contains("study publishedIn Neuro-Oncology"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("study publishedIn UCL")), read.toString());
    }

    @Test
    void test_cells_named_after_a_comma_are_their_clauses_subject_not_a_description_of_the_organ_before() {
        List<String> read = read("The worm chews through the lung, the alveolar macrophages panic and release CCL2.");
        assertTrue(read.contains("alveolar macrophage secretes CCL2"), read.toString());
        assertFalse(read.contains("lung secretes CCL2"), read.toString());
    }

    @Test
    void test_a_small_trial_led_by_someone_after_a_published_study_is_a_study_of_its_own() {
        List<Statement> statements = statements("Her study came out in PLOS Pathogens in March. Next year the drug goes "
                + "into a small trial in western Kenya, led by Professor Wanjiru Odhiambo-Lenz at Moi University.");
        Node published = statements.stream().filter(s -> s.relation() == RelationType.PUBLISHED_IN).findFirst()
                .orElseThrow().subject();
        assertNotEquals(published, ledStudy(statements, "Wanjiru Odhiambo-Lenz"));
    }

    @Test
    void test_a_speech_heading_names_its_speaker_and_the_colleague_who_shared_her_bench_works_there_too() {
        List<String> read = read("Speech at the wedding of Dr. Amara Lindgren-Sato and Jonas Whitfield-Ekwueme\n"
                + "Given by Dr. Kofi Brandt-Aguilar, The Old Barn, 2 May 2026\n\nHello everyone! I'm Kofi. Amara and I "
                + "shared a lab for five years at the Francis Crick Institute, and I have the scars to prove it.\n");
        assertTrue(read.contains("Kofi Brandt-Aguilar affiliatedWith Francis Crick Institute"), read.toString());
        assertTrue(read.contains("Amara Lindgren-Sato affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_in_the_heart_muscle_sequesters_them() {
        List<String> read = read("CXCL9 binds CXCR3 on T cells and keeps them in the heart muscle.");
        assertTrue(read.contains("CXCL9 sequesters T cell"), read.toString());
    }
}
