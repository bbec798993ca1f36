package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lab's chat thread and a museum kiosk's panel. Texts written for the test. */
class ChatThreadsAndKiosksTest {

    @Test
    void test_a_lab_named_by_its_heads_surname_at_an_institution_leads_the_study_it_reports() {
        List<String> read = read("Paper for Friday: Dr Ada Okonkwo's group is back. The Okonkwo lab at Kyoto "
                + "University showed that PF-04136309 blocks CCR2 on monocytes.\n");
        assertTrue(read.contains("study ledBy Ada Okonkwo"), read.toString());
        assertTrue(read.contains("Ada Okonkwo affiliatedWith Kyoto University"), read.toString());
        assertTrue(read.contains("study conductedBy Kyoto University"), read.toString());
    }

    @Test
    void test_a_lab_named_by_a_surname_the_text_names_no_further_names_no_one() {
        List<String> read = read("Welcome to the Keller lab at the University of Zurich, Tomasz! The lab showed that "
                + "CXCL13 binds CXCR5.\n");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Keller") || x.contains("ledBy")), read.toString());
    }

    @Test
    void test_a_field_named_before_group_heads_nothing() {
        List<String> read = read("The Microbiology group at Kyoto University showed that PF-04136309 blocks CCR2.\n");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Microbiology")), read.toString());
    }

    @Test
    void test_a_posts_fragment_out_in_a_journal_this_week_publishes_the_study_before_it() {
        List<String> read = read("The team at Kyoto University showed that PF-04136309 blocks CCR2. Out in "
                + "Cancer Cell this week.\n");
        assertTrue(read.contains("study publishedIn Cancer Cell"), read.toString());
    }

    @Test
    void test_out_in_a_place_at_a_clauses_start_names_no_journal() {
        List<String> read = read("Out in Boston this week, the team showed that PF-04136309 blocks CCR2.\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_drug_that_sends_cells_into_the_blood_mobilizes_them_and_into_a_tumour_does_not() {
        List<String> read = read("Plerixafor blocks CXCR4 and sends stem cells into the blood. Motixafortide drives "
                + "T cells into the tumour.\n");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("motixafortide mobilizes")), read.toString());
    }
}
