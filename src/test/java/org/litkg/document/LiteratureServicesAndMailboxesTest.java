package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the eighty-second held-out set brought, each what a literature service or a mail program gives: a Crossref
 * work list, an OpenAlex works result with its abstracts as inverted indexes, PubTator3's BioC JSON and a mailing list's
 * mbox archive; and the eighty-first set's publication lists. Every file and text is written here.
 */
class LiteratureServicesAndMailboxesTest extends FileReadingTest {

    @Test
    void test_a_crossref_work_list_is_read_as_records_with_its_jats_abstract_and_works_without_one() throws IOException {
        Files.writeString(dir.resolve("crossref.json"), "{\"status\": \"ok\", \"message-type\": \"work-list\", \"message\": "
                + "{\"items\": [{\"DOI\": \"10.1/a\", \"title\": [\"Velorimab in myeloma\"], \"container-title\": [\"Blood\"], "
                + "\"published\": {\"date-parts\": [[2026, 3, 4]]}, \"author\": [{\"given\": \"Ilse\", \"family\": "
                + "\"Brandvold\", \"affiliation\": [{\"name\": \"Halvorsen Cancer Institute, Oslo\"}]}, {\"name\": "
                + "\"The Myeloma Consortium\"}], \"abstract\": \"<jats:title>Abstract</jats:title><jats:p>Velorimab "
                + "<jats:italic>binds</jats:italic> CXCR3.</jats:p><jats:sec><jats:title>Significance:</jats:title>"
                + "<jats:p>It blocks it.</jats:p></jats:sec>\"}, {\"DOI\": \"10.1/b\", \"title\": [\"Sorvalimab plus "
                + "nivolumab\"], \"container-title\": [\"JCO\"], \"author\": [{\"given\": \"Tom\", \"family\": \"Quist\"}]}]}}");
        read(dir);
        assertEquals("PMID- 10.1/a\nDP  - 2026 Mar 4\nTI  - Velorimab in myeloma\nAB  - Velorimab binds CXCR3. "
                + "Significance: It blocks it.\nFAU - Brandvold, Ilse\nAD  - Halvorsen Cancer Institute, Oslo\nJT  - Blood\n\n"
                + "PMID- 10.1/b\nTI  - Sorvalimab plus nivolumab\nFAU - Quist, Tom\nJT  - JCO\n\n", only("crossref").text());
    }

    @Test
    void test_an_openalex_result_puts_its_inverted_abstract_back_in_order_and_places_each_author() throws IOException {
        Files.writeString(dir.resolve("openalex.json"), "{\"meta\": {\"count\": 1}, \"results\": [{\"id\": "
                + "\"https://openalex.org/W1\", \"title\": \"Velorimab in myeloma\", \"publication_date\": \"2026-04-17\", "
                + "\"primary_location\": {\"source\": {\"display_name\": \"Gynecologic Oncology\"}}, \"authorships\": ["
                + "{\"author\": {\"display_name\": \"Paloma Iturbide-Stone\"}, \"institutions\": [{\"display_name\": "
                + "\"Halvorsen Cancer Institute\"}], \"raw_affiliation_strings\": []}, {\"author\": {\"display_name\": "
                + "\"Tom Quist\"}, \"raw_affiliation_strings\": [\"Dept of Surgery, Lund University\"]}], "
                + "\"abstract_inverted_index\": {\"blocks\": [1, 4], \"Velorimab\": [0], \"CXCR3\": [2], \"and\": [3], "
                + "\"CXCR5.\": [5]}}]}");
        Files.writeString(dir.resolve("other.json"), "{\"meta\": {\"count\": 1}, \"results\": [{\"id\": \"x\"}]}");
        read(dir);
        assertEquals("PMID- https://openalex.org/W1\nDP  - 2026 Apr 17\nTI  - Velorimab in myeloma\nAB  - Velorimab blocks "
                + "CXCR3 and blocks CXCR5.\nFAU - Iturbide-Stone, Paloma\nAD  - Halvorsen Cancer Institute\nFAU - Quist, Tom\n"
                + "AD  - Dept of Surgery, Lund University\nJT  - Gynecologic Oncology\n\n", only("openalex").text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("other.json") && e.problem().contains("no text")),
                "a result that is no OpenAlex work is read as a plain record, which has no text: " + errors);
    }

    @Test
    void test_pubtator3_bioc_json_is_read_as_the_xml_form_is() throws IOException {
        Files.writeString(dir.resolve("pubtator.json"), "{\"PubTator3\": [{\"id\": \"40000001\", \"passages\": [{\"infons\": "
                + "{\"type\": \"title\", \"journal\": \"Blood Adv. 2026 Feb 10;10(3):712-724.\", \"year\": 2026, \"authors\": "
                + "\"Brandvold I, Quist-Obara LT\"}, \"offset\": 0, \"text\": \"Velorimab in myeloma.\", \"annotations\": "
                + "[{\"infons\": {\"type\": \"Chemical\", \"valid\": true}, \"text\": \"Velorimab\"}]}, {\"infons\": "
                + "{\"type\": \"abstract\"}, \"offset\": 22, \"text\": \"Velorimab blocks CXCR3.\"}, {\"infons\": {\"type\": "
                + "\"ref\"}, \"text\": \"Nature 2019.\"}]}]}");
        read(dir);
        assertEquals("PMID- 40000001\nDP  - 2026 Feb 10\nTI  - Velorimab in myeloma.\nAB  - Velorimab blocks CXCR3.\n"
                + "FAU - Brandvold, I\nAU  - Brandvold I\nFAU - Quist-Obara, LT\nAU  - Quist-Obara LT\nJT  - Blood Adv\n\n",
                only("pubtator").text());
    }

    @Test
    void test_a_mailbox_is_one_document_of_its_messages_and_a_message_without_headers_is_reported() throws IOException {
        Files.writeString(dir.resolve("list.mbox"), String.join("\n",
                "From list-bounces@example.org  Mon Oct 12 09:14:02 2026",
                "From: Ilse Brandvold <ib@example.org>",
                "Subject: [trials] Velorimab arm",
                "",
                "Velorimab blocks CXCR3 on T cells.",
                ">From the protocol: it is given weekly.",
                "",
                "From what we saw, it works.",
                "",
                "From list-bounces@example.org  Tue Oct 13 16:40:27 2026",
                "From: Tom Quist <tq@example.org>",
                "Subject: Re: [trials] Velorimab arm",
                "",
                "Agreed.",
                "",
                "> Velorimab blocks CXCR3 on T cells.",
                "> It is given weekly, with",
                "> nivolumab.",
                ""));
        Files.writeString(dir.resolve("broken.mbox"), "From a@example.org  Mon Oct 12 09:14:02 2026\nFrom: A <a@example.org>\n"
                + "\nHello.\n\nFrom b@example.org  Mon Oct 12 10:00:00 2026\nno headers here\n");
        read(dir);
        Document list = only("list");
        assertEquals("[trials] Velorimab arm", list.title());
        assertTrue(list.text().startsWith("[trials] Velorimab arm\n\nVelorimab blocks CXCR3 on T cells.\nFrom the "
                + "protocol: it is given weekly.\n"), "the envelope and headers go, mboxrd's >From is unescaped: " + list.text());
        assertTrue(list.text().contains("\nRe: [trials] Velorimab arm\n\nAgreed.\n"), list.text());
        assertTrue(list.text().contains("\nFrom what we saw, it works.\n"), "a body's From line opens no message");
        assertTrue(list.text().contains("\nVelorimab blocks CXCR3 on T cells.\nIt is given weekly, with\n"), list.text());
        assertFalse(list.text().contains(">") || list.text().contains("list-bounces"), list.text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("broken.mbox")
                && e.problem().contains("message 2 of the mailbox: not an e-mail message")), errors.toString());
    }

    @Test
    void test_a_publication_list_under_its_heading_gives_records_and_a_reference_list_gives_none() {
        String text = String.join("\n",
                "Selected publications",
                "1. Brandvold I, Quist-Obara LT, Haddou S. CXCR3 in myeloma. Nat Med. 2025;31(9):2877-2889.",
                "2. Quist-Obara LT, Brandvold I. Velorimab: where next? Blood. 2024 Mar;144(3):251-260. PMID: 401.",
                "Last updated: October 2026",
                "3. Haddou S, Brandvold I. Not in the list. Gut. 2023;72:1-9.",
                "",
                "References",
                "1. Lindqvist M, Obuya T. A cited paper. Lancet. 2020;395:1-9.");
        List<TaggedRecords.Record> records = PublicationLists.records(text);
        assertEquals(2, records.size(), records.toString());
        TaggedRecords.Record first = records.get(0);
        assertEquals(List.of("Brandvold I", "Quist-Obara LT", "Haddou S"),
                first.authors().stream().map(f -> f.content().of(text)).toList());
        assertEquals("Nat Med", first.journal().orElseThrow().content().of(text));
        assertEquals("2024", records.get(1).year().orElseThrow().content().of(text));
        List<String> read = PageLayout.proseBlocks(text).stream().map(b -> b.of(text)).toList();
        assertEquals(List.of("Brandvold I", "Quist-Obara LT", "Haddou S", "Nat Med", "Quist-Obara LT", "Brandvold I", "Blood"),
                read, "authors and journals are read, titles and the cited references are not");
        assertFalse(read.stream().anyMatch(b -> b.contains("Lancet")));
    }
}
