package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.entities;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * An article's "How to cite this article" box, a grant's final report with its publications, a registry's
 * intervention field. Every text is written for the test.
 */
class CitationBoxesReportsAndPostingsTest {

    private static final String CITATION_BOX = """
            How to cite this article
            Fenwick-Ali R, Obuya T, Grant M. Keratinocytes release CCL20 to recruit CCR6+ Th17 cells in psoriasis. \
            J Invest Dermatol. 2026;146(11):2210-2221.

            Article information
            Received: 3 March 2026. Accepted: 9 August 2026.
            Affiliations: Division of Dermatology, University of Manchester, Manchester, UK (Fenwick-Ali, Grant); \
            Department of Pathology, Aga Khan University, Nairobi, Kenya (Obuya).
            Correspondence: Rukhsana Fenwick-Ali, Division of Dermatology, University of Manchester.
            """;

    @Test
    void test_a_how_to_cite_box_is_the_papers_own_citation_and_its_title_is_read() {
        List<String> read = read(CITATION_BOX);
        assertTrue(read.contains("study ledBy Fenwick-Ali R"), read.toString());
        assertTrue(read.contains("study ledBy Grant M"), read.toString());
        assertTrue(read.contains("study publishedIn J Invest Dermatol"), read.toString());
        assertTrue(read.contains("keratinocyte secretes CCL20"), read.toString());
        assertTrue(read.contains("study conductedBy University of Manchester"), read.toString());
    }

    @Test
    void test_bracketed_surnames_after_an_address_work_there_and_not_at_the_next() {
        List<String> read = read(CITATION_BOX);
        assertTrue(read.contains("Grant M affiliatedWith University of Manchester"), read.toString());
        assertTrue(read.contains("Obuya T affiliatedWith Aga Khan University"), read.toString());
        assertFalse(read.stream().anyMatch(l -> l.startsWith("Fenwick-Ali") && l.endsWith("Aga Khan University")),
                read.toString());
    }

    @Test
    void test_a_cited_author_and_her_full_name_are_one_person() {
        long people = entities(CITATION_BOX).stream().filter(e -> e.type() == EntityType.PERSON
                && e.names().keySet().stream().anyMatch(n -> n.contains("Fenwick-Ali"))).count();
        assertEquals(1, people);
    }

    @Test
    void test_two_full_names_that_fit_one_cited_author_leave_it_apart() {
        long people = entities("""
                Publications
                Grant M, Obuya T. CCL20 in skin. J Invest Dermatol. 2026;146(11):2210-2221.

                Dr Maria Grant spoke first. Dr Michael Grant spoke next.
                """).stream().filter(e -> e.type() == EntityType.PERSON
                && e.names().keySet().stream().anyMatch(n -> n.contains("Grant"))).count();
        assertEquals(3, people);
    }

    @Test
    void test_a_final_reports_lead_applicant_did_her_listed_paper_at_her_institution() {
        List<String> read = read("""
                FINAL REPORT - Project grant PG-2291
                Lead applicant: Dr Ines Valcárcel-Moyo, Centro Nacional de Investigaciones Oncológicas (CNIO), Madrid

                Summary of outcomes
                We showed that pancreatic stellate cells secrete CXCL12.

                Publications
                Valcárcel-Moyo I, et al. Gastroenterology. 2025;169(4):811-824.
                """);
        assertTrue(read.contains("study ledBy Ines Valcárcel-Moyo"), read.toString());
        assertTrue(read.contains("study publishedIn Gastroenterology"), read.toString());
        assertTrue(read.stream().anyMatch(l -> l.startsWith("study conductedBy")), read.toString());
    }

    @Test
    void test_a_registrys_intervention_field_is_read() {
        List<String> read = read("""
                Study: NCT05990121 - FRIDA-2
                Intervention: Drug: reparixin (an oral inhibitor of CXCR1 and CXCR2); Drug: paclitaxel
                """);
        assertTrue(read.contains("reparixin blocks CXCR1"), read.toString());
        assertTrue(read.contains("reparixin blocks CXCR2"), read.toString());
    }
}
