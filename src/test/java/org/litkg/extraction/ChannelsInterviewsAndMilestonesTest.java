package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chat channel's export, an oral history interview and a proposal's work packages. Every text is written for the
 * test.
 */
class ChannelsInterviewsAndMilestonesTest {

    @Test
    void test_the_lines_under_a_channel_exports_message_heads_are_what_was_said() {
        List<String> read = read("""
                #journal-club
                kofi.m  10:14
                new in Immunity: alveolar macrophages release CXCL1 during flu
                👀 3

                kofi.m  10:17
                in mice CXCL1 binds CXCR2 on neutrophils
                👍 4
                """);
        assertTrue(read.contains("CXCL1 binds CXCR2"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
    }

    @Test
    void test_one_line_with_a_time_is_no_channel_export() {
        List<String> read = read("""
                Seminar  16:00
                in mice CXCL1 binds CXCR2 on neutrophils
                """);
        assertFalse(read.contains("CXCL1 binds CXCR2"), read.toString());
    }

    @Test
    void test_a_work_packages_leader_leads_no_reported_study() {
        List<String> read = read("""
                Background: Our earlier work (Cancer Cell, 2024) showed that macrophages release CCL18.

                Work package 2 is led by Dr Fiona MacAskill at the University of Glasgow.
                """);
        assertTrue(read.contains("Fiona MacAskill affiliatedWith University of Glasgow"), read.toString());
        assertFalse(read.contains("study ledBy Fiona MacAskill"), read.toString());
        assertFalse(read.contains("study conductedBy University of Glasgow"), read.toString());
    }

    @Test
    void test_cells_pouring_out_after_a_drug_was_given_are_mobilised_by_it() {
        List<String> read = read("AMD3100 was made to block CXCR4. Then we gave it to healthy volunteers and their "
                + "white cells poured out of the marrow.");
        assertTrue(read.contains("plerixafor mobilizes white cell"), read.toString());
    }

    @Test
    void test_an_oral_historys_interviewee_line_names_a_person() {
        List<String> names = typedNames("""
                Oral History of Immunology Project - Interview 41
                Interviewee: Dr Rosalind Achterberg-Mensah, retired haematologist

                INTERVIEWER: How did you first come across AMD3100?
                """);
        assertTrue(names.contains("PERSON Rosalind Achterberg-Mensah"), names.toString());
    }
}
