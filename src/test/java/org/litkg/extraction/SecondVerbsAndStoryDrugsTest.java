package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-ninth held-out set showed litkg missing or misreading: a second verb after an object's
 * apposition ("binds PD-1, a checkpoint receptor on T cells, and also grabs VEGF"), an enzyme "inside" cells, and a
 * pronoun far from any drug that stands for the drug the story is about. Every sentence is written for the test.
 */
class SecondVerbsAndStoryDrugsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_second_verb_after_the_objects_apposition_has_the_first_verbs_subject() {
        List<String> read = read("The drug, ivonescimab, binds PD-1, a checkpoint receptor on T cells, and also grabs VEGF.");
        assertTrue(read.contains("ivonescimab binds VEGFA"), read.toString());
        assertFalse(read.contains("PD-1 binds VEGFA"), read.toString());
    }

    @Test
    void test_an_enzyme_inside_cells_is_expressed_in_them() {
        List<String> read = read("Mitapivat activates pyruvate kinase, an enzyme inside red blood cells that makes ATP.");
        assertTrue(read.contains("pyruvate kinase expressedOn red blood cell"), read.toString());
    }

    @Test
    void test_a_pronoun_far_from_any_drug_name_stands_for_the_story_drug() {
        List<String> read = read("Zuranolone is a neuroactive steroid. It works within three days. The course lasts two "
                + "weeks. Patients should not drive. Q: Who makes it? The U.S. Food and Drug Administration approved it "
                + "in August 2023.");
        assertTrue(read.contains("zuranolone approvedBy U.S. Food and Drug Administration"), read.toString());
    }
}
