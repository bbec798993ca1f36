package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 358 showed litkg missing or misreading: "the drug" taken for the control arm's drug ("given
 * filgrastim and a placebo", "filgrastim alone fails"), a company named after "its maker" with no comma, and an "it"
 * after a colon taken for the plural subject of a sentence that opens with a place. Every text is written for the
 * test.
 */
class ControlArmsOwnedMakersAndColonPronounsTest {

    @Test
    void test_the_drug_is_not_the_control_arms_drug() {
        List<String> read = Readings.read("Regulators have cleared ravixafortide for use with filgrastim. "
                + "Ravixafortide blocks CXCR4. Filgrastim alone often fails. In the trial, most patients given both "
                + "drugs did well, against few given filgrastim and a placebo. The FDA approved the drug in May.");
        assertTrue(read.contains("ravixafortide approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("filgrastim approvedBy")), read.toString());
    }

    @Test
    void test_a_company_after_its_maker_and_before_a_speech_verb_is_named() {
        List<String> names = Readings.typedNames("The agency approved ravixafortide on Monday, its maker Quorvant "
                + "said on Tuesday.");
        assertTrue(names.contains("ORGANIZATION Quorvant"), names.toString());
    }

    @Test
    void test_it_after_a_colon_is_not_the_plural_subject_after_an_opening_place() {
        List<String> read = Readings.read("In liver tumours, T cells release CCL28, a chemokine that, strangely, "
                + "feeds the cancer: it binds CCR10 on macrophages.");
        assertTrue(read.contains("CCL28 binds CCR10"), read.toString());
        read = Readings.read("In the skin, T cells release CCL27: it binds CCR10 on keratinocytes.");
        assertTrue(read.contains("CCL27 binds CCR10"), read.toString());
    }
}
