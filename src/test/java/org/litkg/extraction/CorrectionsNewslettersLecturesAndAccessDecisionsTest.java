package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-sixth held-out set's kinds of writing need: a newspaper's corrections column
 * ("said that the trial was run by Y. It was run by Z", "It does not; it blocks X"), a GP practice's newsletter
 * ("compares X, an injection given twice a year, with Y", "X does not block Y; Z, a statin, does") and an inaugural
 * lecture's announcement ("Her group showed in Neuron in 2023 that"). Every text is written for the test.
 */
class CorrectionsNewslettersLecturesAndAccessDecisionsTest {

    @Test
    void test_a_reported_claim_the_next_sentence_restates_otherwise_is_denied() {
        List<String> read = read("Corrections\n\nThe article said that the KESTREL-2 trial was run by the University "
                + "of Leeds. It was run by the University of Sheffield.\n");
        assertTrue(read.contains("study conductedBy University of Sheffield"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds NEG"), read.toString());
        assertFalse(read.contains("study conductedBy University of Leeds"), read.toString());
        List<String> repeated = read("Corrections\n\nThe article said that the KESTREL-2 trial was run by the "
                + "University of Leeds. It was run by the University of Leeds and two other centres.\n");
        assertTrue(repeated.contains("study conductedBy University of Leeds"), repeated.toString());
    }

    @Test
    void test_it_after_a_denial_of_a_reported_claim_is_the_claims_subject() {
        List<String> read = read("Corrections\n\nOur article said that the drug KT-552 blocks OX40. It does not; it "
                + "blocks OX40 ligand (OX40L), the protein that binds OX40 on T cells.\n");
        assertTrue(read.contains("KT-552 blocks OX40 NEG"), read.toString());
        assertTrue(read.contains("KT-552 blocks OX40 ligand"), read.toString());
    }

    @Test
    void test_an_auxiliary_closing_a_contrast_does_what_the_first_clause_denied() {
        List<String> read = read("Notes\n\nInclisiran does not block HMG-CoA reductase; atorvastatin, a statin, "
                + "does.\n");
        assertTrue(read.contains("inclisiran blocks HMG-CoA reductase NEG"), read.toString());
        assertTrue(read.contains("atorvastatin blocks HMG-CoA reductase"), read.toString());
        // only a name that could do it stands in: an organ is no drug
        List<String> organ = read("Notes\n\nInclisiran does not block HMG-CoA reductase; the liver does.\n");
        assertFalse(organ.stream().anyMatch(x -> x.startsWith("liver")), organ.toString());
    }

    @Test
    void test_a_with_after_an_apposition_holding_a_participle_is_the_outer_verbs() {
        List<String> compared = read("Notes\n\nIt compares inclisiran, an injection given twice a year, with "
                + "atorvastatin.\n");
        assertFalse(compared.stream().anyMatch(x -> x.contains("combinedWith")), compared.toString());
        List<String> given = read("Notes\n\nInclisiran, given twice a year with atorvastatin, lowers cholesterol.\n");
        assertTrue(given.contains("inclisiran combinedWith atorvastatin"), given.toString());
    }

    @Test
    void test_a_journal_named_for_a_cell_after_showed_in_and_its_year_is_a_journal() {
        String text = "Lecture\n\nProfessor Helena Stavrou-Brandt's group showed in Neuron in 2023 that EDN-14 blocks "
                + "C1q.\n";
        assertTrue(typedNames(text).contains("JOURNAL Neuron"), typedNames(text).toString());
        assertTrue(read(text).contains("study publishedIn Neuron"), read(text).toString());
        List<String> cells = typedNames("Lecture\n\nMicroglia prune synapses in the brain. Each neuron in the cortex "
                + "carries C1q.\n");
        assertFalse(cells.contains("JOURNAL Neuron"), cells.toString());
    }
}
