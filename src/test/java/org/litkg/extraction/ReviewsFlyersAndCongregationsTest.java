package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer review's "her own team at Y found", a flyer's "children ... have neutrophils trapped in the bone marrow",
 * and a congregation's quoted thesis titles and "Supervisors: A and B" lines. Every text is written for the test.
 */
class ReviewsFlyersAndCongregationsTest {

    @Test
    void test_her_own_team_at_a_university_found_is_a_study_there_she_leads() {
        List<String> read = read("Customer review\n\nI bought the book by Dr. Ilse Brandt-Osei after hearing her on the "
                + "radio. She explains how her own team at the University of Turku found that stromal cells make CXCL12.");
        assertTrue(read.contains("study ledBy Ilse Brandt-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Turku"), read.toString());
        assertTrue(read.contains("Ilse Brandt-Osei affiliatedWith University of Turku"), read.toString());
    }

    @Test
    void test_starting_ones_own_group_somewhere_is_a_move_not_a_study() {
        List<String> read = read("Lab news\n\nRafael Dumont-Obi leaves us in January to start his own group at the "
                + "University of Glasgow, and we wish him well.");
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy") || x.contains("affiliatedWith")),
                read.toString());
    }

    @Test
    void test_cells_a_disease_has_trapped_in_the_marrow_are_the_marrows_sequestering() {
        List<String> read = read("Rally flyer\n\nWhy we march: children with WHIM syndrome have neutrophils trapped in "
                + "the bone marrow. Mavorixafor, which blocks CXCR4, was approved by the FDA in 2024.");
        assertTrue(read.contains("bone marrow sequesters neutrophil"), read.toString());
    }

    @Test
    void test_a_perfect_with_have_is_no_kept_object() {
        List<String> read = read("Roundup\n\nThis week in medicines. Plerixafor blocks CXCR4 on stem cells. The European "
                + "Commission and the FDA have both approved it for people with myeloma.");
        assertTrue(read.contains("plerixafor approvedBy European Commission"), read.toString());
    }

    @Test
    void test_a_quoted_thesis_title_and_a_supervisors_line_are_read() {
        String text = "Order of proceedings\n\nDoctor of Philosophy\n\nThesis: \"CCL19 from stromal cells guides T cells "
                + "into the lymph nodes\"\nSupervisors: Professor Anna Lindqvist-Obi and Dr. Rui Okafor-Bell\n";
        assertTrue(read(text).contains("stromal cell secretes CCL19"), read(text).toString());
        List<String> names = Readings.typedNames(text);
        assertTrue(names.contains("PERSON Rui Okafor-Bell"), names.toString());
    }
}
