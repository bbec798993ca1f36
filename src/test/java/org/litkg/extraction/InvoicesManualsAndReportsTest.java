package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article processing charge invoice (article and journal fields), a user manual's example application (a group
 * that used an instrument), and a histopathology report signed under its trust's heading. Every text is written for
 * the test.
 */
class InvoicesManualsAndReportsTest {

    @Test
    void test_an_invoices_article_and_journal_fields_are_read_as_the_study_and_where_it_appeared() {
        List<String> read = read("INVOICE - Article processing charge\n\nBill to: Dr. Naledi Fairweather-Osei "
                + "(corresponding author), University of Birmingham\n\nArticle: \"Tumour-associated macrophages "
                + "secrete CCL22, which binds CCR4 on regulatory T cells\"\nJournal: Journal for ImmunoTherapy of "
                + "Cancer\n\nPayment within 30 days.\n");
        assertTrue(read.contains("macrophage secretes CCL22"), read.toString());
        assertTrue(read.contains("study publishedIn Journal for ImmunoTherapy of Cancer"), read.toString());
        assertTrue(read.contains("study ledBy Naledi Fairweather-Osei"), read.toString());
    }

    @Test
    void test_a_group_that_used_an_instrument_did_a_study_its_head_leads() {
        List<String> read = read("User Manual - Appendix C\n\nC.3 Example\n\nDr. Lukas Brenner-Adjei's group at the "
                + "University of Bern used this instrument with a 21-colour panel. They showed that dendritic cells "
                + "make CXCL9.\n");
        assertTrue(read.contains("study ledBy Lukas Brenner-Adjei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bern"), read.toString());
    }

    @Test
    void test_a_reports_reported_by_line_places_its_pathologist_at_the_trust_heading_it() {
        List<String> read = read("HISTOPATHOLOGY REPORT\nDepartment of Cellular Pathology, Leeds Teaching "
                + "Hospitals NHS Trust\n\nImmunohistochemistry: the lymphoma cells express CD20 and CXCR4.\n\n"
                + "Reported by: Dr. Priya Anand-Okoro, Consultant Histopathologist\n");
        assertTrue(read.contains("Priya Anand-Okoro affiliatedWith Leeds Teaching Hospitals NHS Trust"),
                read.toString());
    }
}
