package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document kinds the sixty-ninth and seventieth held-out sets brought: a news site's JSON-LD article, a reference
 * manager's BibTeX export, a newsletter saved as an e-mail, a press release saved in Windows-1252, a webinar's WebVTT
 * captions, a preprint's LaTeX source and text a PDF extractor set with ligatures and soft hyphens. Every text is
 * written for the test.
 */
class ExportsMailAndTypesetTextTest extends FileReadingTest {

    @Test
    void test_a_json_ld_article_is_read_from_its_headline_and_body_and_an_array_gives_a_document_a_record()
            throws IOException {
        Files.writeString(dir.resolve("story.json"), """
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "A pill that blocks CCR9", "datePublished": "2026-03-04T09:30:00+01:00",
                 "author": [{"@type": "Person", "name": "Ana Reporter"}],
                 "articleBody": "Velorixafor blocks CCR9 on T cells.\\n\\nIt was tested in Oslo."}
                """);
        Files.writeString(dir.resolve("pair.json"), """
                [{"id": "a1", "title": "One", "text": "Velorixafor blocks CCR9."},
                 {"title": "Two", "abstract": "Tirolimab binds PD-9."},
                 {"title": "Three"}]
                """);
        read(dir);
        Document story = docs.stream().filter(d -> d.id().equals("story")).findFirst().orElseThrow();
        assertEquals("A pill that blocks CCR9", story.title());
        assertTrue(story.text().contains("Velorixafor blocks CCR9 on T cells."), story.text());
        assertEquals("2026-03-04", story.date().orElseThrow().substring(0, 10));
        assertTrue(docs.stream().anyMatch(d -> d.id().equals("a1")), docs.toString());
        assertTrue(docs.stream().anyMatch(d -> d.id().equals("pair-2") && d.text().contains("Tirolimab")), docs.toString());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).where().endsWith("pair.json record 3") && errors.get(0).problem().contains("articleBody"),
                errors.toString());
    }

    private static final String BIB = """
            @comment{jabref-meta: databaseType:bibtex;}
            @article{okafor_velotuzumab_2026,
            	title = {Velotuzumab, an anti-{FGFR9b} antibody, in gastric cancer: a phase 2 trial},
            	abstract = {Background
            Velotuzumab binds {FGFR9b} on 95\\% of tumours (P{\\textless}0.001).
            Findings
            It blocked the receptor.},
            	journal = {The Lancet Imaginary Oncology},
            	author = {Okafor, Ada and Bj{\\o}rnstad, Eirik and M{\\"u}ller-Vogt, Annika and {Velotuzumab Study Group}},
            	month = apr,
            	year = {2026},
            	pages = {512--523},
            }
            """;

    @Test
    void test_a_bibtex_export_is_read_as_medline_records_with_its_markup_reduced() {
        String text = BibTexRecords.text(BIB);
        assertTrue(text.startsWith("PMID- \nDP  - 2026 Apr\nTI  - Velotuzumab, an anti-FGFR9b antibody, in gastric cancer:"),
                text);
        assertTrue(text.contains("AB  - Background: Velotuzumab binds FGFR9b on 95% of tumours (P<0.001). Findings: It "
                + "blocked the receptor.\n"), text);
        assertTrue(text.contains("FAU - Okafor, Ada\nFAU - Bjørnstad, Eirik\nFAU - Müller-Vogt, Annika\n"), text);
        assertFalse(text.contains("Study Group"), text); // a group is no person to lead the work
        assertTrue(text.contains("JT  - The Lancet Imaginary Oncology\n"), text);
        assertEquals(3, TaggedRecords.records(text).get(0).authors().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BibTexRecords.text("Just words."));
        assertTrue(e.getMessage().contains("not a BibTeX file"), e.getMessage());
    }

    private static final String TEX = """
            \\documentclass{article}
            \\usepackage{authblk}
            % Preprint; not peer reviewed.
            \\title{Tirolimab, an anti-PD-9 antibody, in skin cancer}
            \\author[1]{Teodora Vasquez\\thanks{Corresponding author}}
            \\author[2]{Anna van der Berg}
            \\affil[1]{Karolinska Institutet, Stockholm, Sweden}
            \\affil[2]{Moffitt Cancer Center, Tampa, USA}
            \\begin{document}
            \\maketitle
            \\begin{abstract}
            \\textbf{Background.} Tirolimab binds PD-9~\\cite{chen2015} in 47\\% of cases.
            \\end{abstract}
            \\section{Introduction}
            PD-9 is expressed on tumour cells \\citep{a,b}. It was approved in 2024 (Figure~\\ref{fig:km}).

            \\begin{figure}\\caption{Survival.}\\end{figure}
            \\begin{equation} x = \\frac{a}{b} \\end{equation}
            \\bibliography{refs}
            \\end{document}
            """;

    @Test
    void test_a_latex_source_is_read_as_its_article_with_each_author_at_their_affiliation() {
        String text = LatexArticle.text(TEX);
        assertTrue(text.contains("TI  - Tirolimab, an anti-PD-9 antibody, in skin cancer\n"), text);
        assertTrue(text.contains("AB  - Background. Tirolimab binds PD-9 in 47% of cases.\n"), text);
        assertTrue(text.contains("AB  - PD-9 is expressed on tumour cells. It was approved in 2024.\n"), text);
        assertTrue(text.contains("FAU - Vasquez, Teodora\nAD  - Karolinska Institutet, Stockholm, Sweden\n"
                + "FAU - van der Berg, Anna\nAD  - Moffitt Cancer Center, Tampa, USA\n"), text);
        assertFalse(text.contains("Survival") || text.contains("frac") || text.contains("Preprint"), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatexArticle.text("\\section{A}"));
        assertTrue(e.getMessage().contains("\\begin{document}"), e.getMessage());
    }

    @Test
    void test_an_email_is_read_from_its_subject_and_plain_text_part_decoded() {
        String mail = """
                Received: from mail.example.org by mx.example.com
                From: "Brief" <news@example.org>
                Subject: =?UTF-8?Q?Brief_=E2=80=94_a_shuttle?=
                 =?UTF-8?Q?_into_the_brain?=
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: quoted-printable

                Velotinemab binds amyloid-beta and crosses the blood=E2=80=93brain barr=
                ier in mice.
                --b1
                Content-Type: text/html; charset="utf-8"

                <p>HTML copy</p>
                --b1--
                """;
        SourceFormat.Reduced reduced = SourceFormat.EMAIL.reduce(mail);
        assertEquals("Brief — a shuttle into the brain", reduced.title());
        assertTrue(reduced.text().contains("crosses the blood–brain barrier in mice."), reduced.text());
        assertFalse(reduced.text().contains("HTML copy") || reduced.text().contains("Received"), reduced.text());
        String htmlOnly = "From: a@example.org\nSubject: Hi\nContent-Type: text/html; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getEncoder().encodeToString("<p>Tirolimab binds PD-9.</p>".getBytes(StandardCharsets.UTF_8));
        assertTrue(SourceFormat.EMAIL.reduce(htmlOnly).text().contains("Tirolimab binds PD-9."));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceFormat.EMAIL.reduce("Just a note.\n\nNo headers."));
        assertTrue(e.getMessage().contains("not an e-mail message"), e.getMessage());
    }

    @Test
    void test_a_windows_1252_file_is_read_and_text_in_another_script_is_still_refused() throws Exception {
        Files.write(dir.resolve("release.txt"), "Lynozyfic™ – “approved” by the FDA for myeloma patients.\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("shift-jis.txt"), "ベロツズマブはFGFR9bに結合する"
                .getBytes(Charset.forName("Shift_JIS")));
        read(dir);
        assertEquals(1, docs.size(), docs.toString());
        assertTrue(docs.get(0).text().startsWith("Lynozyfic™ – “approved” by the FDA"), docs.get(0).text());
        assertTrue(errors.get(0).where().endsWith("shift-jis.txt") && errors.get(0).problem().contains("not valid UTF-8"),
                errors.toString());
    }

    @Test
    void test_webvtt_captions_with_notes_and_styles_are_read_a_paragraph_a_speakers_turn() {
        String vtt = "WEBVTT\nKind: captions\n\nNOTE\nRecorded at the forum.\nEdited.\n\nSTYLE\n::cue { color: yellow }\n\n"
                + "REGION\nid:r1\n\n1\n00:00:01.000 --> 00:00:04.000 line:85%\n<v Moderator>Our speaker led the trial.</v>\n\n"
                + "2\n00:00:04.500 --> 00:00:08.000\n<v Dr. Okafor>Pancreatic cancer cells secrete CCL2,\n\n"
                + "3\n00:00:08.500 --> 00:00:11.000\n<v Dr. Okafor>and it pulls monocytes into the tumour.\n";
        String text = SubtitleText.text(vtt);
        assertEquals("Our speaker led the trial.\n\nPancreatic cancer cells secrete CCL2, and it pulls monocytes into "
                + "the tumour.\n", text);
    }

    @Test
    void test_ligatures_are_spelt_out_and_words_broken_at_soft_hyphens_joined_in_wrapped_text() {
        String extract = """
                The injectable drugs in late-stage trials act on the message: ﬁrst, an anti\u00AD
                sense oligonucleotide stops hepatocytes from making apolipoprotein(a), and
                then a small interfering RNA does the same, with a diﬀerent mechanism that
                lowers the protein by more than 80 per cent in most of the people treated
                \fRUNNING TITLE OF THE REVIEW                          Halvorsen
                in the trials reported so far, which is more than statins ever managed.
                """;
        String text = SourceFormat.PLAIN.reduce(extract).text();
        assertTrue(text.contains("message: first, an antisense oligonucleotide stops hepatocytes"), text);
        assertTrue(text.contains("with a different mechanism"), text);
        assertTrue(text.contains("treated in the trials reported so far"), text);
        assertFalse(text.contains("RUNNING TITLE") || text.contains("\u00AD"), text);
    }

    @Test
    void test_a_trademark_sign_on_a_brand_leaves_its_sentence_prose() {
        assertTrue(PageLayout.isProse("The FDA has granted accelerated approval to Lynozyfic™ (linvoseltamab-gcpt) for "
                + "adults with myeloma."));
        assertFalse(PageLayout.isProse("© 2026 Regeneron Pharmaceuticals, Inc. All rights reserved."));
    }
}
