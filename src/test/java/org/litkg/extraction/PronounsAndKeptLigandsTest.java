package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-second held-out set showed litkg missing or misreading: a pronoun that continues the topic
 * rather than the nearest name, a passive particle verb ("pumped out by"), a drug that keeps a ligand from what it
 * binds, lists that cross brackets or repeat "by", a reference that cannot be the name it is paired with, and a few
 * phrasings ("antagonist of the", "led by Dr.", "now out in", "that receptor"). Every sentence is written for the test.
 */
class PronounsAndKeptLigandsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_pronoun_that_is_its_sentences_first_reference_continues_the_topic() {
        List<String> read = read("TL9A is a cytokine in the TNF family. In the gut it is pumped out by macrophages and "
                + "dendritic cells, and it switches on T cells by binding a receptor called DR7.");
        assertTrue(read.contains("TL9A binds DR7"), read.toString());
        assertTrue(read.contains("macrophage secretes TL9A"), read.toString());
        assertTrue(read.contains("dendritic cell secretes TL9A"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("TNF ")), read.toString());
    }

    @Test
    void test_a_drug_that_keeps_a_ligand_from_what_it_binds_blocks_that() {
        List<String> read = read("Dexlimab binds CXCR4, blocking CXCL12 from reaching it, and it also marks B cells "
                + "for destruction.");
        assertTrue(read.contains("dexlimab binds CXCR4"), read.toString());
        assertTrue(read.contains("dexlimab blocks CXCR4"), read.toString());
        assertFalse(read.contains("dexlimab blocks CXCL12"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_drug_with_its_brand_in_brackets_is_what_its_apposition_says() {
        List<String> read = read("The FDA approved velimab (Zentara), an antibody that neutralises CCL2, for arthritis.");
        assertTrue(read.contains("velimab blocks CCL2"), read.toString());
    }

    @Test
    void test_a_reference_paired_with_a_name_is_another_entity() {
        List<String> read = read("Velimab is an antibody against CCL2. Patients stayed on balsalamine alongside the antibody.");
        assertTrue(read.contains("balsalamine combinedWith velimab"), read.toString());
    }

    @Test
    void test_lists_cross_brackets_and_a_repeated_by() {
        List<String> read = read("Velokibart (Sanofi and Teva) and tranokibart (Roche) also latch onto CCL2.");
        assertTrue(read.contains("velokibart binds CCL2"), read.toString());
        assertTrue(read.contains("tranokibart binds CCL2"), read.toString());
        List<String> agencies = read("The drug dexlomine has not been approved by the FDA or by the European Medicines "
                + "Agency.");
        assertTrue(agencies.contains("dexlomine approvedBy U.S. Food and Drug Administration NEG"), agencies.toString());
        assertTrue(agencies.contains("dexlomine approvedBy European Medicines Agency NEG"), agencies.toString());
    }

    @Test
    void test_class_phrasings_name_the_target() {
        List<String> read = read("Dexlomine is a selective antagonist of the CXCR4 receptor. Three earlier CCR5 "
                + "antagonists, trovastium, velnavir and dorvaline, were dropped.");
        assertTrue(read.contains("dexlomine blocks CXCR4"), read.toString());
        assertTrue(read.contains("trovastium blocks CCR5"), read.toString());
        assertTrue(read.contains("velnavir blocks CCR5"), read.toString());
        assertTrue(read.contains("dorvaline blocks CCR5"), read.toString());
    }

    @Test
    void test_study_phrasings_name_leader_and_journal() {
        List<String> read = read("The DXL-7 trial, now out in The Lancet, tested dexlomine. The study was led by "
                + "Dr. Helena Marquardt of the University of Pittsburgh.");
        assertTrue(read.contains("study publishedIn The Lancet"), read.toString());
        assertTrue(read.contains("study ledBy Helena Marquardt"), read.toString());
        List<String> carried = read("The tests were carried out in Cell lines from the clinic.");
        assertFalse(carried.stream().anyMatch(x -> x.contains("publishedIn")), carried.toString());
    }

    @Test
    void test_that_after_a_gerund_points_back_and_a_hedged_pairing_keeps_its_hedge() {
        List<String> read = read("Dexlomine blocks CXCR4. CXCL12 keeps cells in place by binding that receptor. "
                + "Dexlomine could be prescribed with dorvaline, one of the antidepressants patients took.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertTrue(read.contains("dexlomine combinedWith dorvaline HEDGE"), read.toString());
    }
}
