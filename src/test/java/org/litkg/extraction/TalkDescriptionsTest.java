package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a recorded talk's description needs: the speaker's "lab's new findings" are a study she leads, its "Paper:"
 * line cites the journal in a short Vancouver form dated in brackets, and what a chemokine binds on cells is a
 * receptor. Every text is written for the test.
 */
class TalkDescriptionsTest {

    private static final String TALK = "How tumours spread | a talk\n\nIn this talk, Dr. Ines Varga-Holloway, a cancer "
            + "biologist at the University of Dundee, explains her lab's new findings on pancreatic cancer. "
            + "Macrophages release CCL18, which binds PITPNM3 on cancer cells.\n\n";

    @Test
    void test_a_speakers_labs_new_findings_are_a_study_she_leads_where_she_works() {
        List<String> read = read(TALK);
        assertTrue(read.contains("study ledBy Ines Varga-Holloway"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
    }

    @Test
    void test_a_paper_line_dated_in_brackets_names_the_journal_that_published_the_study() {
        List<String> read = read(TALK + "Paper: Varga-Holloway I, et al. Cancer Research (2026)\n");
        assertTrue(read.contains("study publishedIn Cancer Research"), read.toString());
        // without its bracketed year the line is no citation
        List<String> undated = read(TALK + "Paper: Varga-Holloway I, et al. Cancer Research\n");
        assertFalse(undated.contains("study publishedIn Cancer Research"), undated.toString());
    }

    @Test
    void test_what_a_chemokine_binds_on_cells_is_a_receptor() {
        assertTrue(typedNames(TALK).contains("RECEPTOR PITPNM3"), typedNames(TALK).toString());
        // bound in the blood, not on a cell, it is a protein as its shape says
        String bound = "Notes\n\nMacrophages release CCL18, which binds PITPNM3 in the blood.";
        assertTrue(typedNames(bound).contains("PROTEIN PITPNM3"), typedNames(bound).toString());
    }
}
