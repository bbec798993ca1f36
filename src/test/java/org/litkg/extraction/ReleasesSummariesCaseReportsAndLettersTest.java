package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a regulator's release, a research summary, a case report and a shareholder letter need: a byline whose
 * names carry degrees and an Oxford comma, a chief executive's signature, a journal of the Nature family after a date,
 * a partner given as an example of the usual treatment, a combination a board "would not offer", and a prodrug's ester
 * in its name. Every sentence is written for the test.
 */
class ReleasesSummariesCaseReportsAndLettersTest {

    @Test
    void test_a_case_reports_byline_with_degrees_and_an_oxford_comma_names_its_authors_at_their_hospital() {
        List<String> read = read("Case report\n\nIbrutinib for Waldenström's macroglobulinaemia: a case report\n\n"
                + "Signe Dahl, MD, Petter Aas, MD, PhD, and Kari Vik, MD\nDepartment of Medicine, Oslo University Hospital,"
                + " Oslo, Norway\n\nAbstract\nWe describe a man treated with ibrutinib, which blocks BTK in B cells.");
        assertTrue(read.contains("Signe Dahl affiliatedWith Oslo University Hospital"), read.toString());
        assertTrue(read.contains("study ledBy Kari Vik"), read.toString());
    }

    @Test
    void test_a_letter_signed_by_the_companys_chief_executive_places_her_there() {
        List<String> read = read("Dear shareholders,\n\nThis year our antibody that binds CD38 entered the clinic.\n\n"
                + "Sincerely,\nMaja Lindholm\nChief Executive Officer, Corvane Bio");
        assertTrue(read.contains("Maja Lindholm affiliatedWith Corvane Bio"), read.toString());
    }

    @Test
    void test_a_nature_family_journal_after_a_date_publishes_the_study() {
        List<String> read = read("A team at the University of Oslo found that microglia release C1q. Results appeared"
                + " online on March 3, 2026, in Nature Aging.");
        assertTrue(read.contains("study publishedIn Nature Aging"), read.toString());
    }

    @Test
    void test_a_drug_added_to_the_usual_treatment_such_as_a_named_drug_is_combined_with_it() {
        List<String> read = read("In the trial, 120 patients received rozanolixizumab or placebo in addition to their"
                + " usual treatment, such as pyridostigmine.");
        assertTrue(read.contains("rozanolixizumab combinedWith pyridostigmine"), read.toString());
    }

    @Test
    void test_a_combination_a_board_would_not_offer_is_denied() {
        List<String> read = read("The panel would not offer dupilumab together with another biologic such as omalizumab.");
        assertTrue(read.contains("dupilumab combinedWith omalizumab NEG"), read.toString());
    }

    @Test
    void test_a_prodrug_ester_stays_in_the_drugs_name() {
        // the ester is read with the drug, as a salt is, so "alafenamide" is no word left over and the evidence names both
        List<Statement> read = Readings.statements("Most patients take tenofovir alafenamide combined with emtricitabine.");
        assertTrue(read.stream().anyMatch(x -> x.relation() == RelationType.COMBINED_WITH
                && x.evidence().subject().text().equals("tenofovir alafenamide")), read.toString());
    }
}
