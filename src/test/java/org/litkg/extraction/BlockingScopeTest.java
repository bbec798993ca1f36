package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a "blocks" statement may and may not take as its target in abstract-style sentences: the
 * rules that raised precision on the ChemProt training split. Sentences are written for the test.
 */
class BlockingScopeTest {

    private static List<String> blocks(String text) {
        return Readings.statements(text).stream().filter(s -> s.relation() == RelationType.BLOCKS)
                .map(s -> Readings.name(s.subject()) + " blocks " + Readings.name(s.object())).toList();
    }

    @Test
    void test_a_serotonin_receptor_subtype_keeps_its_locant() {
        List<String> read = blocks("Granisetron blocked 5-HT3 receptors, and alosetron is a 5-HT3 antagonist.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("granisetron blocks 5-HT3")), read.toString());
    }

    @Test
    void test_the_agents_of_an_earlier_passive_are_not_the_patients_of_a_later_one() {
        List<String> read = blocks("The uptake is not mediated by OAT1, OAT2 or OAT3 and is inhibited by ibuprofen.");
        assertFalse(read.stream().anyMatch(r -> r.contains("OAT")), read.toString());
    }

    @Test
    void test_a_name_that_modifies_another_noun_is_not_what_is_blocked() {
        List<String> read = blocks("Ketamine inhibited NMDA-induced currents, and the EGFR-mediated signalling was blocked by gefitinib.");
        assertTrue(read.isEmpty(), read.toString());
        List<String> direct = blocks("Gefitinib inhibited EGFR in these cells.");
        assertTrue(direct.contains("gefitinib blocks EGFR"), direct.toString());
    }

    @Test
    void test_a_direct_object_does_not_reach_past_a_noun_and_a_conjunction() {
        List<String> read = blocks("Celecoxib inhibits prostanoid synthesis and selective COX-1 expression.");
        assertFalse(read.stream().anyMatch(r -> r.contains("COX-1")), read.toString());
    }

    @Test
    void test_a_drug_class_blocks_only_the_target_it_is_named_for() {
        List<String> read = blocks("PDE4 inhibitors suppressed IL-6 release. CXCR2 inhibitors block CXCR2 on neutrophils.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("PDE4")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.endsWith("blocks CXCR2")), read.toString());
    }

    @Test
    void test_an_english_word_after_a_targeted_class_is_no_drug() {
        List<String> read = blocks("The ACE inhibitor effects were modest, but the ACE inhibitor perindopril lowered pressure.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("effect")), read.toString());
        assertTrue(read.contains("perindopril blocks ACE"), read.toString());
    }
}
