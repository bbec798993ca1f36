package org.litkg.document;

import java.util.Locale;
import java.util.Optional;

/**
 * The forms a document arrives in, each reduced to the text litkg reads: a file's extension or an HTTP body's media
 * type names one. The file reader and the HTTP write share this, so a page reads the same whichever way it came.
 */
public enum SourceFormat {
    PLAIN, HTML, MARKDOWN, SUBTITLES, XML;

    /** A document reduced to its readable text, with the title the source gives, if it gives one. */
    public record Reduced(String title, String text) {
    }

    /** The format a file extension names ("txt", "html", "md", "srt", "xml"), if litkg reads it. */
    public static Optional<SourceFormat> ofExtension(String extension) {
        return Optional.ofNullable(switch (extension.toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> PLAIN;
            case "html", "htm" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "srt", "vtt" -> SUBTITLES;
            case "xml", "nxml" -> XML;
            default -> null;
        });
    }

    /** The format an HTTP media type names ("text/plain", "text/html", "application/xml"), if litkg reads it. */
    public static Optional<SourceFormat> ofMediaType(String type) {
        return Optional.ofNullable(switch (type) {
            case "text/plain" -> PLAIN;
            case "text/html" -> HTML;
            case "text/markdown" -> MARKDOWN;
            case "text/vtt", "application/x-subrip" -> SUBTITLES;
            case "application/xml", "text/xml", "application/jats+xml" -> XML;
            default -> null;
        });
    }

    /**
     * The text to read and the source's own title, if any. Throws IllegalArgumentException saying what is wrong
     * where the source is not what its format says (a subtitle file without timings, XML that is no article).
     */
    public Reduced reduce(String source) {
        return switch (this) {
            case PLAIN -> new Reduced(null, WrappedLines.unwrap(source));
            case HTML -> {
                HtmlText.Article article = HtmlText.article(source);
                yield new Reduced(article.title(), article.text());
            }
            case MARKDOWN -> new Reduced(MarkdownText.title(source), MarkdownText.text(source));
            case SUBTITLES -> new Reduced(null, SubtitleText.text(source));
            case XML -> new Reduced(null, ArticleXml.text(source));
        };
    }
}
