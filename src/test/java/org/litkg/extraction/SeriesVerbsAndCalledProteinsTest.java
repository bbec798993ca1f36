package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-third held-out set showed litkg missing: a verb in a series that shares the clause's subject
 * ("attaches to X, blocks it and causes"), a class member after a comma and "such as", a protein placed in cells and
 * named after "called", a leader with a title after a copula, and a drug's target named after an apposition. Every
 * sentence is written for the test.
 */
class SeriesVerbsAndCalledProteinsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_verb_in_a_series_shares_the_clauses_subject() {
        List<String> read = read("Dexlomine is an oral pill. It attaches to the estrogen receptor, blocks it and causes "
                + "the cell to break it down.");
        assertTrue(read.contains("dexlomine blocks estrogen receptor"), read.toString());
        List<String> list = read("The drug dexlomine binds CXCR4, CCR5 and CCR2 in mice.");
        assertFalse(list.stream().anyMatch(x -> x.startsWith("CXCR4 ")), list.toString());
    }

    @Test
    void test_a_class_member_after_a_comma_and_such_as_blocks_the_target() {
        List<String> read = read("Many patients take an aromatase inhibitor, such as letrozole, which lowers estrogen.");
        assertTrue(read.contains("letrozole blocks aromatase"), read.toString());
    }

    @Test
    void test_a_protein_inside_cells_called_by_its_name_is_expressed_there() {
        List<String> read = read("Most breast cancers need estrogen. Estrogen works by attaching to a protein inside the "
                + "cancer cells called the estrogen receptor.");
        assertTrue(read.contains("estrogen receptor expressedOn breast cancer"), read.toString());
    }

    @Test
    void test_a_titled_leader_after_a_copula_and_a_target_after_an_apposition() {
        List<String> read = read("In the VANGUARD trial, patients had fewer attacks. The trial's lead investigator was "
                + "Dr. Timothy Craig of Penn State Health. Dexlimab, a different antibody, binds KORAL.");
        assertTrue(read.contains("study ledBy Timothy Craig"), read.toString());
        assertTrue(read.contains("study conductedBy Penn State Health"), read.toString());
        assertTrue(read.contains("dexlimab binds KORAL"), read.toString());
    }
}
