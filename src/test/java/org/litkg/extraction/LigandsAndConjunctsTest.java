package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-fourth held-out set showed litkg misreading: "X ligand" as X itself, and producers joined by "and
 * other". Every sentence is written for the test.
 */
class LigandsAndConjunctsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_receptors_ligand_is_another_entity_than_the_receptor() {
        List<String> read = read("Amlitelimab blocks OX40 ligand on dendritic cells.");
        assertTrue(read.contains("amlitelimab blocks OX40 ligand"), read.toString());
        assertFalse(read.contains("amlitelimab blocks OX40"), read.toString());
    }

    @Test
    void test_producers_joined_by_and_other_each_secrete() {
        List<String> read = read("Th17 cells and other immune cells in the inflamed tissue produce IL-17A.");
        assertTrue(read.contains("th17 cell secretes IL-17A"), read.toString());
    }
}
