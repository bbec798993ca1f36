package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest extends FileReadingTest {

    @Test
    void test_reader_reports_each_bad_file_and_reads_the_good_ones() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Maraviroc blocks CCR5 on T cells in this new study of patients.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 4});
        Files.write(dir.resolve("sjis.txt"), "abc\u30d9\u30ed\u30c4\u30ba\u30de\u30d6"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        read(dir, dir.resolve("missing.txt"));
        assertEquals(1, docs.size());
        assertEquals("good", docs.get(0).id());
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("empty.txt") && e.problem().contains("empty")));
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("binary.txt") && e.problem().contains("binary")));
        // not UTF-8, and its bytes outside ASCII come in runs, as no Western text in Windows-1252 has them
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("sjis.txt") && e.problem().contains("UTF-8")
                && e.problem().contains("offset 3")));
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("missing.txt") && e.problem().contains("no such file")));
    }

    @Test
    void test_reader_reads_json_lines_records_and_reports_bad_lines() throws IOException {
        Path jsonl = dir.resolve("abstracts.jsonl");
        Files.writeString(jsonl, """
                {"id": "pmid-1", "title": "A title", "abstract": "Plerixafor blocks CXCR4 in mice.", "source": "PubMed"}
                not json
                {"id": "pmid-2", "text": ""}
                {"id": "pmid-3", "text":
                {"id": "pmid-4", "text": "CCL2 binds CCR2."}
                """);
        read(jsonl);
        assertEquals(List.of("pmid-1", "pmid-4"), docs.stream().map(d -> d.id()).toList());
        assertTrue(docs.get(0).text().startsWith("A title\n"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).where().endsWith("line 2"));
        assertTrue(errors.get(2).where().endsWith("line 4") && errors.get(2).toString().contains("ends before"), errors.toString());
    }

    @Test
    void test_json_lines_short_escapes_for_a_page_break_and_a_backspace_are_read() throws IOException {
        Path jsonl = dir.resolve("pages.jsonl");
        // as Python's json module writes pdftotext's page break; a backslash before it, escaped, stays a backslash
        Files.writeString(jsonl, "{\"id\": \"p-1\", \"text\": \"Plerixafor blocks CXCR4.\\fPage 2.\\b Path C:\\\\files\"}\n");
        read(jsonl);
        assertEquals(List.of(), errors, errors.toString());
        assertEquals("Plerixafor blocks CXCR4.\fPage 2.\b Path C:\\files", docs.get(0).text());
    }

    @Test
    void test_layout_keeps_prose_and_drops_page_furniture() {
        String page = """
                Signal of Hope
                ⬡ 2 pillars detected
                Tech Stocks & SemiconductorsEnergy & Infrastructure
                Researchers found that the drug blocks the receptor in tumour samples from patients.
                [1] Web – FDA-approved drug may finally help
                Share this article
                """;
        List<Span> prose = PageLayout.proseBlocks(page);
        assertEquals(1, prose.size());
        assertTrue(prose.get(0).of(page).startsWith("Researchers found"));
        assertEquals("Signal of Hope", PageLayout.title(page));
    }

    @Test
    void test_dates_reads_written_dates() {
        assertEquals("2026-02-17", Dates.first("published a study on February 17, 2026 in the journal").orElseThrow());
        assertEquals("2026-07-02", Dates.first("Thursday, 2 July 2026").orElseThrow());
        assertTrue(Dates.first("no date here").isEmpty());
    }
}
