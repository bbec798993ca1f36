package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compounds named as natural products are, with the letter of their series after the word ("kushenol F", "ganoderic
 * acid T"), introduced by a relative clause that names them, and used again at a sentence's start; and NF-kB as
 * abstracts spell it. Every sentence is written for the test.
 */
class SeriesNamesAndNamingClausesTest {

    @Test
    void test_an_ic_acid_name_takes_its_series_letter() {
        Map<String, String> m = Recognitions.mentions("Endothelial cells were treated with lucidenic acid N for a day.");
        assertEquals("Drug", m.get("lucidenic acid N"), m.toString());
    }

    @Test
    void test_a_compound_called_a_word_and_a_letter_is_the_whole_name() {
        Map<String, String> m = Recognitions.mentions("From the lichen the team isolated a compound called lichenamide C, "
                + "which blocks CXCR2 on neutrophils.");
        assertEquals("Drug", m.get("lichenamide C"), m.toString());
    }

    @Test
    void test_a_relative_clause_that_names_the_compound_names_it() {
        Map<String, String> m = Recognitions.mentions("The team screened 300 lichen extracts. One compound, which they "
                + "named lichenamide C, blocks CXCR2 on neutrophils.");
        assertEquals("Drug", m.get("lichenamide C"), m.toString());
        assertNull(m.get("which they"), m.toString());
    }

    @Test
    void test_a_series_name_found_in_context_is_found_again_at_a_sentence_start() {
        RecognizedDocument doc = Recognitions.recognize("The team isolated a compound called lichenamide C from a lichen. "
                + "Lichenamide C has not been tested in people.");
        assertEquals(Recognitions.entityName(doc, "lichenamide C"), Recognitions.entityName(doc, "Lichenamide C"),
                doc.mentions().toString());
        assertEquals(1, doc.entities().all().stream().filter(e -> e.type() == EntityType.DRUG).count(), doc.mentions().toString());
    }

    @Test
    void test_nf_kb_as_abstracts_spell_it_is_a_protein() {
        Map<String, String> m = Recognitions.mentions("In stimulated cells, NF-kB and NF-kappaB reporter activity fell.");
        assertEquals("Protein", m.get("NF-kB"), m.toString());
    }
}
