package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-first held-out set showed litkg missing or misreading: members of a class named for its target
 * ("BTK inhibitors such as ibrutinib", "thrombopoietin receptor agonists such as romiplostim"), a channel on cells, a
 * drug that keeps a ligand off the receptor it binds, "the receptor" after a ligand, "switches off", a drug named with
 * its maker as the subject, a protein that "sits inside" cells, a drug "tested alongside" another, and an acronym
 * before its long form in brackets. Every sentence is written for the test.
 */
class AgonistClassesAndMembraneProteinsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_members_of_a_class_named_for_its_target_block_or_bind_it() {
        List<String> read = read("Older BTK inhibitors such as ibrutinib cause bleeding. Thrombopoietin receptor "
                + "agonists such as romiplostim raise platelets. AMPK agonists such as metformin lower sugar.");
        assertTrue(read.contains("ibrutinib blocks BTK"), read.toString());
        assertTrue(read.contains("romiplostim binds thrombopoietin receptor"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("metformin binds")), read.toString());
    }

    @Test
    void test_a_channel_on_cells_and_a_protein_inside_them_are_expressed_there() {
        List<String> read = read("Tovarixant blocks P2X4, an ion channel on sensory neurons. Bruton's tyrosine kinase "
                + "sits inside B cells.");
        assertTrue(read.contains("P2X4 expressedOn sensory neuron"), read.toString());
        assertTrue(read.contains("bruton's tyrosine kinase expressedOn B cell"), read.toString());
    }

    @Test
    void test_a_drug_that_keeps_a_ligand_off_the_receptor_it_binds_blocks_the_receptor() {
        List<String> read = read("The drug osanetant sits on the neurokinin 3 receptor and keeps neurokinin B off it.");
        assertTrue(read.contains("osanetant blocks neurokinin 3 receptor"), read.toString());
        assertFalse(read.contains("osanetant blocks neurokinin B"), read.toString());
    }

    @Test
    void test_the_receptor_after_a_ligand_is_the_receptor_named_before() {
        List<String> read = read("KNDy neurons carry the neurokinin 3 receptor. They respond to neurokinin B, which "
                + "binds the receptor.");
        assertTrue(read.contains("neurokinin B binds neurokinin 3 receptor"), read.toString());
    }

    @Test
    void test_the_chemokine_after_a_cytokine_is_the_chemokine_named_before() {
        List<String> read = read("Tumour cells release CCL2 into the blood. IL-6 levels rise too, and carlumab blocks the "
                + "chemokine within days.");
        assertTrue(read.contains("carlumab blocks CCL2"), read.toString());
        assertFalse(read.contains("carlumab blocks IL6"), read.toString());
    }

    @Test
    void test_switching_off_a_maker_named_subject_and_testing_alongside_are_read() {
        List<String> read = read("Velodrostat switches off aldosterone synthase. A rival, baxdrostat from AstraZeneca, "
                + "blocks the same enzyme and is being tested alongside dapagliflozin.");
        assertTrue(read.contains("velodrostat blocks aldosterone synthase"), read.toString());
        assertTrue(read.contains("baxdrostat blocks aldosterone synthase"), read.toString());
        assertTrue(read.contains("baxdrostat combinedWith dapagliflozin"), read.toString());
    }

    @Test
    void test_an_acronym_before_its_long_form_in_brackets_is_one_entity_with_it() {
        List<String> read = read("BTK (Bruton's tyrosine kinase) sits inside B cells. Rilzabrutinib, a BTK inhibitor, "
                + "blocks it.");
        assertTrue(read.contains("BTK expressedOn B cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("bruton")), read.toString());
    }

    @Test
    void test_a_copula_reaches_past_brackets_only_to_a_name_that_opens_the_clause() {
        List<String> read = read("Velinetant (brand name Calmora) is a pill that the FDA approved in 2024. A compound "
                + "derived from the plant Tovaria Roscoe (tovarimab) was identified as a novel CCR5 antagonist.");
        assertTrue(read.contains("velinetant approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("blocks CCR5")), read.toString());
    }
}
