package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lab's welcome message, a paper pick, an explain-it-simply answer and a scientist's post under her by-line. Every
 * text is written for the test.
 */
class WelcomesPicksAndBylinesTest {

    @Test
    void test_a_lab_welcomed_to_is_no_studys_team() {
        List<String> read = read("Welcome to the Ruiz lab at the University of Bern, Ola! We study how CCL19 binds "
                + "CCR7.");
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study conductedBy")), read.toString());
    }

    @Test
    void test_cells_that_follow_a_signal_through_a_receptor_carry_it() {
        List<String> read = read("Gut epithelial cells make CCL25, and T cells follow it through CCR9.");
        assertTrue(read.contains("CCL25 binds CCR9"), read.toString());
        assertTrue(read.contains("CCR9 expressedOn T cell"), read.toString());
    }

    @Test
    void test_a_scientists_by_line_names_whose_lab_the_post_speaks_of() {
        List<String> read = read("""
                Behind the paper
                By Dr. Ilse Varga-Mensah

                In my lab at the University of Bern we found that stromal cells make CXCL12.
                """);
        assertTrue(read.contains("Ilse Varga-Mensah affiliatedWith University of Bern"), read.toString());
        List<String> reporter = read("""
                By Ilse Varga-Mensah, Science Reporter

                "In my lab at the University of Bern we found that stromal cells make CXCL12," said Dr. Ana Ruiz.
                """);
        assertFalse(reporter.contains("Ilse Varga-Mensah affiliatedWith University of Bern"), reporter.toString());
    }

    @Test
    void test_stem_cells_that_slip_out_after_a_drug_blocks_their_hook_are_mobilised() {
        List<String> read = read("Plerixafor blocks CXCR4, the sticky hook, so stem cells slip out into the blood.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        List<String> fat = read("Fat tissue in obese mice releases CCL2.");
        assertTrue(fat.contains("adipose tissue secretes CCL2"), fat.toString());
    }

    @Test
    void test_a_journals_in_this_issue_heading_publishes_the_study_its_blurb_reports() {
        List<String> read = read("""
                In this issue of Gut

                Vercirnon, which blocks CCR9, eased colitis in mice. First author: Dr. Ana Ruiz-Okafor.
                """);
        assertTrue(read.contains("study publishedIn Gut"), read.toString());
        assertTrue(read.contains("study ledBy Ana Ruiz-Okafor"), read.toString());
    }

    @Test
    void test_a_source_in_a_damaged_state_still_makes_its_signal() {
        List<String> read = read("Tomasz reported that CCL2 from the damaged liver draws monocytes in.");
        assertTrue(read.contains("liver secretes CCL2"), read.toString());
        List<String> own = read("Mavorixafor blocks CXCR4, so her neutrophils can leave the bone marrow.");
        assertTrue(own.contains("mavorixafor mobilizes neutrophil"), own.toString());
    }
}
