package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the ninety-first and ninety-second held-out sets brought: an NIH RePORTER answer, a Zenodo record, an
 * XHTML page, a tab-separated tracker, and a text hard-wrapped at 120 columns. Every file is written here.
 */
class GrantsZenodoXhtmlAndTabSeparatedTest extends FileReadingTest {

    @Test
    void test_a_reporter_project_reads_as_a_record_whose_investigators_are_no_authors() throws IOException {
        Files.writeString(dir.resolve("reporter.json"), "{\"meta\": {\"total\": 1}, \"results\": [{\"appl_id\": 1, "
                + "\"project_num\": \"1R01CA000001-01\", \"project_start_date\": \"2026-07-01T12:07:00Z\", "
                + "\"project_title\": \"Velorimab in lymphoma\", \"abstract_text\": \"PROJECT SUMMARY\\nVelorimab binds "
                + "CD47.\", \"phr_text\": \"PROJECT NARRATIVE\\nIt may help.\", \"organization\": {\"org_name\": "
                + "\"LAKESHORE UNIVERSITY AT FJORDTON\"}, \"principal_investigators\": [{\"full_name\": \"Tom  Quist\", "
                + "\"is_contact_pi\": false}, {\"full_name\": \"Ilse M Brandvold\", \"is_contact_pi\": true}], "
                + "\"agency_ic_admin\": {\"name\": \"National Cancer Institute\"}}]}");
        read(dir);
        assertEquals("PMID- 1R01CA000001-01\nDP  - 2026 Jul 01\nTI  - Velorimab in lymphoma\nAB  - Velorimab binds CD47. "
                + "It may help.\nFIR - Brandvold, Ilse M\nIRAD- Lakeshore University at Fjordton\nFIR - Quist, Tom\n\n",
                only("reporter").text());
    }

    @Test
    void test_a_zenodo_record_reads_its_html_description_and_its_creators_with_their_affiliations() throws IOException {
        Files.writeString(dir.resolve("zenodo.json"), "{\"id\": 7, \"doi\": \"10.5281/zenodo.7\", \"metadata\": {"
                + "\"title\": \"Velorimab poster\", \"publication_date\": \"2026-11-07\", \"description\": \"<p><strong>"
                + "Background:</strong> Velorimab binds PD-L1 &amp; 4-1BB.</p><p>Not peer reviewed.</p>\", \"creators\": "
                + "[{\"name\": \"Brandvold, Ilse\", \"affiliation\": \"Lakeshore Institutet\"}, {\"name\": \"Quist, Tom\"}],"
                + " \"resource_type\": {\"type\": \"poster\"}}}");
        read(dir);
        assertEquals("PMID- 10.5281/zenodo.7\nDP  - 2026 Nov 07\nTI  - Velorimab poster\nAB  - Background: Velorimab binds "
                + "PD-L1 & 4-1BB. Not peer reviewed.\nFAU - Brandvold, Ilse\nAD  - Lakeshore Institutet\nFAU - Quist, Tom\n\n",
                only("zenodo").text());
    }

    @Test
    void test_xhtml_reads_as_html_and_a_tracker_as_its_headlines_and_summaries_beside_a_gold_table() throws IOException {
        Files.writeString(dir.resolve("page.xhtml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC "
                + "\"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html xmlns=\""
                + "http://www.w3.org/1999/xhtml\"><head><title>Velorimab news</title><script type=\"text/javascript\">"
                + "//<![CDATA[\nif (a < b) { go(); }\n//]]></script></head><body><h1>Velorimab news</h1><p>Velorimab, a "
                + "pill, blocks CSF1R&#160;on macrophages.</p></body></html>");
        Files.writeString(dir.resolve("tracker.tsv"), "date\toutlet\theadline\tsummary\ttone\n2026-11-03\tLakeshore Wire\t"
                + "Velorimab wins nod\tThe agency approved velorimab, which binds PD-L1.\tpositive\n");
        Files.writeString(dir.resolve("set-gold.tsv"), "# a gold file beside its documents\n"
                + "tracker.tsv\tvelorimab\tbinds\tPD-L1\n");
        read(dir);
        assertTrue(errors.isEmpty(), "a commented table is litkg's own, no document: " + errors);
        Document page = only("page");
        assertTrue(page.text().contains("Velorimab, a pill, blocks CSF1R"), page.text());
        assertTrue(!page.text().contains("go()"), "a script is no text: " + page.text());
        String tracker = only("tracker").text();
        assertTrue(tracker.contains("TI  - Velorimab wins nod") && tracker.contains("AB  - The agency approved velorimab"),
                tracker);
        assertTrue(!tracker.contains("Lakeshore Wire"), "an outlet is no journal: " + tracker);
    }

    @Test
    void test_a_text_hard_wrapped_at_120_columns_is_joined_into_its_sentences() {
        String line = "On November 17, 2026, Orvane Biologics announced that results from the first-in-human trial of "
                + "OVB-3310, its";
        String text = line + "\nantibody-drug conjugate directed against B7-H4, were published in the Annals of Oncology. "
                + "B7-H4 is a\ncheckpoint protein found on the surface of most breast and ovarian cancer cells but on few "
                + "healthy\ntissues. The trial was led by Dr. Hollis Varga of the Lakeshore Cancer Center and enrolled 74 "
                + "patients with\nadvanced solid tumors.\n";
        List<String> blocks = PageLayout.proseBlocks(WrappedLines.unwrap(text)).stream()
                .map(b -> b.of(WrappedLines.unwrap(text))).toList();
        assertTrue(blocks.stream().anyMatch(b -> b.contains("OVB-3310, its antibody-drug conjugate directed against B7-H4")),
                blocks.toString());
    }

    @Test
    void test_a_role_label_and_the_person_in_it_is_kept_and_a_bare_label_is_not() {
        String text = "Thoracic Tumor Board\n\nChair: Dr. Amara Osei, thoracic medical oncology\nHost: Prof. Willem de "
                + "Vries\nRecorder: Tomas Ferreira, clinical research coordinator\nChair: to be confirmed\n";
        List<String> blocks = PageLayout.proseBlocks(text).stream().map(b -> b.of(text)).toList();
        assertTrue(blocks.contains("Chair: Dr. Amara Osei, thoracic medical oncology"), blocks.toString());
        assertTrue(blocks.contains("Host: Prof. Willem de Vries"), blocks.toString());
        assertTrue(blocks.contains("Recorder: Tomas Ferreira, clinical research coordinator"), blocks.toString());
        assertTrue(blocks.stream().noneMatch(b -> b.contains("confirmed")), blocks.toString());
    }
}
