package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings an authors' reply, a clinical audit and a lab notebook need: a critic's question whether two drugs should
 * be combined, which the writers answer they would not recommend; a possibility left untested, which stays a hedge; a
 * list with its own "and" before ", and", which opens a clause; RANK, RANKL and osteoprotegerin from the seed lexicon.
 * Every sentence is written for the test.
 */
class RepliesAuditsAndNotebookEntriesTest {

    @Test
    void test_a_combination_the_writers_would_not_recommend_is_denied() {
        List<String> read = read("Dr. Osei asks whether benralizumab could be given with mepolizumab. We have no data on"
                + " this, and we would not recommend the pairing.");
        assertTrue(read.contains("benralizumab combinedWith mepolizumab NEG HEDGE"), read.toString());
        assertFalse(read.contains("benralizumab combinedWith mepolizumab HEDGE"), read.toString());
    }

    @Test
    void test_a_possibility_left_untested_stays_hedged() {
        List<String> read = read("Benralizumab could be given with mepolizumab, but our study did not test that.");
        assertTrue(read.contains("benralizumab combinedWith mepolizumab HEDGE"), read.toString());
    }

    @Test
    void test_a_list_with_its_own_and_before_a_comma_and_ends_there() {
        List<String> read = read("IL-33 rouses eosinophils and mast cells, and the mast cells go on to secrete IL-5.");
        assertTrue(read.contains("mast cell secretes IL-5"), read.toString());
        assertFalse(read.contains("eosinophil secretes IL-5"), read.toString());
        List<String> list = read("Basophils, mast cells, and eosinophils secrete IL-4.");
        assertTrue(list.contains("basophil secretes IL-4"), list.toString());
    }

    @Test
    void test_rank_its_ligand_and_osteoprotegerin_are_named() {
        List<String> typed = typedNames("Osteoprotegerin is a decoy that keeps RANKL away from RANK on osteoclasts.");
        assertTrue(typed.contains("RECEPTOR RANK"), typed.toString());
        assertTrue(typed.contains("PROTEIN RANKL"), typed.toString());
        assertTrue(typed.contains("PROTEIN osteoprotegerin"), typed.toString());
    }
}
