package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference managers' RIS exports and PubMed's MEDLINE exports: records of tagged lines, read field by field. Every
 * record is written for the test.
 */
class TaggedRecordsTest {

    private static final String RIS = "TY  - JOUR\nAU  - Okafor, Ngozi\nAU  - Lindgren, Per A.\n"
            + "TI  - Velorixafor frees T cells\nJO  - Hepatology Letters\nPY  - 2025\n"
            + "AD  - Department of Surgery, Lakeshore University Hospital, Oslo, Norway\n"
            + "AB  - Velorixafor blocks CXCR4. It was not combined with chemotherapy.\nER  - \n\n"
            + "TY  - JOUR\nAU  - Brandt, Jonas\nJO  - Liver Research\nAB  - Tumour cells secrete CXCL12.\nER  - \n";

    @Test
    void test_an_ris_export_splits_into_records_with_their_fields() {
        List<TaggedRecords.Record> records = TaggedRecords.records(RIS);
        assertEquals(2, records.size());
        TaggedRecords.Record first = records.get(0);
        assertEquals(List.of("Okafor, Ngozi", "Lindgren, Per A."),
                first.authors().stream().map(f -> f.content().of(RIS)).toList());
        assertEquals("Hepatology Letters", first.journal().orElseThrow().content().of(RIS));
        assertEquals("Department of Surgery, Lakeshore University Hospital, Oslo, Norway",
                first.affiliations().get(0).content().of(RIS));
        assertEquals("Liver Research", records.get(1).journal().orElseThrow().content().of(RIS));
    }

    @Test
    void test_only_the_title_authors_addresses_journal_and_abstract_are_read_and_the_title_is_the_records() {
        List<String> blocks = PageLayout.proseBlocks(RIS).stream().map(b -> b.of(RIS)).toList();
        assertTrue(blocks.contains("Velorixafor blocks CXCR4. It was not combined with chemotherapy."), blocks.toString());
        assertTrue(blocks.contains("Okafor, Ngozi"), blocks.toString());
        assertTrue(blocks.stream().noneMatch(b -> b.contains("JOUR") || b.equals("2025")), blocks.toString());
        assertEquals("Velorixafor frees T cells", PageLayout.title(RIS));
    }

    @Test
    void test_a_medline_export_reads_its_full_author_names_and_continued_abstract() {
        String medline = "PMID- 40000001\nTI  - Velorixafor in liver cancer.\nAB  - Velorixafor blocks CXCR4 and\n"
                + "      frees T cells.\nFAU - Okafor, Ngozi\nAU  - Okafor N\nJT  - Hepatology Letters\n";
        TaggedRecords.Record r = TaggedRecords.records(medline).get(0);
        assertEquals(List.of("Okafor, Ngozi"), r.authors().stream().map(f -> f.content().of(medline)).toList());
        assertTrue(PageLayout.proseBlocks(medline).stream().anyMatch(b -> b.of(medline).endsWith("frees T cells.")));
    }

    @Test
    void test_prose_with_a_dash_after_a_capital_word_is_no_export() {
        String prose = "CXCR4 - the receptor - binds CXCL12.\nAB - a line.\nThe drug works in mice and in people.\n";
        assertTrue(TaggedRecords.records(prose).isEmpty());
    }
}
