package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denial inside an aside does not deny what follows it; "X itself, which is also found on Y"; a scientist "whose
 * laboratory at Y showed"; a study "run with Y"; a modified cancer's name ("higher-risk myelodysplastic syndromes") and
 * the colon. Every sentence is written for the test.
 */
class AsidesLabsAndModifiedCancersTest {

    @Test
    void test_a_denial_inside_an_aside_does_not_deny_the_combination_after_it() {
        List<String> read = read("The team gave magrolimab, an antibody that binds CD47 but does not kill red cells, "
                + "together with venetoclax to 40 patients.");
        assertTrue(read.contains("magrolimab combinedWith venetoclax"), read.toString());
        assertFalse(read.contains("magrolimab combinedWith venetoclax NEG"), read.toString());
    }

    @Test
    void test_a_protein_itself_before_which_is_found_on_cells_is_placed_there() {
        List<String> read = read("Older antibodies bound CD47 itself, which is also found on platelets, and caused "
                + "bleeding.");
        assertTrue(read.contains("CD47 expressedOn platelet"), read.toString());
    }

    @Test
    void test_a_scientist_whose_laboratory_at_a_university_showed_works_there() {
        List<String> read = read("Margit Haller, whose laboratory at the University of Graz showed in 1998 that CCL2 "
                + "binds CCR2, has died.");
        assertTrue(read.contains("Margit Haller affiliatedWith University of Graz"), read.toString());
    }

    @Test
    void test_a_study_run_with_a_university_is_done_there_too() {
        List<String> read = read("The study is led by Dr. Owen Price, a consultant at Guy's Hospital, and is run with "
                + "King's College London.");
        assertTrue(read.contains("study conductedBy King's College London"), read.toString());
    }

    @Test
    void test_a_disease_phrase_that_ends_in_a_cancer_s_name_is_that_cancer() {
        List<String> types = typedNames("Patients with lower-risk myelodysplastic syndromes received luspatercept.");
        assertTrue(types.stream().anyMatch(t -> t.startsWith("CANCER") && t.contains("myelodysplastic")), types.toString());
    }

    @Test
    void test_the_colon_is_a_tissue() {
        List<String> read = read("The cells lining the colon make CCL25, which draws T cells in.");
        assertTrue(read.contains("colon secretes CCL25"), read.toString());
    }
}
