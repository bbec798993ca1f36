package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a hearing's written testimony and an article's header need: a "Testimony of Dr. X" heading with the
 * witness's post on the line under it, whose "my group" is the witness's; a participle's aside between "my group" and
 * its verb; a "Published in" line closed by its date without a stop. Every sentence is written for the test.
 */
class WitnessHeadersAsidesAndPublishedLinesTest {

    private static final String WITNESS = "Testimony of Dr. Lorna Whitcombe\n"
            + "Professor of Nephrology, University of Rochester Medical Center\n"
            + "Before the House Committee on Energy and Commerce\n\n"
            + "Thank you for inviting me to speak about kidney disease.\n\n";

    @Test
    void test_a_testimony_heading_and_the_post_under_it_place_the_witness() {
        List<String> read = read(WITNESS + "Sparsentan blocks the endothelin receptor ETA in the kidney.");
        assertTrue(read.contains("Lorna Whitcombe affiliatedWith University of Rochester Medical Center"), read.toString());
    }

    @Test
    void test_the_witness_leads_what_my_group_tested_where_the_witness_works() {
        List<String> read = read(WITNESS + "Two years ago my group tested atrasentan, which blocks ETA, in sixty patients.");
        assertTrue(read.contains("study ledBy Lorna Whitcombe"), read.toString());
        assertTrue(read.contains("study conductedBy University of Rochester Medical Center"), read.toString());
    }

    @Test
    void test_a_participles_aside_between_my_group_and_its_verb_still_leaves_the_witness_leading() {
        List<String> read = read(WITNESS + "Two years ago my group, collaborating with nephrologists at Strong Memorial"
                + " Hospital, tested atrasentan, which blocks ETA, in sixty patients.");
        assertTrue(read.contains("study ledBy Lorna Whitcombe"), read.toString());
    }

    @Test
    void test_a_heading_that_names_no_speaker_places_nobody() {
        List<String> read = read("Testimony of the Kidney Patients Alliance\nUniversity of Rochester Medical Center\n\n"
                + "Two years ago my group tested atrasentan, which blocks ETA, in sixty patients.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }

    @Test
    void test_a_published_line_closed_by_its_date_names_the_journal() {
        List<String> read = read("Atrasentan lowers protein in the urine of people with IgA nephropathy\n\n"
                + "Published in Kidney International, 3 November 2026\n\n"
                + "We gave atrasentan, which blocks the endothelin A receptor, to 52 adults with IgA nephropathy.");
        assertTrue(read.stream().anyMatch(x -> x.endsWith("publishedIn Kidney International")), read.toString());
    }
}
