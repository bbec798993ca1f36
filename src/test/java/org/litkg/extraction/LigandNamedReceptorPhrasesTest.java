package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A receptor described by its ligand's name beside its own, which set 421 showed litkg reading as the ligand:
 * "blocks the CXCL12 receptor CXCR4" blocks CXCR4, and CXCL12 binds it. Every sentence is written for the test.
 */
class LigandNamedReceptorPhrasesTest {

    @Test
    void test_the_ligand_receptor_and_its_name_is_the_receptor_the_ligand_binds() {
        List<String> read = Readings.read("Motixafortide blocks the CXCL12 receptor CXCR4 on T cells.");
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertFalse(read.contains("motixafortide blocks CXCL12"), read.toString());
    }

    @Test
    void test_a_receptor_apposed_to_its_ligand_receptor_is_blocked_alone() {
        List<String> read = Readings.read("Burixafor blocks CXCR4, the CXCL12 receptor, in the bone marrow.");
        assertTrue(read.contains("burixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
        assertFalse(read.contains("burixafor blocks CXCL12"), read.toString());
    }

    @Test
    void test_the_plural_names_each_receptor_and_a_growth_factor_describes_its_receptor_too() {
        List<String> read = Readings.read("Cenicriviroc blocks the CCL2 receptors CCR2 and CCR4. Vactosertib blocks "
                + "the TGF-beta receptor ALK5.");
        assertTrue(read.contains("CCL2 binds CCR4"), read.toString());
        assertTrue(read.contains("cenicriviroc blocks CCR4"), read.toString());
        assertTrue(read.contains("vactosertib blocks ALK5"), read.toString());
        assertFalse(read.contains("cenicriviroc blocks CCL2"), read.toString());
    }

    @Test
    void test_a_chemokine_receptor_named_by_nothing_else_is_not_the_chemokine() {
        List<String> read = Readings.read("Motixafortide blocks the CCL2 receptor.");
        assertFalse(read.contains("motixafortide blocks CCL2"), read.toString());
    }
}
