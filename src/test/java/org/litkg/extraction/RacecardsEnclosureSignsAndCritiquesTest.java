package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List items whose lines after the first have lost their subject (a racecard's runners, a judge's placings), an
 * approval named with a possessive, a numbered label heading a sign's field lines, and an institute known by its
 * capitals alone. Every text is written for the test.
 */
class RacecardsEnclosureSignsAndCritiquesTest {

    private static final String RACECARD = """
            Hospital Fun Day: Race 5, the Receptor Cup (3.15 pm)

            1. MOTIXAFORTIDE (trainer: Dr. Lena Okoro-Whitfield, University of Leeds). Blocks CXCR4 and frees \
            stem cells from the marrow.
            2. MARAVIROC (trainer: Prof. Arjun Castell-Moreau, University of Bristol). Blocks CCR5; a favourite since \
            its approval by the EMA.
            3. LIGAND LADDER: non-runner.
            """;

    @Test
    void test_a_runners_headless_lines_are_about_the_runner_its_line_opens_with() {
        List<String> read = read(RACECARD);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertFalse(read.contains("motixafortide blocks CCR5"), read.toString());
    }

    @Test
    void test_a_verb_coordinated_with_a_headless_verb_shares_its_subject() {
        List<String> read = read(RACECARD);
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_coordinated_headless_verb_blocking_a_binding_blocks_what_was_bound() {
        List<String> read = read("""
                4. TIRAGOLUMAB (trainer: Dr. Sunniva Obi-Larsen, University of Bergen). Binds TIGIT and blocks CD155 \
                binding.
                """);
        assertTrue(read.contains("tiragolumab blocks TIGIT"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("tiragolumab blocks CD155")), read.toString());
    }

    @Test
    void test_its_approval_by_an_agency_approves_the_drug_the_text_is_about() {
        List<String> card = read(RACECARD);
        assertTrue(card.contains("maraviroc approvedBy European Medicines Agency"), card.toString());
        List<String> read = read("Vicriviroc's approval by the EMA never came; maraviroc's approval by the FDA did.");
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_capital_words_beside_each_other_are_a_name_in_capitals_not_receptor_symbols() {
        List<String> typed = typedNames("3. RECEPTOR RUNNER: non-runner. 4. CXCR4 CHASER: scratched.");
        assertFalse(typed.stream().anyMatch(t -> t.endsWith(" RECEPTOR") || t.endsWith(" RUNNER")
                || t.endsWith(" CHASER")), typed.toString());
        assertTrue(typed.contains("RECEPTOR CXCR4"), typed.toString());
    }

    @Test
    void test_a_numbered_enclosure_heading_names_what_the_sign_is_about() {
        List<String> read = read("""
                Enclosure 2: Eosinophils

                Diet: parasites and allergens.
                These grumpy guards answer the call of eotaxin. They carry CCR3.
                """);
        assertTrue(read.contains("CCR3 expressedOn eosinophil"), read.toString());
    }

    @Test
    void test_a_placings_headless_clauses_are_about_the_cell_its_line_opens_with() {
        List<String> read = read("""
                Best in Show, Immune Class: judge's critique

                First: Th17 cell, handled by Dr. Ines Falk-Moreno (RIKEN). Lovely gait; carries CCR6 with pride.
                Reserve: Monocyte. Releases CCL2 generously; a little slow in the ring.
                """);
        assertTrue(read.contains("CCR6 expressedOn th17 cell"), read.toString());
        assertTrue(read.contains("monocyte secretes CCL2"), read.toString());
        assertTrue(read.contains("Ines Falk-Moreno affiliatedWith RIKEN"), read.toString());
    }

    @Test
    void test_a_clause_before_the_semicolon_that_names_a_doer_keeps_its_own_subject() {
        List<String> read = read("""
                First: Th17 cell, handled by Dr. Ines Falk-Moreno.
                The monocytes gather; releases CCL2 too.
                """);
        assertFalse(read.contains("th17 cell secretes CCL2"), read.toString());
    }
}
