package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A preprint server's screening message, a conference app's notifications. Every text is written for the test. */
class ScreeningMessagesAndAppNotificationsTest {

    @Test
    void test_a_labelled_quoted_title_says_its_finding() {
        List<String> read = read("""
                Manuscript 2026.11.0099: automated screening result

                Title: "Leronlimab, an antibody against CCR5, slows breast cancer spread in mice"
                """);
        assertTrue(read.contains("leronlimab binds CCR5"), read.toString());
    }

    @Test
    void test_a_titles_drug_ten_years_after_an_agencys_approval_was_approved() {
        List<String> read = read("09:00 Starting now in Hall B: \"Maraviroc: ten years after EMA approval\"");
        assertTrue(read.contains("maraviroc approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_drug_awaiting_approval_after_a_colon_is_not_approved() {
        List<String> read = read("Leronlimab: still waiting for FDA approval in 2026.");
        assertFalse(read.stream().anyMatch(x -> x.contains("approvedBy") && !x.contains("NEG")), read.toString());
    }
}
