package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twenty-third held-out set showed litkg missing: a protein named after "a protein called" (in words, a
 * hyphenated compound or with a chain letter), its acronym after ", or", the -gepant and -lintide stems, and
 * migraine and obesity. Every sentence is written for the test.
 */
class CalledProteinNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_protein_named_after_called_is_a_protein_with_its_acronym_after_or() {
        String text = "Nerve cells release a small protein called calcitonin gene-related peptide, or CGRP, and a "
                + "protein called gasdermin D. CXCL12, or CXCL13, was not studied.";
        Map<String, String> m = mentions(text);
        assertEquals("Protein", m.get("calcitonin gene-related peptide"), m.toString());
        assertEquals("Protein", m.get("gasdermin D"), m.toString());
        RecognizedDocument doc = Recognitions.recognize(text);
        assertEquals(Recognitions.entityName(doc, "calcitonin gene-related peptide"), Recognitions.entityName(doc, "CGRP"));
        assertNotEquals(Recognitions.entityName(doc, "CXCL12"), Recognitions.entityName(doc, "CXCL13"));
    }

    @Test
    void test_gepants_and_lintides_are_drugs_and_migraine_and_obesity_diseases() {
        Map<String, String> m = mentions("For migraine, atogepant; for obesity, cagrilintide.");
        assertEquals("Drug", m.get("atogepant"), m.toString());
        assertEquals("Drug", m.get("cagrilintide"), m.toString());
        assertEquals("Disease", m.get("migraine"), m.toString());
        assertEquals("Disease", m.get("obesity"), m.toString());
    }
}
