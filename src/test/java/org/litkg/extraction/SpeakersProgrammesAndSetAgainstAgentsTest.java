package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-third and fifty-fourth held-out sets showed litkg missing or misreading: an agency set against an
 * approval ("but not by the FDA"), a transcript's time-stamped speaker labels with an institution in brackets, a
 * receptor placed on cells after its bracketed alias, a symposium programme's speaker lines and presenting author, a
 * signature naming a hospital's unit, an institution's name with a slash, "stops it working" without "from", and a
 * named enzyme after "the" taken for a class before a list. Every sentence is written for the test.
 */
class SpeakersProgrammesAndSetAgainstAgentsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_agency_set_against_an_approval_denies_it() {
        List<String> read = read("Velodustat was approved by the FDA in 2023. A similar drug, zaprodustat, was approved "
                + "in China and Europe but not by the FDA.");
        assertTrue(read.contains("velodustat approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("zaprodustat approvedBy U.S. Food and Drug Administration NEG"), read.toString());
        assertFalse(read.contains("zaprodustat approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_time_stamped_speaker_label_gives_the_speaker_and_no_gene() {
        List<String> read = read("Explainer\n\n[00:31] DR. ADAEZE OKONKWO (University of Leeds): The mutant receptor is "
                + "switched on far too easily.\n[03:30] NARRATOR: A third idea is to block ACVR1 itself. Velisertib, a "
                + "kinase inhibitor, may block the receptor directly.\n");
        assertTrue(read.contains("Adaeze Okonkwo affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("velisertib blocks ACVR1 HEDGE"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("NARRATOR")), read.toString());
    }

    @Test
    void test_a_receptor_with_a_bracketed_alias_is_placed_on_the_cells_after_it() {
        List<String> read = read("The hormone binds the melanocortin-4 receptor (MC4R) on neurons of the hypothalamus.");
        assertTrue(read.stream().anyMatch(r -> r.endsWith("expressedOn neuron")), read.toString());
    }

    @Test
    void test_a_programme_gives_its_speakers_workplaces_and_its_abstracts_leader() {
        List<String> read = read("Programme, Day 2\n\n09:00-09:40  Keynote: Bile acids as drug targets\n"
                + "             Ingrid Solberg, The Hospital for Sick Children, Toronto\n"
                + "             Chair: Pierre Lambertin, Bicêtre Hospital, Paris\n"
                + "09:40-10:00  Oral abstract O-14: Five-year data\n"
                + "             Presenting author: Nadia Orlov, Mirum Pharmaceuticals, Foster City\n\n"
                + "Results: Velixibat, an inhibitor of IBAT, lowered itch in the VELO trial.\n");
        assertTrue(read.contains("Ingrid Solberg affiliatedWith Hospital for Sick Children"), read.toString());
        assertTrue(read.contains("Pierre Lambertin affiliatedWith Bicêtre Hospital"), read.toString());
        assertTrue(read.contains("Nadia Orlov affiliatedWith Mirum Pharmaceuticals"), read.toString());
        assertTrue(read.contains("study ledBy Nadia Orlov"), read.toString());
        assertTrue(read.contains("study conductedBy Mirum Pharmaceuticals"), read.toString());
        assertFalse(read.contains("study ledBy Ingrid Solberg"), read.toString());
    }

    @Test
    void test_a_signature_naming_a_hospital_unit_gives_the_hospital() {
        List<String> read = read("Myths and facts\n\nFACT: The drug binds factor XI.\n\nDr. Meera Anand, Hepatology "
                + "Clinic, Lakeside General Hospital\n");
        assertTrue(read.contains("Meera Anand affiliatedWith Lakeside General Hospital"), read.toString());
        assertFalse(read.contains("Meera Anand affiliatedWith Hepatology Clinic"), read.toString());
    }

    @Test
    void test_an_institution_named_with_a_slash_is_one_workplace() {
        List<String> read = read("The trial, led by Tomas Brenner of the Zucker School of Medicine at Hofstra/Northwell, "
                + "was published in the New England Journal of Medicine.");
        assertTrue(read.contains("Tomas Brenner affiliatedWith Zucker School of Medicine at Hofstra/Northwell"),
                read.toString());
    }

    @Test
    void test_stops_it_working_blocks_without_from() {
        List<String> read = read("Velimab is an antibody that binds C1s, the first enzyme of the pathway, and stops it "
                + "working.");
        assertTrue(read.contains("velimab blocks C1s"), read.toString());
    }

    @Test
    void test_a_named_enzyme_after_the_is_the_object_not_a_class_before_a_list() {
        List<String> read = read("Semenza found a protein called hypoxia-inducible factor (HIF). Zaprodustat, a pill, "
                + "inhibits the prolyl hydroxylases, so HIF builds up even when oxygen is normal.");
        assertTrue(read.contains("zaprodustat blocks prolyl hydroxylase"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("zaprodustat blocks") && !x.contains("prolyl")),
                read.toString());
    }
}
