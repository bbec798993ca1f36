package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a horizon-scanning briefing and a chatbot's summary need: the Fc receptors written with Greek letters and
 * immunoglobulin D from the seed lexicon; a summary's "Where it appeared: JOURNAL" label; "a team working with Y
 * found", where Y conducts the study; "with co-authors at Z", where Z does. Every sentence is written for the test.
 */
class FcReceptorsLabelsAndPartnerTeamsTest {

    @Test
    void test_fc_receptors_written_with_greek_letters_are_receptors() {
        List<String> typed = typedNames("Efgartigimod does not touch FcγRIIa, FcγRIIIa or FcεRI on platelets and mast cells.");
        assertTrue(typed.contains("RECEPTOR FcγRIIa"), typed.toString());
        assertTrue(typed.contains("RECEPTOR FcγRIIIa"), typed.toString());
        assertTrue(typed.contains("RECEPTOR FcεRI"), typed.toString());
        List<String> read = read("Tafasitamab binds CD19 and FcγRIIb, two proteins found on B cells.");
        assertTrue(read.contains("tafasitamab binds FcγRIIb"), read.toString());
        assertTrue(read.contains("FcγRIIb expressedOn B cell"), read.toString());
    }

    @Test
    void test_immunoglobulin_d_is_a_protein_and_the_fc_receptor_of_iga_has_its_cd_name() {
        List<String> typed = typedNames("Naive B cells carry IgD, and neutrophils carry CD89.");
        assertTrue(typed.contains("PROTEIN immunoglobulin D"), typed.toString());
        assertTrue(typed.contains("RECEPTOR FcαRI"), typed.toString());
    }

    @Test
    void test_a_summary_label_saying_where_it_appeared_publishes_the_study() {
        List<String> read = read("- Who did it: the study was led by Dr. Ana Ferreira at the University of Porto.\n"
                + "- Where it appeared: Arthritis & Rheumatology, June 2026.");
        assertTrue(read.stream().anyMatch(x -> x.endsWith("publishedIn Arthritis & Rheumatology")), read.toString());
    }

    @Test
    void test_a_label_that_names_no_venue_publishes_nothing() {
        List<String> read = read("- Who did it: the study was led by Dr. Ana Ferreira at the University of Porto.\n"
                + "- Who paid: Arthritis Research UK, June 2026.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_team_working_with_an_institution_has_it_conduct_the_study() {
        List<String> read = read("In the second study, a team working with the University of Leeds found that"
                + " neutrophils release CXCL8 in the airways.");
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_co_authors_at_an_institution_conduct_the_study() {
        List<String> read = read("The study was led by Dr. Ana Ferreira at the University of Porto, with co-authors at"
                + " the University of Coimbra.");
        assertTrue(read.contains("study conductedBy University of Coimbra"), read.toString());
    }
}
