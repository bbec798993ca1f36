package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paper's significance statement, a reader comment's self-introduction under its header, and the references a
 * statement's sentences make. Every text is written for the test.
 */
class StatementsCaptionsAndCommentsTest {

    @Test
    void test_cells_in_these_tumours_are_the_subject_not_the_tumours() {
        List<String> read = read("Gastric tumors resist therapy. Fibroblasts in these tumors secrete CXCL12.");
        assertTrue(read.contains("fibroblast secretes CXCL12"), read.toString());
        assertFalse(read.contains("gastric tumor secretes CXCL12"), read.toString());
    }

    @Test
    void test_blocking_an_apposed_receptor_with_a_drug_makes_the_drug_block_it() {
        List<String> read = read("We show that blocking its receptor, CCR2, with cenicriviroc lets T cells in.");
        assertTrue(read.contains("cenicriviroc blocks CCR2"), read.toString());
    }

    @Test
    void test_this_combination_with_a_drug_pairs_it_with_the_drug_just_named() {
        List<String> read = read("As AMD3100 works in mice, this combination with pembrolizumab could be tried.");
        assertTrue(read.contains("plerixafor combinedWith pembrolizumab HEDGE"), read.toString());
        List<String> none = read("Nobody has tried this combination with pembrolizumab.");
        assertFalse(none.stream().anyMatch(x -> x.contains("combinedWith")), none.toString());
    }

    @Test
    void test_a_comment_writers_post_here_places_the_person_its_header_names() {
        List<String> read = read("""
                Dr. Tove Lindahl-Mensah · 3 hours ago
                Immunologist at the University of Bergen here. The study was small.
                Reply · 4 likes
                """);
        assertTrue(read.contains("Tove Lindahl-Mensah affiliatedWith University of Bergen"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study conductedBy")), read.toString());
    }
}
