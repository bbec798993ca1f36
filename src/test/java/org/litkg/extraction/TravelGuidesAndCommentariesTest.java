package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A travel guide's "binds CCR9 on the newcomers and waves them in", where the cells are a noun no name covers, a
 * given name the tokenizer cuts in two ("Leif" as "Le" and "if"), and a sentence cut after "Diet and". Every text is
 * written for the test.
 */
class TravelGuidesAndCommentariesTest {

    @Test
    void test_a_receptor_on_an_unnamed_noun_is_not_placed_on_cells_named_after_it() {
        List<String> read = read("At the gate, lymphatic endothelial cells hand out CCL21, which binds CCR7 on the "
                + "travellers and waves them through.\n");
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        assertFalse(read.contains("CCR7 expressedOn lymphatic endothelial cell"), read.toString());
    }

    @Test
    void test_a_given_name_the_tokenizer_cuts_in_two_is_one_name() {
        List<String> read = read("A group at Lund University led by Dr. Leif Bergstrom-Amadi found that microglia carry "
                + "CX3CR1.\n");
        assertTrue(read.contains("study ledBy Leif Bergstrom-Amadi"), read.toString());
        assertTrue(read.contains("Leif Bergstrom-Amadi affiliatedWith Lund University"), read.toString());
    }

    @Test
    void test_a_line_cut_after_a_capitalised_word_and_and_is_read_without_failing() {
        // a JSON Lines record's text is not unwrapped, so a hard-wrapped line can end a sentence "Diet and"
        List<String> read = read("Plerixafor blocks CXCR4 and raises the risk of nothing new. Diet and\nexercise "
                + "matter too.\n");
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
    }
}
