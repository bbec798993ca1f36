package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a news-in-brief column, a grand rounds announcement, a letter to the editor and a charity's round-up need:
 * a kind's members listed later in the clause, drugs each named with its maker, a talk's speaker and a letter's
 * signers placed by the lines under their names, a far "combination with", "not only on X but also on Y", and a
 * protein apposed to "the protein on" cells or apposed as a copula's subject. Every sentence is written for the test.
 */
class BriefsRoundsLettersAndRoundupsTest {

    @Test
    void test_members_listed_later_in_the_clause_and_each_with_its_maker_do_what_the_kind_does() {
        List<String> read = read("Several antibodies that block IL-23 are now sold for psoriasis, among them guselkumab"
                + " from Janssen and tildrakizumab from Sun Pharma.");
        assertTrue(read.contains("guselkumab blocks IL-23"), read.toString());
        assertTrue(read.contains("tildrakizumab blocks IL-23"), read.toString());
        List<String> places = read("Drugs that block CCR5 have been tried in many diseases, including HIV.");
        assertFalse(places.stream().anyMatch(x -> x.startsWith("HIV")), places.toString());
    }

    @Test
    void test_the_seed_lexicon_names_siglecs_and_the_eotaxins() {
        List<String> typed = typedNames("Siglec-8 sits on eosinophils, and eotaxin-3 draws them into the oesophagus.");
        assertTrue(typed.contains("PROTEIN Siglec-8"), typed.toString());
        assertTrue(typed.contains("CHEMOKINE CCL26"), typed.toString());
    }

    @Test
    void test_a_speakers_post_on_the_line_under_the_name_places_the_speaker() {
        List<String> read = read("Medicine Grand Rounds\n\nSpeaker: Ilse Brandvold, MD\nChief, Division of Rheumatology,"
                + " Oslo University Hospital\n\nAbstract: B cells carry CD19. Dr. Brandvold will present her group's trial"
                + " of obexelimab in lupus.");
        assertTrue(read.contains("Ilse Brandvold affiliatedWith Oslo University Hospital"), read.toString());
    }

    @Test
    void test_a_letters_signers_with_stopped_degrees_are_placed_at_the_hospital_under_them() {
        List<String> read = read("To the Editor: Platelets carry CD36, and we saw this in our clinic.\n\nMarta Solheim, M.D.\n"
                + "Piotr Wasik, M.D., Ph.D.\nHaukeland University Hospital, Bergen, Norway");
        assertTrue(read.contains("Marta Solheim affiliatedWith Haukeland University Hospital"), read.toString());
        assertTrue(read.contains("Piotr Wasik affiliatedWith Haukeland University Hospital"), read.toString());
    }

    @Test
    void test_an_approval_in_a_fixed_dose_combination_combines_the_drugs() {
        List<String> read = read("Daratumumab binds CD38. The FDA approved it in a fixed-dose combination with pomalidomide.");
        assertTrue(read.contains("daratumumab combinedWith pomalidomide"), read.toString());
    }

    @Test
    void test_not_only_on_one_kind_of_cell_but_also_on_another_places_the_protein_on_both() {
        List<String> read = read("SLAMF7 is found not only on plasma cells but also on natural killer cells.");
        assertTrue(read.contains("SLAMF7 expressedOn natural killer cell"), read.toString());
    }

    @Test
    void test_a_protein_apposed_to_the_protein_on_cells_or_as_a_subject_is_placed_on_them() {
        List<String> read = read("Most readers know CD20, the protein on B cells that rituximab removes. A newer target,"
                + " SLAMF7, is also found on plasma cells.");
        assertTrue(read.contains("CD20 expressedOn B cell"), read.toString());
        assertTrue(read.contains("SLAMF7 expressedOn plasma cell"), read.toString());
        List<String> isoform = read("Claudin 18.2 (CLDN18.2), the gastric isoform of CLDN18, is found on gastric cancer cells.");
        assertFalse(isoform.stream().anyMatch(x -> x.startsWith("CLDN18 expressedOn")), isoform.toString());
    }
}
