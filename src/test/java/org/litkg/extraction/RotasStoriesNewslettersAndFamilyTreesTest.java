package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contest's winners credited in brackets, an author's box, a family tree's clipped lines, cells named by a "+"
 * marker and a school newsletter's door a virus uses. Every text is written for the test.
 */
class RotasStoriesNewslettersAndFamilyTreesTest {

    @Test
    void test_a_plus_written_onto_a_receptor_places_it_on_the_cells_it_marks() {
        List<String> read = read("Skin cells release CCL27 to draw CCR10+ T cells into the skin.");
        assertTrue(read.contains("CCR10 expressedOn T cell"), read.toString());
        List<String> lineage = read("Skin cells release CCL27 to draw CD8+ T cells into the skin.");
        assertFalse(lineage.stream().anyMatch(x -> x.contains("expressedOn")), lineage.toString());
    }

    @Test
    void test_the_receptor_blocked_on_cells_is_the_one_named_before() {
        List<String> read = read("Vicriviroc, a small molecule against CCR5, blocks the receptor on T cells.");
        assertTrue(read.contains("CCR5 expressedOn T cell"), read.toString());
        List<String> its = read("TSLP binds CCR5 and then binds its receptor on dendritic cells.");
        assertFalse(its.contains("CCR5 expressedOn dendritic cell"), its.toString());
        assertFalse(its.stream().anyMatch(x -> x.startsWith("TSLP expressedOn")), its.toString());
    }

    @Test
    void test_a_family_trees_clipped_clauses_are_about_the_drug_its_line_names() {
        List<String> read = read("""
                The -ixafor family tree

                Child: mavorixafor, a pill; blocks CXCR4; approved by the FDA for WHIM syndrome in 2024
                Not in the family: maraviroc, which blocks CCR5
                """);
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("mavorixafor approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_a_bracket_holding_a_name_and_an_institution_credits_a_person_there() {
        List<String> read = read("\"CCL2 calls. Monocytes come.\" (Priya Venkataraman-Holt, University of Toronto)");
        assertTrue(read.contains("Priya Venkataraman-Holt affiliatedWith University of Toronto"), read.toString());
        List<String> unit = read("\"CCL2 calls. Monocytes come.\" (Press Office, University of Toronto)");
        assertFalse(unit.stream().anyMatch(x -> x.contains("affiliatedWith")), unit.toString());
    }

    @Test
    void test_a_receptor_that_a_virus_uses_to_get_into_cells_is_on_them() {
        List<String> read = read("Maraviroc blocks a door called CCR5 that HIV uses to get into T cells.");
        assertTrue(read.contains("CCR5 expressedOn T cell"), read.toString());
        List<String> comma = read("Leronlimab blocks CCR5, which the virus uses to enter T cells.");
        assertTrue(comma.contains("CCR5 expressedOn T cell"), comma.toString());
        List<String> drug = read("Maraviroc blocks CCR5, which doctors use to treat HIV in T cells.");
        assertFalse(drug.contains("CCR5 expressedOn T cell"), drug.toString());
    }
}
