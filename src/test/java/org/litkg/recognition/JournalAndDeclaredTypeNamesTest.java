package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-fourth held-out set showed litkg misreading after its first fixes: a journal whose title opens
 * with a national adjective, a journal name that runs into a weekday, a workplace with no organisation word after
 * a leader's name, and a protein (even an unknown symbol) the text declares to be a receptor or a cytokine. Every
 * sentence is written for the test.
 */
class JournalAndDeclaredTypeNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_journal_title_keeps_its_national_adjective_and_is_no_reference() {
        Map<String, String> m = mentions("The trials were published in the American Journal of Nephrology Practice. "
                + "A second paper appeared in the European Journal of Immunology.");
        assertEquals("Journal", m.get("American Journal of Nephrology Practice"), m.toString());
        assertEquals("Journal", m.get("European Journal of Immunology"), m.toString());
        assertFalse(m.containsKey("the European Journal"), m.toString());
    }

    @Test
    void test_a_journal_name_does_not_run_on_into_a_weekday() {
        Map<String, String> m = mentions("The results appeared in The Lancet Oncology on Monday.");
        assertEquals("Journal", m.get("The Lancet Oncology"), m.toString());
        assertFalse(m.containsKey("The Lancet Oncology on Monday"), m.toString());
    }

    @Test
    void test_the_place_after_a_leaders_name_is_a_workplace() {
        Map<String, String> m = mentions("The trials were led by Lucia Ferrante of UC Health Denver.");
        assertEquals("Person", m.get("Lucia Ferrante"), m.toString());
        assertEquals("Organization", m.get("UC Health Denver"), m.toString());
    }

    @Test
    void test_a_protein_said_to_be_a_receptor_is_a_receptor_but_not_one_said_to_be_its_antagonist() {
        Map<String, String> m = mentions("CD137 is a receptor on activated T cells. HVEM is a receptor too, and TSLP, "
                + "a cytokine, drives asthma. KX-57 is a receptor antagonist.");
        assertEquals("Receptor", m.get("CD137"), m.toString());
        assertEquals("Receptor", m.get("HVEM"), m.toString());
        assertEquals("Protein", m.get("TSLP"), m.toString());
        assertEquals("Drug", m.get("KX-57"), m.toString());
    }
}
