package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-seventh and fifty-eighth held-out sets showed litkg missing or misreading: a negation written as a
 * contraction ("doesn't", "Don't"). Every sentence is written for the test.
 */
class ContractionsChatsAndSpeechesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_contracted_negation_denies_the_finding() {
        List<String> read = read("Notes\n\nVelibavir doesn't block UL56. Velibavir isn’t approved by the FDA. "
                + "Don't combine velibavir with valganciclovir.");
        assertTrue(read.contains("velibavir blocks UL56 NEG"), read.toString());
        assertFalse(read.contains("velibavir blocks UL56"), read.toString());
        assertTrue(read.contains("velibavir approvedBy U.S. Food and Drug Administration NEG"), read.toString());
        assertFalse(read.contains("velibavir combinedWith valganciclovir"), read.toString());
        assertTrue(read.contains("velibavir combinedWith valganciclovir NEG"), read.toString());
    }
}
