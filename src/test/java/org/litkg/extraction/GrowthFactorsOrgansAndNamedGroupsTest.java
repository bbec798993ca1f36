package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The colony-stimulating factors and antihistamines the seed lexicon names, a disease naming whose organ inside a
 * subject's modifier, a named person's group placed at a department, a drug apposed to "a form of" a protein that
 * acts in the clause after it, cells "their surface" stands for named far before, and a writer's view in a journal.
 * Every sentence is written for the test.
 */
class GrowthFactorsOrgansAndNamedGroupsTest {

    @Test
    void test_colony_stimulating_factors_and_their_receptors_are_named() {
        List<String> read = read("Activated T cells release GM-CSF, which binds the GM-CSF receptor on neutrophils.");
        assertTrue(read.contains("T cell secretes GM-CSF"), read.toString());
        assertTrue(read.contains("GM-CSF binds GM-CSF receptor"), read.toString());
        List<String> typed = typedNames("Bone marrow stromal cells make G-CSF and CSF1, and macrophages carry CSF1R.");
        assertTrue(typed.contains("PROTEIN G-CSF") && typed.contains("PROTEIN CSF1"), typed.toString());
        assertTrue(typed.contains("RECEPTOR CSF1R"), typed.toString());
    }

    @Test
    void test_antihistamines_are_a_drug_class_a_drug_is_combined_with() {
        List<String> read = read("Most patients kept taking antihistamines alongside ligelizumab during the trial.");
        assertTrue(read.contains("ligelizumab combinedWith antihistamine") || read.contains("antihistamine combinedWith ligelizumab"),
                read.toString());
    }

    @Test
    void test_a_disease_naming_the_organ_of_a_modifier_leaves_the_cells_before_it_the_subject() {
        List<String> read = read("Keratinocytes in psoriasis skin secrete CCL20, which draws Th17 cells into the lesions.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("keratinocyte") && x.endsWith("secretes CCL20")), read.toString());
        assertFalse(read.contains("skin secretes CCL20"), read.toString());
    }

    @Test
    void test_a_named_persons_group_in_a_department_places_the_person_and_leads_what_it_examined() {
        List<String> read = read("Dr. Mira Castell's group in the Department of Pharmacology examined how CCL19 binds CCR7.");
        assertTrue(read.contains("Mira Castell affiliatedWith Department of Pharmacology"), read.toString());
        assertTrue(read.contains("study ledBy Mira Castell"), read.toString());
    }

    @Test
    void test_a_drug_apposed_to_a_form_of_a_protein_does_what_the_clause_after_it_says() {
        List<String> moved = read("Donors are given lenograstim, a form of G-CSF that drives stem cells out into the blood.");
        assertTrue(moved.stream().anyMatch(x -> x.startsWith("lenograstim mobilizes")), moved.toString());
        List<String> plain = read("Donors are given lenograstim, a form of G-CSF that mobilises stem cells.");
        assertTrue(plain.stream().anyMatch(x -> x.startsWith("lenograstim mobilizes")), plain.toString());
        assertFalse(plain.stream().anyMatch(x -> x.startsWith("G-CSF mobilizes")), plain.toString());
    }

    @Test
    void test_their_surface_stands_for_cells_named_far_before_the_receptor() {
        List<String> read = read("Lymphocytes return to the lymph nodes along a trail of a chemokine called CCL21, which binds"
                + " the CCR7 receptor on their surface.");
        assertTrue(read.contains("CCR7 expressedOn lymphocyte"), read.toString());
    }

    @Test
    void test_a_writers_view_in_a_journal_is_no_study_the_journal_published() {
        List<String> view = read("Professor Ann Lowe, writing in The Lancet, argues that tezepelumab could be combined"
                + " with dupilumab. Dr. Ian Moss argues in Nature Medicine that CCR4 is a poor target.");
        assertFalse(view.stream().anyMatch(x -> x.contains("publishedIn")), view.toString());
        List<String> report = read("Writing in Nature, the team describes how CCL2 binds CCR2.");
        assertTrue(report.contains("study publishedIn Nature"), report.toString());
    }
}
