package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-first held-out set showed litkg missing or misreading: what "Like X, the drug binds Y" says of
 * X, a possessed partner in a list ("the FGFR1c receptor and its co-receptor beta-Klotho, which sit on"), "Both
 * receptors sit on", a byline's numbered affiliations, an approval only asked for, and "Neither X drug has been
 * approved". Every sentence is written for the test.
 */
class ComparisonsBylinesAndRequestsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_what_a_drug_does_like_a_protein_the_protein_does_too() {
        List<String> read = read("Velofermin is given once a week by injection. Like native FGF21, the drug binds the "
                + "FGFR1c receptor and its co-receptor beta-Klotho, which sit on fat cells and liver cells.");
        assertTrue(read.contains("velofermin binds FGFR1c"), read.toString());
        assertTrue(read.contains("velofermin binds beta-Klotho"), read.toString());
        assertTrue(read.contains("FGF21 binds FGFR1c"), read.toString());
        assertTrue(read.contains("FGFR1c expressedOn fat cell"), read.toString());
        assertTrue(read.contains("beta-Klotho expressedOn liver cell"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("FGF21 expressedOn")), read.toString());
    }

    @Test
    void test_unlike_says_nothing_of_the_name_compared() {
        List<String> read = read("Unlike haloperidol, velopipam blocks the dopamine D1 receptor in the striatum.");
        assertTrue(read.contains("velopipam blocks dopamine D1 receptor"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("haloperidol")), read.toString());
    }

    @Test
    void test_both_receptors_named_apart_are_placed_together() {
        List<String> read = read("Velopipam blocks D1 receptors, and it does not bind D2 receptors at all. Both receptors "
                + "sit on neurons of the striatum.");
        assertTrue(read.contains("D1 receptor expressedOn neuron"), read.toString());
        assertTrue(read.contains("D2 receptor expressedOn neuron"), read.toString());
    }

    @Test
    void test_a_byline_with_numbered_affiliations_gives_workplaces_leaders_and_the_institutions_of_the_work() {
        List<String> read = read("Poster 12\n\nAnna Verhoef (1), Tomas Okoro (1,2), Lise Dahl (3)\n(1) University of "
                + "Utrecht, Netherlands; (2) Royal Infirmary of Leeds, UK; (3) Karolinska Institutet, Stockholm, Sweden"
                + "\n\nBackground: Keratinocytes secrete CCL27, which binds CCR10 on memory T cells.");
        assertTrue(read.contains("Anna Verhoef affiliatedWith University of Utrecht"), read.toString());
        assertTrue(read.contains("Tomas Okoro affiliatedWith University of Utrecht"), read.toString());
        assertTrue(read.contains("Tomas Okoro affiliatedWith Royal Infirmary of Leeds"), read.toString());
        assertTrue(read.contains("Lise Dahl affiliatedWith Karolinska Institutet"), read.toString());
        assertTrue(read.contains("study ledBy Anna Verhoef"), read.toString());
        assertTrue(read.contains("study ledBy Lise Dahl"), read.toString());
        assertFalse(read.contains("study ledBy Tomas Okoro"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
        assertFalse(read.contains("study conductedBy Royal Infirmary of Leeds"), read.toString());
    }

    @Test
    void test_an_approval_asked_for_is_no_approval() {
        List<String> read = read("Velopipam blocks the D1 receptor. Velora Biosciences, which sponsored the trial, plans "
                + "to ask the FDA to approve the drug next year.");
        assertFalse(read.stream().anyMatch(r -> r.contains("approvedBy")), read.toString());
    }

    @Test
    void test_neither_before_a_named_class_of_drug_denies_the_approval() {
        List<String> read = read("Neither FGF21 drug has been approved by the FDA, and we do not expect a filing soon.");
        assertFalse(read.stream().anyMatch(r -> r.contains("approvedBy") && !r.contains("NEG")), read.toString());
    }
}
