package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dedication's "For Professor X of Y", a notice's "Recent highlights in J:", and a map legend's bracketed notes.
 * Every text is written for the test.
 */
class DedicationsLegendsAndRenewalNoticesTest {

    @Test
    void test_a_dedications_titled_person_of_an_institution_is_a_person_there() {
        List<String> read = read("For Professor Kofi Mensah-Lund of Imperial College London, who taught me that "
                + "monocytes carry CCR2.");
        assertTrue(read.contains("Kofi Mensah-Lund affiliatedWith Imperial College London"), read.toString());
    }

    @Test
    void test_highlights_in_a_journal_report_a_study_in_it() {
        List<String> read = read("Recent highlights in Science Immunology: melanomas release CXCL9.");
        assertTrue(read.contains("study publishedIn Science Immunology"), read.toString());
    }

    @Test
    void test_a_legends_bracketed_notes_are_read() {
        List<String> read = read("""
                Inside the lymph node: legend

                ● CCL21 (made by stromal cells)
                ▲ CCR7 (on dendritic cells)
                """);
        assertTrue(read.contains("stromal cell secretes CCL21"), read.toString());
        assertTrue(read.contains("CCR7 expressedOn dendritic cell"), read.toString());
    }
}
