package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document kinds the sixty-fifth and sixty-sixth held-out sets brought: a saved news page in HTML, a video's
 * subtitle file and an encyclopedia page in Markdown, each reduced to its text; and a byline that one address line
 * under it serves for all its authors. Every page is written for the test.
 */
class PagesSubtitlesAndMarkdownTest {

    @TempDir
    Path dir;

    private final List<Document> docs = new ArrayList<>();
    private final List<DocumentError> errors = new ArrayList<>();

    private Document read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        new DocumentReader().read(List.of(file), docs::add, errors::add);
        return docs.isEmpty() ? null : docs.get(docs.size() - 1);
    }

    @Test
    void test_an_html_page_keeps_its_articles_paragraphs_and_drops_its_chrome() {
        HtmlText.Article a = HtmlText.article("<html><head><title>Velestrant | Wire</title></head><body>"
                + "<div class='cookie'>We use cookies. Accept all</div><header><nav>Home &gt; News</nav></header>"
                + "<main><article><h1>Velestrant degrades the receptor</h1><p>Velestrant binds the estrogen receptor."
                + "</p><blockquote><p>A quoted paragraph.</p></blockquote><p>It was approved in 2025.</p></article>"
                + "<aside><h2>Related stories</h2><li>Another story</li></aside></main><footer>© Wire</footer></body></html>");
        assertEquals("Velestrant | Wire", a.title());
        assertTrue(a.text().contains("Velestrant binds the estrogen receptor.\n"), a.text());
        assertTrue(a.text().contains("It was approved in 2025."), a.text());
        assertTrue(a.text().contains("A quoted paragraph."), a.text());
        assertFalse(a.text().contains("cookies") || a.text().contains("Related") || a.text().contains("Home"), a.text());
    }

    @Test
    void test_a_subtitle_file_is_read_as_what_is_said() throws IOException {
        Document d = read("explainer.srt", "1\n00:00:00,000 --> 00:00:03,400\nHi, I'm Dr. Lena Ruiz,\na rheumatologist.\n\n"
                + "2\n00:00:03,400 --> 00:00:06,800\nVelocitinib blocks two enzymes,\n<i>TYK2 and JAK1.</i>\n\n"
                + "3\n00:00:07,000 --> 00:00:09,000\n[MUSIC]\n\n4\n00:00:09,000 --> 00:00:12,000\nThanks for watching.\n");
        assertEquals(List.of(), errors);
        assertEquals("Hi, I'm Dr. Lena Ruiz, a rheumatologist. Velocitinib blocks two enzymes, TYK2 and JAK1.\n\n"
                + "Thanks for watching.\n", d.text());
    }

    @Test
    void test_a_webvtt_file_is_read_and_a_subtitle_file_without_timings_is_reported() throws IOException {
        Document d = read("talk.vtt", "WEBVTT\n\nNOTE written for the test\n\nintro\n00:01.000 --> 00:04.000 align:start\n"
                + "<v Dr Ruiz>CXCL12 binds CXCR4.\n");
        assertEquals("CXCL12 binds CXCR4.\n", d.text());
        read("notes.srt", "These are notes, not subtitles.\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).where().endsWith("notes.srt") && errors.get(0).problem().contains("no cue timing"),
                errors.toString());
    }

    @Test
    void test_a_markdown_page_loses_its_markup_its_footnotes_and_its_references() throws IOException {
        Document d = read("velimab.md", "# Velimab\n\n**Velimab** binds [IL-23](/wiki/IL-23) and blocks it.[^1]\n\n"
                + "| Target | IL-23 p19 |\n|---|---|\n| Class | *Interleukin-23 inhibitor* |\n\n"
                + "> It has not been combined with `vedolizumab`.\n\n```\ncode = 1\n```\n\n## References\n\n"
                + "1. Okafor N. Velimab blocks IL-17. *Gut*. 2024.\n\n[^1]: A footnote that states velimab blocks IL-6.\n");
        assertEquals("Velimab", d.title());
        assertTrue(d.text().contains("Velimab binds IL-23 and blocks it.\n"), d.text());
        assertTrue(d.text().contains("Target: IL-23 p19\nClass: Interleukin-23 inhibitor"), d.text());
        assertTrue(d.text().contains("It has not been combined with vedolizumab."), d.text());
        assertFalse(d.text().contains("IL-17") || d.text().contains("IL-6") || d.text().contains("code")
                || d.text().contains("**") || d.text().contains("---"), d.text());
    }

    @Test
    void test_a_byline_over_one_address_is_kept_at_the_top_but_not_as_a_closing_signature() {
        String notice = "Retraction of a study\n\nAsha Menon, Pavel Novak, Ruth Okafor-Lind\n\n"
                + "Department of Haematology, Lakeshore University Hospital, Oslo, Norway\n\n"
                + "The article reported that velorixafor blocks CXCR4 on myeloma cells in the marrow.\n\n"
                + "Dr Asha Menon and Professor Pavel Novak\nSchool of Medicine, Harbour University\n";
        List<String> blocks = PageLayout.proseBlocks(notice).stream().map(b -> b.of(notice)).toList();
        assertTrue(blocks.contains("Asha Menon, Pavel Novak, Ruth Okafor-Lind"), blocks.toString());
        assertTrue(blocks.contains("Department of Haematology, Lakeshore University Hospital, Oslo, Norway"), blocks.toString());
        assertEquals(3, AuthorLines.sharedAddressAuthors("Asha Menon, Pavel Novak, Ruth Okafor-Lind",
                "Department of Haematology, Lakeshore University Hospital, Oslo, Norway").size());
        assertTrue(AuthorLines.inFrontMatter(List.of("Retraction of a study", "Asha Menon, Pavel Novak")::get, 1));
        assertFalse(AuthorLines.inFrontMatter(List.of("The article reported that velorixafor blocks CXCR4 on cells.",
                "Dr Asha Menon and Professor Pavel Novak")::get, 1));
    }
}
