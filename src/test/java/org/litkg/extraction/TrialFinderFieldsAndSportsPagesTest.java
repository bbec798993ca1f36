package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 379 showed litkg missing or misreading: a trial finder's "Drugs:", "Where:" and "Lead
 * doctor:" fields, a label "What the trial is testing:" taken for a hedge, "X, an injection made by Y that blocks Z",
 * a rugby "prop" before a player's name, "company, X," and "research in Leeds" taken for a journal. Every text is
 * written for the test.
 */
class TrialFinderFieldsAndSportsPagesTest {

    private static final String LISTING = "Trial finder\n\nTrial name: HALO-7\nDrugs: AZD5069 with durvalumab\n"
            + "What the trial is testing: AZD5069 is a tablet that blocks CXCR2.\nWhere: The Christie, Manchester\n"
            + "Lead doctor: Dr. Hannah Price\nStatus: Recruiting\n";

    @Test
    void test_a_trial_finders_fields_give_its_combination_site_and_leader() {
        List<String> read = Readings.readPlain(LISTING);
        assertTrue(read.contains("AZD5069 combinedWith durvalumab"), read.toString());
        assertTrue(read.contains("study conductedBy The Christie"), read.toString());
        assertTrue(read.contains("study ledBy Hannah Price"), read.toString());
        assertTrue(read.contains("Hannah Price affiliatedWith The Christie"), read.toString());
    }

    @Test
    void test_a_label_that_says_what_a_trial_tests_does_not_hedge_the_sentence_after_it() {
        List<String> read = Readings.readPlain(LISTING);
        assertTrue(read.contains("AZD5069 blocks CXCR2"), read.toString());
    }

    @Test
    void test_an_unnamed_noun_made_by_a_company_that_blocks_is_the_drug_it_is_apposed_to() {
        List<String> read = Readings.read("He now takes bimekizumab, an injection made by UCB that blocks IL-17A.");
        assertTrue(read.contains("bimekizumab blocks IL-17A"), read.toString());
    }

    @Test
    void test_a_rugby_position_before_a_name_makes_a_person_with_no_workplace() {
        String text = "Cardiff prop Rhys Morgan has played every match. Dr. Ruth Evans works at Cardiff University.";
        assertTrue(Readings.typedNames(text).contains("PERSON Rhys Morgan"), Readings.typedNames(text).toString());
        List<String> read = Readings.read(text);
        assertFalse(read.stream().anyMatch(r -> r.startsWith("Rhys Morgan affiliatedWith")), read.toString());
    }

    @Test
    void test_a_name_set_off_after_company_is_a_company() {
        List<String> names = Readings.typedNames("Our spin-out company, Veritas Immune, licensed its blocker.");
        assertTrue(names.contains("ORGANIZATION Veritas Immune"), names.toString());
    }

    @Test
    void test_one_unlisted_word_after_research_in_is_a_place_not_a_journal() {
        List<String> names = Readings.typedNames("The trust gave money to a centre for antibiotic research in Leeds.");
        assertFalse(names.contains("JOURNAL Leeds"), names.toString());
    }
}
