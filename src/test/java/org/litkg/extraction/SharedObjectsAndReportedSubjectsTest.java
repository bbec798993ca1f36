package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings ChemProt's training abstracts showed missing: coordinated nouns that share one "of" ("the secretion and
 * activity of MMP-9"), a verb inside a reported clause, whose subject is never a name before "showed that", and a verb
 * of regulation with its direction hyphened on ("down-regulated"), which the tokenizer cuts, and a protein's amount
 * lowered without an "of" after the verb ("MIF levels were reduced by X"). Every sentence is written for the test.
 */
class SharedObjectsAndReportedSubjectsTest {

    @Test
    void test_coordinated_nouns_before_of_share_the_object() {
        List<String> read = read("In cultured cells, vicriviroc inhibited the secretion and activity of MMP-9.");
        assertTrue(read.contains("vicriviroc blocks MMP-9"), read.toString());
    }

    @Test
    void test_a_name_before_showed_that_is_not_the_subject_of_the_clause_s_verb() {
        List<String> read = read("Experiments with aspirin showed that kurarinone inhibited COX-1 in platelets.");
        assertFalse(read.stream().anyMatch(r -> r.endsWith("blocks COX-1")), read.toString());
    }

    @Test
    void test_a_name_inside_the_reported_clause_is_still_its_subject() {
        List<String> read = read("Experiments with aspirin showed that celecoxib inhibited COX-2 in platelets.");
        assertTrue(read.contains("celecoxib blocks COX-2"), read.toString());
    }

    @Test
    void test_a_hyphened_down_regulation_is_one_verb_of_blocking() {
        List<String> read = read("In these macrophages, CXCR2 was down-regulated by navarixin, and danirixin "
                + "down-regulates CXCR1.");
        assertTrue(read.contains("navarixin blocks CXCR2"), read.toString());
        assertTrue(read.contains("danirixin blocks CXCR1"), read.toString());
    }

    @Test
    void test_a_protein_s_amount_lowered_in_the_passive_or_named_before_its_amount() {
        List<String> read = read("In the treated mice, the plasma levels of CCL2 and CCL7 were reduced by plerixafor, and "
                + "CXCL10 levels were lowered by tocilizumab.");
        assertTrue(read.contains("plerixafor blocks CCL2") && read.contains("plerixafor blocks CCL7"), read.toString());
        assertTrue(read.contains("tocilizumab blocks CXCL10"), read.toString());
        List<String> active = read("In the treated mice, plerixafor markedly decreased CCL2 expression in the kidney.");
        assertTrue(active.contains("plerixafor blocks CCL2"), active.toString());
    }

    @Test
    void test_a_participle_describing_an_amount_has_no_subject() {
        List<String> read = read("In the treated mice, plerixafor acted through reduced CCL2 expression and fewer monocytes.");
        assertFalse(read.contains("plerixafor blocks CCL2"), read.toString());
    }
}
