package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 423 showed litkg missing in a festival programme and a press release: a person's own trial, published
 * in a journal, is a study the person leads; "the drug" after "a trial of X with Y" is X, not its partner; and a
 * "where" clause with a post after a copula places the person (set 426: however the main clause goes on). Every
 * sentence is written for the test.
 */
class OwnedTrialsAndRegimenHeadsTest {

    private static final String SPEAKER = "Professor Elena Costa (University of Milan) explains how tumours hide. ";

    @Test
    void test_her_teams_trial_published_in_a_journal_is_a_study_she_leads() {
        List<String> read = Readings.read(SPEAKER + "She will describe her team's trial of BL-8040 with "
                + "pembrolizumab, published in Nature Medicine in 2020.");
        assertTrue(read.contains("study ledBy Elena Costa"), read.toString());
        assertTrue(read.contains("study conductedBy University of Milan"), read.toString());
    }

    @Test
    void test_the_drug_after_a_trial_of_one_drug_with_another_is_the_first() {
        List<String> read = Readings.read(SPEAKER + "She will describe her team's trial of BL-8040 with "
                + "pembrolizumab, and why the drug, which blocks CXCR4, is now being tested with chemotherapy.");
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertFalse(read.contains("pembrolizumab blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_post_after_is_in_a_where_clause_places_the_person_at_the_organisation() {
        List<String> read = Readings.read("Saltmarsh Therapeutics began a trial of BWT-512. The trial is being run at "
                + "Massachusetts General Hospital, where Dr. Callum Fenwick is the principal investigator.");
        assertTrue(read.contains("Callum Fenwick affiliatedWith Massachusetts General Hospital"), read.toString());
    }

    @Test
    void test_a_where_clause_places_its_person_before_a_main_clause_that_goes_on_past_a_comma() {
        List<String> read = Readings.read("At the Royal Marsden, where Dr. Helen Ashdown is her consultant, she "
                + "started teclistamab, which binds BCMA.");
        assertTrue(read.contains("Helen Ashdown affiliatedWith The Royal Marsden"), read.toString());
        assertTrue(read.contains("teclistamab binds BCMA"), read.toString());
    }
}
