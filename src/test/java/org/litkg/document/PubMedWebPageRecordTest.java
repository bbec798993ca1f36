package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A PubMed record copied from its web page, as the hundred-and-forty-third held-out set brought one: superscript marks
 * written after the authors' names, an "Affiliations" block of numbered lines, the PMID and DOI line and an "Abstract"
 * heading before the abstract, keywords after it. Every text is written for the test.
 */
class PubMedWebPageRecordTest {

    private static final String RECORD = """
            J Immunol. 2026 Oct 2;217(7):1401-1412. doi: 10.4049/jimmunol.2600123. Epub 2026 Sep 12.

            Stromal CXCL12 holds plasma cells in the inflamed synovium

            Maren Tolliver-Sand 1, Kofi Abernathy-Lund 2, Ines Castellano-Ruiz 1 2

            Affiliations
            1 Department of Rheumatology, Leiden University Medical Center, Leiden, the Netherlands.
            2 Kennedy Institute of Rheumatology, University of Oxford, Oxford, UK.

            PMID: 41100001 DOI: 10.4049/jimmunol.2600123

            Abstract
            Synovial fibroblasts secrete CXCL12, which binds CXCR4 on plasma cells. Plerixafor released them.

            Keywords: CXCL12; CXCR4; plasma cells.

            Copyright © 2026 by The American Association of Immunologists, Inc.
            """;

    @Test
    void test_a_record_copied_from_its_web_page_keeps_its_abstract_and_places_each_author() {
        assertTrue(PubMedAbstractText.looksLike(RECORD));
        String text = PubMedAbstractText.text(RECORD);
        assertTrue(text.contains("AB  - Synovial fibroblasts secrete CXCL12, which binds CXCR4 on plasma cells. "
                + "Plerixafor released them.\n"), text);
        assertTrue(text.contains("AU  - Maren Tolliver-Sand\nAD  - Department of Rheumatology, Leiden University Medical "
                + "Center, Leiden, the Netherlands.\n"), text);
        assertTrue(text.contains("AU  - Ines Castellano-Ruiz\nAD  - Department of Rheumatology, Leiden University Medical "
                + "Center, Leiden, the Netherlands.\nAD  - Kennedy Institute of Rheumatology, University of Oxford, "
                + "Oxford, UK.\n"), text);
        assertFalse(text.contains("Keywords") || text.contains("Affiliations") || text.contains("Abstract\n"), text);
    }
}
