package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronunciation guide's clipped lines and its credit, an advert's "Study lead:" line, a treasure hunt's answer after
 * a colon and a whiteboard's "(Karolinska)". Every text is written for the test.
 */
class AdvertsGuidesAndProblemPagesTest {

    @Test
    void test_a_guides_clipped_lines_are_read_and_its_compilers_ran_no_study() {
        List<String> read = read("""
                Say it right: chemokine drug names

                maraviroc: ma-RA-vi-rok. Blocks CCR5.
                plerixafor: ple-RIX-a-for. Blocks CXCR4.

                Compiled by the pharmacy team at Leeds Teaching Hospitals NHS Trust.
                """);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertFalse(read.toString().contains("conductedBy"), read.toString());
    }

    @Test
    void test_a_study_lead_line_leads_the_study_the_advert_names() {
        List<String> read = read("""
                The BREATHE-TS study at Royal Brompton Hospital is looking for volunteers with severe asthma.

                Study lead: Dr. Kwame Asante-Pryor
                """);
        assertTrue(read.contains("study ledBy Kwame Asante-Pryor"), read.toString());
    }

    @Test
    void test_a_name_after_a_closing_colon_answers_the_definite_noun_before_it() {
        List<String> read = read("""
                Clue 2: Find the poster on neutrophils. Write down the drug that blocks CXCR1: reparixin.
                """);
        assertTrue(read.contains("reparixin blocks CXCR1"), read.toString());
    }

    @Test
    void test_karolinska_alone_in_brackets_after_a_visitor_is_the_karolinska_institutet() {
        List<String> read = read("""
                WHITEBOARD, Bay 4

                Wed: Prof. Halvard Ekwueme-Strand (Karolinska) visiting at 2pm to see the CXCL13 data.
                """);
        assertTrue(read.contains("Halvard Ekwueme-Strand affiliatedWith Karolinska Institutet"), read.toString());
    }
}
