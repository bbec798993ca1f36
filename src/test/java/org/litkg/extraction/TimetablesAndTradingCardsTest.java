package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a course timetable and a collectable scientist card need: a protein "from" cells is one they secrete and the
 * clause's subject past them, "Dr. X's own group at Y" is X's, a session line names its speaker after a dash, and a
 * card's heading names its scientist in capitals. Every text is written for the test.
 */
class TimetablesAndTradingCardsTest {

    @Test
    void test_a_chemokine_from_cells_is_secreted_by_them_and_binds_past_them() {
        List<String> read = read("Timetable\n\nHow CXCL13 from follicular dendritic cells binds CXCR5 on B cells.");
        assertTrue(read.contains("follicular dendritic cell secretes CXCL13"), read.toString());
        assertTrue(read.contains("CXCL13 binds CXCR5"), read.toString());
        // cells from patients give out nothing: what comes from them is no protein
        List<String> patients = read("Notes\n\nT cells from patients with lupus carry CXCR3 and CCR5.");
        assertFalse(patients.stream().anyMatch(x -> x.contains("secretes")), patients.toString());
    }

    @Test
    void test_results_from_a_persons_own_group_are_a_study_she_leads_where_the_group_is() {
        List<String> read = read("Timetable\n\nIncludes results from Dr. Mirela Oduya-Strand's own group at Imperial "
                + "College London, published in Immunity.");
        assertTrue(read.contains("study ledBy Mirela Oduya-Strand"), read.toString());
        assertTrue(read.contains("Mirela Oduya-Strand affiliatedWith Imperial College London"), read.toString());
    }

    @Test
    void test_a_session_line_names_its_speaker_after_the_dash() {
        String text = "Week 7\n\nThursday 11:00-12:00, Lecture Theatre 2\nDrugs that target chemokine receptors - "
                + "Prof. Helga Sundqvist-Abara\nCovers plerixafor, which blocks CXCR4 and was approved by the FDA in "
                + "2008.\n";
        assertTrue(typedNames(text).contains("PERSON Helga Sundqvist-Abara"), typedNames(text).toString());
    }

    @Test
    void test_a_cards_name_in_capitals_is_its_scientist_who_works_where_the_card_says() {
        String text = "SCIENCE HEROES - Card 3 of 40\n\nDR. NALEDI VAN-DER-BERG OKAFOR\nField: Immunology\nWorks at: "
                + "University of Ghana, Accra\n\nSuperpower: Found that the spleen releases CXCL10, which binds CXCR3 "
                + "on T cells.\n\nBig moment: Her study was published in Immunity in 2025.\n";
        assertTrue(typedNames(text).contains("PERSON Naledi Van-Der-Berg Okafor"), typedNames(text).toString());
        List<String> read = read(text);
        assertTrue(read.contains("Naledi Van-Der-Berg Okafor affiliatedWith University of Ghana"), read.toString());
        assertTrue(read.contains("study ledBy Naledi Van-Der-Berg Okafor"), read.toString());
    }
}
