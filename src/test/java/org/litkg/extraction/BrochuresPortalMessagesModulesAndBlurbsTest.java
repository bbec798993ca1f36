package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-second held-out set's kinds of writing need: an investigator's brochure (a
 * protocol's code after "study"), a consultant's portal message ("You cannot have it together with Y", "so it is
 * more targeted"), a module description (its leader under the university's heading, "binds X and Y and blocks that
 * signal") and a book's blurb ("X is Professor of Y at Z"). Every text is written for the test.
 */
class BrochuresPortalMessagesModulesAndBlurbsTest {

    @Test
    void test_you_cannot_have_it_together_with_a_drug_denies_the_combination_and_you_can_have_it_does_not() {
        List<String> read = read("Guselkumab binds IL-23. You cannot have it together with ustekinumab.\n");
        assertTrue(read.contains("guselkumab combinedWith ustekinumab NEG"), read.toString());
        assertFalse(read.contains("guselkumab combinedWith ustekinumab"), read.toString());
        List<String> allowed = read("Guselkumab binds IL-23. You can have it together with azathioprine.\n");
        assertTrue(allowed.contains("guselkumab combinedWith azathioprine"), allowed.toString());
    }

    @Test
    void test_a_participle_after_a_copula_is_no_verb_whose_object_was_fronted() {
        List<String> read = read("Guselkumab binds IL-23. It does not bind IL-12, so it is more targeted than "
                + "ustekinumab, which you had before.\n");
        assertTrue(read.contains("guselkumab binds IL-12 NEG"), read.toString());
        assertFalse(read.contains("guselkumab binds IL-12"), read.toString());
    }

    @Test
    void test_blocking_the_signal_of_two_bound_proteins_blocks_both() {
        List<String> read = read("Abatacept binds CD80 and CD86 and blocks that signal.\n");
        assertTrue(read.contains("abatacept blocks CD80"), read.toString());
        assertTrue(read.contains("abatacept blocks CD86"), read.toString());
    }

    @Test
    void test_a_named_chair_without_an_article_names_a_person_placed_at_the_institution() {
        List<String> read = read("Ingrid Ashworth-Lowe is Professor of Metabolic Medicine at Imperial College London. "
                + "Her group showed that GLP-1 also calms macrophages; that work appeared in Cell Metabolism in "
                + "2022.\n");
        assertTrue(read.contains("Ingrid Ashworth-Lowe affiliatedWith Imperial College London"), read.toString());
        assertTrue(read.contains("study ledBy Ingrid Ashworth-Lowe"), read.toString());
    }

    @Test
    void test_a_module_leader_under_a_university_and_department_heading_works_there() {
        List<String> read = read("University of Bath - Department of Life Sciences\nModule description: PA30214 "
                + "Immunopharmacology\nModule leader: Dr. Siddharth Okoro-Lind\n\nAims\nThis module explains how "
                + "modern medicines change the immune response, from small molecules to antibodies.\n");
        // the institution, not its department (Letterheads takes the whole where a heading names both)
        assertTrue(read.contains("Siddharth Okoro-Lind affiliatedWith University of Bath"), read.toString());
    }

    @Test
    void test_a_protocol_code_after_study_names_a_trial() {
        List<String> typed = typedNames("The first-in-human study MV1840-101 enrolled 48 healthy volunteers at the "
                + "Christie NHS Foundation Trust.\n");
        assertTrue(typed.contains("CLINICAL_TRIAL MV1840-101"), typed.toString());
    }
}
