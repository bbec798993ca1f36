package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the forty-first held-out set showed litkg missing or misreading: a symbol that looks like a gene but that the
 * text defines as a disease's short form, and a person named in an investigator line with a capitalised role.
 * Every sentence is written for the test.
 */
class DefinedSymbolsAndFieldNamesTest {

    @Test
    void test_a_symbol_the_text_defines_as_a_diseases_short_form_is_that_disease() {
        String text = "Plexiform tumours grow in children with neurofibromatosis type 1 (NF1), a common disorder.";
        RecognizedDocument doc = Recognitions.recognize(text);
        assertEquals(Recognitions.entityName(doc, "neurofibromatosis type 1"), Recognitions.entityName(doc, "NF1"));
        assertEquals("Disease", Recognitions.mentions(text).get("NF1"));
    }

    @Test
    void test_a_person_after_a_capitalised_investigator_label_is_a_person() {
        Map<String, String> m = Recognitions.mentions("Principal Investigator: Tomás Aguilar, PhD, University of "
                + "Alabama at Birmingham");
        assertEquals("Person", m.get("Tomás Aguilar"), m.toString());
    }
}
