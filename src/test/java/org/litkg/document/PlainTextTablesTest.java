package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tables typed as plain text with bars between the cells (the hundred-and-eighty-sixth held-out set's patient decision
 * aid, the fifty-first set's comparison table): spelt out as sentences about the thing each row or column names, where
 * page layout would drop every line with a bar as a masthead. Every table is written for the test.
 */
class PlainTextTablesTest {

    private static String plain(String text) {
        return SourceFormat.PLAIN.reduce(text).text();
    }

    @Test
    void test_a_table_of_drugs_by_row_gives_a_glossary_line_per_drug() {
        String text = plain("Medicines for gout flares\n\nMedicine | Kind | How it works | Status\n"
                + "Colchicine | plant alkaloid | binds tubulin in neutrophils | approved by the FDA in 2009\n"
                + "Anakinra | recombinant protein | blocks the IL-1 receptor | used off label\n\nAsk your doctor.\n");
        assertTrue(text.contains("Colchicine: plant alkaloid; binds tubulin in neutrophils; approved by the FDA in 2009."), text);
        assertTrue(text.contains("Anakinra: recombinant protein; blocks the IL-1 receptor; used off label."), text);
        assertFalse(text.contains("|"), text);
    }

    @Test
    void test_a_table_of_options_by_column_gives_each_cell_its_columns_name() {
        String text = plain("Your question | Tablets (allopurinol) | Febuxostat tablets\n"
                + "What is it? | A medicine that lowers uric acid. | A drug that blocks xanthine oxidase.\n"
                + "Can I take it with colchicine? | Colchicine is often given with allopurinol at first. "
                + "| It is given together with colchicine for six months.\n"
                + "Approved by | EMA | FDA\n");
        assertTrue(text.contains("Febuxostat tablets: A drug that blocks xanthine oxidase."), text);
        assertTrue(text.contains("Febuxostat tablets is given together with colchicine for six months."), text);
        assertTrue(text.contains("Colchicine is often given with allopurinol at first."), text); // a sentence of its own
        assertTrue(text.contains("Febuxostat tablets: approved by FDA."), text); // a bare name keeps its row's label
        assertFalse(text.contains("What is it?"), text);
    }

    @Test
    void test_mastheads_and_a_cv_of_names_and_dates_stay_as_written() {
        String masthead = "By Priya Raman | Health & Science | 17 November 2026\n\nThe drug blocks CXCR4.\n";
        assertEquals(masthead.strip(), plain(masthead).strip());
        String cv = "Education\nUniversity of Oxford | DPhil | 09/2012 | Clinical Medicine\n"
                + "University of Washington | Postdoctoral Fellow | 08/2017 | Pulmonary Immunology\n"
                + "Karolinska Institutet | MD | 05/2008 | Medicine\n";
        assertEquals(cv.strip(), plain(cv).strip());
    }

    @Test
    void test_an_approved_use_column_says_the_agency_approved_the_drug_for_it() {
        String table = """
                Novel Drug Approvals

                Brand name | Active ingredient | Approval date | FDA-approved use
                Aphexda | motixafortide | 9/8/2023 | To mobilize stem cells for collection
                Xolremdi | mavorixafor | 4/26/2024 | To treat WHIM syndrome
                """;
        String text = PipeTables.spellOut(table);
        assertTrue(text.contains("Xolremdi: mavorixafor; approval date 4/26/2024; approved by the FDA to treat WHIM "
                + "syndrome."), text);
    }
}
