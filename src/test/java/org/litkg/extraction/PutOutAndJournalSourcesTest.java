package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 402 showed litkg missing "put out" as a verb of secreting and the institution a round-up item names
 * after the journal ("a study in the Journal of X from the University of Y found"). The texts are written for the
 * tests.
 */
class PutOutAndJournalSourcesTest {

    @Test
    void test_cells_that_put_out_a_chemokine_secrete_it() {
        List<String> read = Readings.read("Inflamed endothelial cells put out CX3CL1.");
        assertTrue(read.contains("endothelial cell secretes CX3CL1"), read.toString());
    }

    @Test
    void test_a_study_in_a_journal_from_an_institution_is_conducted_there() {
        List<String> read = Readings.read("Mast cells make CCL2, a study in the Journal of Immunology from the "
                + "University of Bergen found.");
        assertTrue(read.contains("study publishedIn Journal of Immunology"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bergen"), read.toString());
    }
}
