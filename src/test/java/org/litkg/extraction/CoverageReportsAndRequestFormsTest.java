package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A press office's coverage report, a biobank's request form, a facility's booking and a judging sheet: their story
 * and spokesperson lines, applicant and institution fields, and the form lines that name people. Every text is written
 * for the test.
 */
class CoverageReportsAndRequestFormsTest {

    private static final String COVERAGE = "Press office coverage report\nUniversity of Bristol - week ending 21 "
            + "March\n\nStory: Joint lining cells that make B cells gather (Annals of the Rheumatic Diseases, "
            + "published 16 March)\n"
            + "Spokesperson: Professor Eleanor Marsh-Oduya (study lead), Bristol Medical School\n\n"
            + "- BBC Radio Bristol, 16 March: interview with Professor Marsh-Oduya, who explained that fibroblasts in "
            + "the inflamed joint produce CXCL13, which binds CXCR5 on B cells.\n";

    @Test
    void test_a_storys_bracketed_journal_publishes_it_and_its_spokesperson_marked_study_lead_leads_it() {
        List<String> read = read(COVERAGE);
        assertTrue(read.contains("study publishedIn Annals of the Rheumatic Diseases"), read.toString());
        assertTrue(read.contains("study ledBy Eleanor Marsh-Oduya"), read.toString());
    }

    @Test
    void test_a_verb_the_tagger_calls_a_noun_after_an_adjective_is_a_verb_when_a_name_follows_it() {
        List<String> read = read(COVERAGE);
        assertTrue(read.contains("fibroblast secretes CXCL13"), read.toString());
    }

    @Test
    void test_an_applicant_works_at_the_institution_its_neighbouring_field_names() {
        List<String> read = read("Biobank sample request form\n\nApplicant: Dr. Sanne de Vries-Okoye\n"
                + "Institution: Leiden University Medical Center\n\nScientific rationale: Reed-Sternberg cells secrete "
                + "CCL17, which binds CCR4 on regulatory T cells.\n");
        assertTrue(read.contains("Sanne de Vries-Okoye affiliatedWith Leiden University Medical Center"),
                read.toString());
    }

    @Test
    void test_a_forms_booked_by_and_judge_lines_name_people_but_a_commissioning_office_is_none() {
        List<String> typed = typedNames("Booking confirmed\n\nBooked by: Priyanka Holm-Achebe\n"
                + "Commissioned by: Public Engagement Office, University of Zurich\n\n"
                + "Judge's notes: the poster was clear and the figures were good.\n\nJudge: Dr. Helen Achterberg\n");
        assertTrue(typed.contains("PERSON Priyanka Holm-Achebe"), typed.toString());
        assertTrue(typed.contains("PERSON Helen Achterberg"), typed.toString());
        assertFalse(typed.stream().anyMatch(x -> x.startsWith("PERSON Public")), typed.toString());
    }
}
