package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The forms the ninety-eighth held-out set brought: a Bluesky thread as the API returns it, a Reddit discussion as its
 * .json address returns it, a DocBook article and broadcast captions in TTML. Every file is written here, every name
 * invented.
 */
class BlueskyRedditDocBookAndTtmlTest extends FileReadingTest {

    private static String post(String uri, String created, String text, String facets) {
        return "{\"uri\":\"" + uri + "\",\"author\":{\"did\":\"did:plc:a\",\"handle\":\"ilse.bsky.social\"},"
                + "\"record\":{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"" + created + "\",\"text\":\"" + text
                + "\"" + (facets.isEmpty() ? "" : ",\"facets\":[" + facets + "]") + ",\"embed\":{\"$type\":"
                + "\"app.bsky.embed.external\",\"external\":{\"title\":\"Card title\",\"description\":\"Card text\"}}}}";
    }

    private static String facet(int start, int end, String feature) {
        return "{\"index\":{\"byteStart\":" + start + ",\"byteEnd\":" + end + "},\"features\":[{\"$type\":"
                + "\"app.bsky.richtext.facet#" + feature + "\"}]}";
    }

    @Test
    void test_a_bluesky_thread_is_one_document_in_writing_order_without_tags_counters_mentions_or_cards()
            throws IOException {
        // "🧵" is four bytes in UTF-8: the facets' byte offsets, not character offsets, must find "#oncology".
        String first = "Velorimab blocks CD47 🧵 1/2 #oncology doi.org/10.1/x";
        String reply = "@ilse.bsky.social The trial was led by Ilse Brandvold. 2/2";
        Files.writeString(dir.resolve("thread.json"), "{\"thread\":{\"$type\":\"app.bsky.feed.defs#threadViewPost\","
                + "\"post\":" + post("at://a/1", "2026-11-20T14:02:51Z", first,
                        facet(31, 40, "tag\",\"tag\":\"oncology") + "," + facet(41, 55, "link\",\"uri\":\"https://doi.org/10.1/x"))
                + ",\"replies\":[{\"post\":" + post("at://a/2", "2026-11-20T14:03:00Z", reply,
                        facet(0, 17, "mention\",\"did\":\"did:plc:a")) + ",\"replies\":[]}]}}");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Velorimab blocks CD47\n\nhttps://doi.org/10.1/x\n\nThe trial was led by Ilse Brandvold.\n",
                only("thread").text());
    }

    @Test
    void test_a_reddit_discussion_reads_its_title_and_comments_in_page_order_unescaped_without_the_pinned_notice()
            throws IOException {
        Files.writeString(dir.resolve("discussion.json"), "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":"
                + "\"t3\",\"data\":{\"title\":\"Velorimab blocks CD47, a trial finds\",\"selftext\":\"\"}}]}},"
                + "{\"kind\":\"Listing\",\"data\":{\"children\":["
                + "{\"kind\":\"t1\",\"data\":{\"body\":\"Welcome to r/science! Rules apply.\",\"distinguished\":"
                + "\"moderator\",\"stickied\":true,\"replies\":\"\"}},"
                + "{\"kind\":\"t1\",\"data\":{\"body\":\"Velorimab &amp; rituximab were given **together**.\","
                + "\"body_html\":\"&lt;div&gt;Velorimab &amp;amp; rituximab&lt;/div&gt;\",\"replies\":{\"kind\":\"Listing\","
                + "\"data\":{\"children\":[{\"kind\":\"t1\",\"data\":{\"body\":\"Was it led by Ilse Brandvold?\","
                + "\"replies\":\"\"}}]}}}},"
                + "{\"kind\":\"t1\",\"data\":{\"body\":\"[deleted]\",\"replies\":\"\"}},"
                + "{\"kind\":\"more\",\"data\":{\"count\":12,\"children\":[\"x\"]}}]}}]");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Velorimab blocks CD47, a trial finds", only("discussion").title());
        assertEquals("Velorimab blocks CD47, a trial finds\n\nVelorimab & rituximab were given together.\n\n"
                + "Was it led by Ilse Brandvold?\n", only("discussion").text());
    }

    @Test
    void test_a_docbook_article_reads_as_a_record_with_authors_affiliations_journal_and_footnotes_after_their_paragraph()
            throws IOException {
        Files.writeString(dir.resolve("article.xml"), "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">"
                + "<info><title>Velorimab in lymphoma</title><subtitle>a phase 1 study</subtitle><authorgroup><author>"
                + "<personname><firstname>Ilse</firstname><surname>Brandvold</surname></personname><affiliation>"
                + "<orgdiv>Department of Haematology</orgdiv><orgname>Fjordton University Hospital</orgname></affiliation>"
                + "</author></authorgroup><biblioset relation=\"journal\"><title>Clinical Lymphoma Letters</title>"
                + "</biblioset><pubdate>2026-04</pubdate><abstract><title>Abstract</title><para>Velorimab binds CD47."
                + "</para></abstract></info><section><title>Introduction</title><para>CD47 is found on lymphoma cells"
                + "<footnote><para>In most of them.</para></footnote> <citation>1</citation> (see <xref linkend=\"t\"/>)."
                + "</para><table xml:id=\"t\"><title>Doses</title><tgroup cols=\"1\"><tbody><row><entry>4 mg</entry>"
                + "</row></tbody></tgroup></table></section><bibliography><biblioentry><title>Old paper</title>"
                + "</biblioentry></bibliography></article>");
        Files.writeString(dir.resolve("jats.xml"), "<article><front><article-meta><title-group><article-title>JATS"
                + "</article-title></title-group></article-meta></front><body><p>Still JATS.</p></body></article>");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("PMID- \nDP  - 2026 Apr\nTI  - Velorimab in lymphoma: a phase 1 study\nAB  - Velorimab binds CD47.\n"
                + "AB  - CD47 is found on lymphoma cells. In most of them.\nFAU - Brandvold, Ilse\n"
                + "AD  - Department of Haematology, Fjordton University Hospital\nJT  - Clinical Lymphoma Letters\n\n",
                only("article").text());
        assertTrue(only("jats").text().contains("TI  - JATS\n") && only("jats").text().contains("AB  - Still JATS."),
                only("jats").text());
    }

    @Test
    void test_ttml_captions_join_across_timed_paragraphs_and_part_at_each_speakers_turn() throws IOException {
        String tt = "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\"><head>"
                + "<metadata><ttm:title>Health Desk</ttm:title></metadata><styling><style xml:id=\"s\"/></styling>"
                + "</head><body><div><p begin=\"00:00:01.000\" end=\"00:00:03.000\" ttm:agent=\"reporter\">Velorimab,"
                + "<br/>a new drug, blocks</p><p begin=\"00:00:03.100\" end=\"00:00:05.000\" ttm:agent=\"reporter\">CD47."
                + "</p><p begin=\"00:00:05.100\" end=\"00:00:06.000\">[MUSIC]</p><p begin=\"00:00:06.100\" "
                + "end=\"00:00:08.000\"><span ttm:agent=\"doctor\">It works.</span></p></div></body></tt>";
        Files.writeString(dir.resolve("report.ttml"), tt);
        Files.writeString(dir.resolve("saved.xml"), tt);
        Files.writeString(dir.resolve("silent.dfxp"), "<tt><body><div/></body></tt>");
        read(dir);
        assertEquals("Velorimab, a new drug, blocks CD47.\n\nIt works.\n", only("report").text());
        assertEquals(only("report").text(), only("saved").text());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).toString().contains("silent.dfxp") && errors.get(0).toString().contains("no <p>"),
                errors.toString());
    }
}
