package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litkg.analysis.Token;

/**
 * Names in the shapes news text writes them: codes the tokenizer cuts, names with particles and
 * possessives, companies named only by context, cell types with a numbered subtype or an
 * abbreviation inside. Every sentence is written for the test.
 */
class NameShapesTest {

    private static RecognizedDocument recognize(String text) {
        return Recognitions.recognize(text);
    }

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    private static List<String> tokens(String text) {
        return recognize(text).analyzed().sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void test_the_tokenizer_keeps_codes_and_symbols_whole_and_splits_a_final_stop_and_a_possessive() {
        List<String> t = tokens("Q-204417 and HIF-1 were studied at the Broad's lab, then cleared by the EMA.");
        assertTrue(t.contains("Q-204417"), t.toString());
        assertTrue(t.contains("HIF-1"), t.toString());
        assertTrue(t.contains("Broad") && t.contains("'s"), t.toString());
        assertEquals(List.of("EMA", "."), t.subList(t.size() - 2, t.size()), t.toString());
        List<String> u = tokens("The U.S. trial ran for 3-4 weeks.");
        assertTrue(u.contains("U.S."), "an abbreviation inside a sentence keeps its stops: " + u);
    }

    @Test
    void test_drug_codes_cut_by_a_space_or_a_one_letter_prefix_are_drugs_and_years_are_not() {
        Map<String, String> m = mentions("In a 2024 mouse study, the small molecule GSK 512038 and the antibody Q-204417 were tested.");
        assertEquals("Drug", m.get("GSK 512038"), m.toString());
        assertEquals("Drug", m.get("Q-204417"), m.toString());
        Map<String, String> years = mentions("The ASCO 2025 meeting and the WHO 1948 charter were cited.");
        assertFalse(years.containsKey("ASCO 2025") || years.containsKey("WHO 1948"), years.toString());
    }

    @Test
    void test_people_with_name_particles_and_companies_named_by_context_are_found() {
        Map<String, String> m = mentions("The trial was headed by Ana Luisa de Souza. The drug was licensed from the "
                + "Swiss drugmaker Velmora, and it was first made by Trelix Biotechnology.");
        assertEquals("Person", m.get("Ana Luisa de Souza"), m.toString());
        assertEquals("Organization", m.get("Velmora"), m.toString());
        assertEquals("Organization", m.get("Trelix Biotechnology"), m.toString());
    }

    @Test
    void test_cell_types_keep_a_numbered_subtype_and_an_abbreviation_inside_the_name() {
        Map<String, String> m = mentions("Group 2 innate lymphoid cells and natural killer (NK) cells gathered, "
                + "and type 1 regulatory T cells did not.");
        assertEquals("CellType", m.get("natural killer (NK) cells"), m.toString());
        assertEquals("CellType", m.get("type 1 regulatory T cells"), m.toString());
    }

    @Test
    void test_a_drug_name_or_a_generic_class_word_is_no_part_of_a_disease_or_receptor_name() {
        Map<String, String> m = mentions("Treatment with tislelizumab shrank tumours in most patients. "
                + "CCR9, a chemokine receptor, and CCR10, a related receptor, were measured.");
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("tislelizumab") && !k.equals("tislelizumab")), m.toString());
        assertFalse(m.containsKey("chemokine receptor") || m.containsKey("related receptor"), m.toString());
    }

    @Test
    void test_a_distinctive_word_of_an_organisation_stands_for_it_after_at() {
        RecognizedDocument doc = recognize("Researchers at the Halvorsen Cancer Institute led the work. "
                + "Maria Lind, a surgeon at Halvorsen, said the results were clear.");
        Mention shortForm = doc.mentions().get(1).stream().filter(x -> x.text().equals("Halvorsen")).findFirst().orElseThrow();
        assertEquals("Halvorsen Cancer Institute", doc.entities().of(shortForm).preferredName());
    }
}
