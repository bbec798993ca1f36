package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact card, a commemorative plaque and a bug report. Texts written for the test. */
class ContactCardsPlaquesAndBugReportsTest {

    @Test
    void test_a_contact_cards_fields_are_spelt_as_a_name_line_and_its_note() {
        String card = Readings.plain("BEGIN:VCARD\nVERSION:3.0\nFN:Dr Ingrid Haugen\nORG:University of Bergen;"
                + "Department of Clinical Science\nTITLE:Associate Professor\nNOTE:Studies how CXCL13\\, made by "
                + "follicular helper T cells\\, binds CXCR5 on B cells.\nTEL:+47 555 0101\nEND:VCARD\n");
        assertTrue(card.startsWith("Dr Ingrid Haugen, Associate Professor, Department of Clinical Science, "
                + "University of Bergen.\n\nStudies how CXCL13, made by"), card);
        assertFalse(card.contains("555"), card);
        List<String> read = read(card);
        assertTrue(read.contains("Ingrid Haugen affiliatedWith University of Bergen"), read.toString());
        assertTrue(read.contains("CXCL13 binds CXCR5"), read.toString());
    }

    @Test
    void test_a_person_dated_and_given_a_bare_post_owns_the_laboratory_whose_finding_follows() {
        List<String> read = read("Dr Ellen Marsh (1921-2004), pharmacologist, whose laboratory at the University of "
                + "Bristol showed that tarixafor blocks CXCR4, lived here.\n");
        assertTrue(read.contains("study ledBy Ellen Marsh"), read.toString());
        assertTrue(read.contains("tarixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_quoted_claim_the_report_then_denies_is_not_stated_and_the_expected_one_is() {
        List<String> read = read("Expected: \"CCL17 binds CCR4\".\nActual: the page says \"CCL17 binds CCR7\".\n\n"
                + "CCL17 does not bind CCR7; please fix.\n");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        assertTrue(read.contains("CCL17 binds CCR7 NEG"), read.toString());
        assertFalse(read.contains("CCL17 binds CCR7"), read.toString());
    }

    @Test
    void test_a_corrections_right_words_after_read_stay_stated() {
        List<String> read = read("p. 130, line 12: for \"maraviroc was not approved by the EMA\" read \"maraviroc was "
                + "approved by the EMA in 2007\".\n");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("maraviroc approvedBy European Medicines Agency")
                && !x.endsWith("NEG")), read.toString());
    }
}
