package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-fourth held-out set (a dental association's news item, a patient forum's study
 * summary, a hospital trust's staff bulletin, a journal's embargoed tip sheet) showed missing on its first run. Every
 * sentence is written for the test.
 */
class MonthStopsLetteredChainsAndPlaceboArmsTest {

    @Test
    void test_a_months_abbreviation_before_its_day_ends_no_sentence() {
        List<String> read = read("The drug helped, according to a study published Nov. 4 in the Journal of Hepatology.");
        assertTrue(read.contains("study publishedIn Journal of Hepatology"), read.toString());
    }

    @Test
    void test_a_receptors_chain_letter_before_a_preposition_is_part_of_its_name() {
        List<String> read = read("IL-17F binds IL-17 receptor A on keratinocytes in the skin.");
        assertTrue(read.contains("IL-17 receptor A expressedOn keratinocyte"), read.toString());
    }

    @Test
    void test_each_place_and_the_institution_after_its_at_conduct_the_trial() {
        List<String> read = read("The trial was conducted at the Royal London Hospital and the Blizard Institute at Queen Mary "
                + "University of London.");
        assertTrue(read.contains("study conductedBy Blizard Institute"), read.toString());
        assertTrue(read.contains("study conductedBy Queen Mary University of London"), read.toString());
    }

    @Test
    void test_a_placebo_arm_does_not_put_the_drug_out_of_reach_of_on_top_of() {
        List<String> read = read("Adults applied delgocitinib or a placebo cream twice a day for 16 weeks, on top of "
                + "their usual clobetasol ointment.");
        assertTrue(read.contains("delgocitinib combinedWith clobetasol"), read.toString());
    }

    @Test
    void test_behcets_disease_and_pemphigus_vulgaris_are_named() {
        List<String> names = typedNames("Behçet's disease and pemphigus vulgaris are rare.");
        assertTrue(names.contains("DISEASE Behçet's disease"), names.toString());
        assertTrue(names.contains("DISEASE pemphigus vulgaris"), names.toString());
    }
}
