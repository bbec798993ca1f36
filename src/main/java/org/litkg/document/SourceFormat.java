package org.litkg.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The forms a document arrives in, each reduced to the text litkg reads: a file's extension or an HTTP body's media
 * type names one. The file reader and the HTTP write share this, so a page reads the same whichever way it came.
 */
public enum SourceFormat {
    PLAIN, HTML, MARKDOWN, RESTRUCTURED_TEXT, ASCIIDOC, MEDIAWIKI, SUBTITLES, XML, CALENDAR, EMAIL, BIBTEX, LATEX, RTF, CSV,
    NOTEBOOK, ORG,
    WORD, OPEN_DOCUMENT, SLIDES, OPEN_DOCUMENT_SLIDES, SPREADSHEET, OPEN_DOCUMENT_SPREADSHEET, PDF, EPUB, WEB_ARCHIVE;

    /** A document reduced to its readable text, with the title the source gives, if it gives one. */
    public record Reduced(String title, String text) {
    }

    /**
     * The format a file extension names ("txt", "html", "xhtml", "md", "rst", "adoc", "wiki", "srt", "xml", "rss",
     * "atom", "rdf", "ics", "eml", "mhtml", "bib", "tex", "rtf", "csv", "tsv", "ipynb", "org", "docx", "odt", "fodt",
     * "vcf", "pptx", "odp", "xlsx", "ods", "pdf", "epub", "warc", "enw", "ris", "nbib", "mbox", "ttml", "dfxp"), if
     * litkg reads it. A page a browser saved as one file ({@code .mhtml}) is a MIME message, as an e-mail is, and a
     * mailbox holds several; a reference manager's tagged export ({@code .ris}, {@code .enw}, PubMed's {@code .nbib})
     * is text whose tags the extraction reads.
     */
    public static Optional<SourceFormat> ofExtension(String extension) {
        return Optional.ofNullable(switch (extension.toLowerCase(Locale.ROOT)) {
            case "txt", "text", "enw", "ris", "nbib", "vcf", "vcard" -> PLAIN; // a contact card is spelt out as lines
            case "html", "htm", "xhtml", "xht" -> HTML; // XHTML is HTML written as XML, and reads as HTML does
            case "md", "markdown" -> MARKDOWN;
            case "rst", "rest" -> RESTRUCTURED_TEXT;
            case "adoc", "asciidoc" -> ASCIIDOC;
            case "wiki", "mediawiki", "wikitext" -> MEDIAWIKI;
            case "srt", "vtt" -> SUBTITLES;
            case "xml", "nxml", "rss", "atom", "rdf", "ttml", "dfxp" -> XML; // TTML captions are XML, read by their root
            case "ics", "ical" -> CALENDAR;
            case "eml", "mhtml", "mht", "mbox" -> EMAIL;
            case "bib" -> BIBTEX;
            case "tex", "latex" -> LATEX;
            case "rtf" -> RTF;
            case "csv", "tsv", "tab" -> CSV; // the separator is found from the header line
            case "ipynb" -> NOTEBOOK;
            case "org" -> ORG;
            case "docx" -> WORD;
            case "odt", "fodt" -> OPEN_DOCUMENT; // a flat .fodt is the same XML in one file, not zipped
            case "pptx" -> SLIDES;
            case "odp" -> OPEN_DOCUMENT_SLIDES;
            case "xlsx" -> SPREADSHEET;
            case "ods" -> OPEN_DOCUMENT_SPREADSHEET;
            case "pdf" -> PDF;
            case "epub" -> EPUB;
            case "warc" -> WEB_ARCHIVE;
            default -> null;
        });
    }

    /** The HTTP media types that name a format, in the order an error message lists them. */
    private static final Map<String, SourceFormat> MEDIA_TYPES = mediaTypes();

    private static Map<String, SourceFormat> mediaTypes() {
        Map<String, SourceFormat> types = new LinkedHashMap<>();
        types.put("text/plain", PLAIN);
        types.put("text/markdown", MARKDOWN);
        types.put("text/x-rst", RESTRUCTURED_TEXT);
        types.put("text/prs.fallenstein.rst", RESTRUCTURED_TEXT);
        types.put("text/x-wiki", MEDIAWIKI);
        types.put("text/x-mediawiki", MEDIAWIKI);
        types.put("text/asciidoc", ASCIIDOC);
        types.put("text/x-asciidoc", ASCIIDOC);
        types.put("text/html", HTML);
        types.put("application/xhtml+xml", HTML);
        types.put("text/vtt", SUBTITLES);
        types.put("application/x-subrip", SUBTITLES);
        types.put("application/xml", XML);
        types.put("text/xml", XML);
        types.put("application/jats+xml", XML);
        types.put("application/rss+xml", XML);
        types.put("application/atom+xml", XML);
        types.put("application/rdf+xml", XML);
        types.put("application/ttml+xml", XML);
        types.put("text/calendar", CALENDAR);
        types.put("message/rfc822", EMAIL);
        types.put("multipart/related", EMAIL);
        types.put("application/x-mimearchive", EMAIL);
        types.put("application/mbox", EMAIL);
        types.put("application/x-bibtex", BIBTEX);
        types.put("text/x-bibtex", BIBTEX);
        types.put("application/x-tex", LATEX);
        types.put("text/x-tex", LATEX);
        types.put("application/rtf", RTF);
        types.put("text/rtf", RTF);
        types.put("text/csv", CSV);
        types.put("text/tab-separated-values", CSV);
        types.put("application/x-ipynb+json", NOTEBOOK);
        types.put("text/org", ORG);
        types.put("text/x-org", ORG);
        types.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", WORD);
        types.put("application/vnd.oasis.opendocument.text", OPEN_DOCUMENT);
        types.put("application/vnd.oasis.opendocument.text-flat-xml", OPEN_DOCUMENT);
        types.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", SLIDES);
        types.put("application/vnd.oasis.opendocument.presentation", OPEN_DOCUMENT_SLIDES);
        types.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SPREADSHEET);
        types.put("application/vnd.oasis.opendocument.spreadsheet", OPEN_DOCUMENT_SPREADSHEET);
        types.put("application/pdf", PDF);
        types.put("application/epub+zip", EPUB);
        types.put("application/warc", WEB_ARCHIVE);
        types.put("application/x-endnote-refer", PLAIN);
        types.put("application/x-research-info-systems", PLAIN);
        types.put("application/nbib", PLAIN);
        return Collections.unmodifiableMap(types);
    }

    /** The media types a single document may be sent as. */
    public static List<String> mediaTypeNames() {
        return List.copyOf(MEDIA_TYPES.keySet());
    }

    /** The format an HTTP media type names ("text/plain", "text/html", "application/xml"), if litkg reads it. */
    public static Optional<SourceFormat> ofMediaType(String type) {
        return Optional.ofNullable(MEDIA_TYPES.get(type));
    }

    /**
     * Whether the format is binary (Word, OpenDocument, PowerPoint, Excel and EPUB files are zips; a PDF is compressed
     * streams; a web archive's pages may each be in its own encoding, named by its headers): its bytes are reduced as
     * they are, never decoded as text.
     */
    public boolean binary() {
        return this == WORD || this == OPEN_DOCUMENT || this == SLIDES || this == OPEN_DOCUMENT_SLIDES
                || this == SPREADSHEET || this == OPEN_DOCUMENT_SPREADSHEET || this == PDF || this == EPUB || this == WEB_ARCHIVE;
    }

    /**
     * A binary format's text and title ({@link #binary()}). Throws IllegalArgumentException saying what is wrong where
     * the bytes are not what the format says.
     */
    public Reduced reduce(byte[] bytes) {
        if (!binary()) {
            throw new IllegalStateException(this + " is text: decode it and reduce the text");
        }
        Reduced reduced = switch (this) { // a PDF's lines are joined by where they end on the page, not by their lengths
            case OPEN_DOCUMENT -> OpenDocumentText.reduce(bytes);
            case SLIDES -> SlideDeck.reduce(bytes);
            case OPEN_DOCUMENT_SLIDES -> OpenDocumentSlides.reduce(bytes);
            case SPREADSHEET -> SpreadsheetRecords.reduce(bytes);
            case OPEN_DOCUMENT_SPREADSHEET -> OpenDocumentSheets.reduce(bytes);
            case PDF -> PdfText.reduce(bytes);
            case EPUB -> EpubBook.reduce(bytes);
            case WEB_ARCHIVE -> WebArchive.reduce(bytes);
            default -> WordDocument.reduce(bytes);
        };
        return new Reduced(reduced.title(), Typography.plain(Typography.ligatures(reduced.text())));
    }

    /**
     * The text to read and the source's own title, if any. Throws IllegalArgumentException saying what is wrong
     * where the source is not what its format says (a subtitle file without timings, XML that is no article). Ligatures
     * and soft hyphens are spelt out first ({@link Typography}), whatever the format.
     */
    public Reduced reduce(String source) {
        Reduced reduced = reduceTypeset(Typography.ligatures(source));
        return new Reduced(reduced.title(), Typography.plain(reduced.text()));
    }

    /**
     * Plain text's own layouts spelt out as lines to read: a script's directions, contact cards, turns, replies,
     * indexes, tables, class-headed lists.
     */
    private static String plainLines(String source) {
        String carded = ContactCards.spellOut(ScriptDirections.spellOut(source));
        String turns = TranscriptTurns.label(TickerItems.spellOut(carded));
        String said = QuotedReplies.unquote(SpokenPunctuation.restore(turns));
        String indexed = BookIndexEntries.spellOut(said);
        String tabled = ClassHeadedItems.spellOut(PipeTables.spellOut(TabbedRows.spellOut(indexed)));
        return WrappedLines.unwrap(VerseLines.join(tabled));
    }

    private Reduced reduceTypeset(String source) {
        return switch (this) {
            case PLAIN -> new Reduced(null, PubMedAbstractText.looksLike(source) ? PubMedAbstractText.text(source)
                    : !TaggedRecords.records(source).isEmpty() ? source // a tagged export's indented lines are its own
                    : plainLines(source));
            case HTML -> {
                HtmlText.Article article = HtmlText.article(source);
                yield new Reduced(article.title(), article.text());
            }
            case MARKDOWN -> new Reduced(MarkdownText.title(source), MarkdownText.text(source));
            case RESTRUCTURED_TEXT -> new Reduced(RestructuredText.title(source), RestructuredText.text(source));
            case MEDIAWIKI -> MediaWikiText.reduce(source);
            case ASCIIDOC -> new Reduced(AsciiDocText.title(source), AsciiDocText.text(source));
            case SUBTITLES -> new Reduced(null, SubtitleText.text(source));
            case XML -> ArticleXml.reduce(source);
            case CALENDAR -> CalendarEvents.reduce(source);
            case EMAIL -> MailArchive.isArchive(source) ? MailArchive.reduce(source) : MailMessage.read(source);
            case BIBTEX -> new Reduced(null, BibTexRecords.text(source));
            case LATEX -> new Reduced(null, LatexArticle.text(source));
            case RTF -> RtfText.reduce(source);
            case CSV -> new Reduced(null, CsvRecords.text(source));
            case NOTEBOOK -> JupyterNotebook.reduce(source);
            case ORG -> new Reduced(OrgText.title(source), OrgText.text(source));
            case WORD, OPEN_DOCUMENT, SLIDES, OPEN_DOCUMENT_SLIDES, SPREADSHEET, OPEN_DOCUMENT_SPREADSHEET, PDF, EPUB,
                 WEB_ARCHIVE ->
                    throw new IllegalStateException(this + " is binary: reduce its bytes");
        };
    }
}
