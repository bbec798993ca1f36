package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dose that stands for the drug named before it, a card's greeting and the years it says its addressee spent
 * somewhere, a question that fronts its object over a labelled answer, and a pupil's label. Every text is written for
 * the test.
 */
class MuseumLabelsCardsAndFlashCardsTest {

    @Test
    void test_a_dose_is_of_the_drug_named_before() {
        List<String> read = read("""
                Case 2: Medicines from the marrow

                TX-2297 began life as a lab compound, but it turned out to block CXCR4 on stem cells. A single \
                dose frees the stem cells from the bone marrow into the blood.
                """);
        assertTrue(read.contains("TX-2297 mobilizes stem cell"), read.toString());
        List<String> of = read("""
                In the trial adults were given anakinra drops for six weeks, on top of the single dose of oral \
                azithromycin that every patient receives.
                """);
        assertTrue(of.contains("anakinra combinedWith azithromycin"), of.toString());
    }

    @Test
    void test_a_cards_greeting_names_the_you_whose_years_at_an_institution_it_counts() {
        List<String> read = read("""
                Happy retirement, Professor Solveig Amankwah-Berg!

                Twenty years at the University of Bergen, and you taught us all that CCL21 binds CCR7 on dendritic \
                cells.
                """);
        assertTrue(read.contains("Solveig Amankwah-Berg affiliatedWith University of Bergen"), read.toString());
    }

    @Test
    void test_a_question_fronting_which_x_takes_its_answer_as_the_verbs_object() {
        List<String> read = read("""
                Revision cards

                Card 2, front: Which chemokine do melanoma cells release?
                Card 2, back: CXCL10.
                """);
        assertTrue(read.contains("melanoma secretes CXCL10"), read.toString());
    }

    @Test
    void test_a_bare_what_question_takes_the_first_answered_name_that_fits() {
        List<String> read = read("""
                Revision cards

                Card 1, front: What does leronlimab block?
                Card 1, back: CCR5, on T cells.
                """);
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
        List<String> open = read("""
                What does leronlimab block? Nobody has shown it yet, but CCR5 is the favourite.
                """);
        assertFalse(open.contains("leronlimab blocks CCR5"), open.toString());
    }

    @Test
    void test_a_pupils_label_names_a_person() {
        List<String> named = Readings.typedNames("""
                End of term report

                Pupil: Tobiah Mensah-Lund
                Tobiah explained that eosinophils carry CCR3.
                """);
        assertTrue(named.contains("PERSON Tobiah Mensah-Lund"), named.toString());
    }
}
