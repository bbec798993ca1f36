package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the crash test's template sentence showed litkg getting wrong: a drug code whose three- to five-letter prefix
 * the tokenizer cuts off its number ("ABT-199" but not "BMS-813160"), a second verb's subject after a name introduced
 * by its class nouns ("The drug X blocks A and binds B"), and a partner's bracketed code taken for what a later "it"
 * stands for. Every sentence is written for the test.
 */
class CodesSharedSubjectsAndBracketedPartnersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_code_with_a_three_to_five_letter_prefix_is_one_drug_name() {
        List<String> read = read("QRX-101 blocks CXCR4 on T cells. In mice, VTMA-849 blocks KRAS.");
        assertTrue(read.contains("QRX-101 blocks CXCR4"), read.toString());
        assertTrue(read.contains("VTMA-849 blocks KRAS"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("QRX ") || r.startsWith("VTMA ")), read.toString());
    }

    @Test
    void test_a_second_verb_after_and_shares_the_subject_introduced_by_its_class_nouns() {
        List<String> read = read("The drug QRX-5 blocks CXCR4 and binds CCR5, researchers reported.");
        assertTrue(read.contains("QRX-5 blocks CXCR4"), read.toString());
        assertTrue(read.contains("QRX-5 binds CCR5"), read.toString());
        assertFalse(read.contains("CXCR4 binds CCR5"), read.toString());
    }

    @Test
    void test_a_partners_bracketed_code_is_no_topic_for_a_later_it() {
        List<String> read = read("Velotinib blocks VEGFR2 in colon cancer. Trials are testing velotinib together with "
                + "trifluridine/tipiracil (QRX102). Yes, the FDA approved it in November 2023.");
        assertTrue(read.contains("velotinib approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("approvedBy") && !r.startsWith("velotinib ")), read.toString());
    }
}
