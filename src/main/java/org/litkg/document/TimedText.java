package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Captions in TTML, the W3C's Timed Text Markup Language (broadcasters' and streaming services' {@code .ttml}, its
 * older name DFXP's {@code .dfxp}, or {@code .xml} whose root is {@code <tt>}; with or without a {@code tt:} prefix).
 * The head's styling, layout and metadata go; each timed paragraph of the body is a caption, its line breaks spaces,
 * and its speaker the agent it names ({@code ttm:agent}, on the paragraph, a span in it or the division around it).
 * The captions then join as a SubRip file's do ({@link SubtitleText}): broadcast captions cut sentences anywhere.
 */
final class TimedText {

    private TimedText() {
    }

    /** Whether an XML root element is a TTML document. */
    static boolean isTimedText(Element root) {
        return ArticleXml.localName(root).equals("tt");
    }

    /** What the captions say. Throws IllegalArgumentException where the document has no timed paragraph. */
    static String text(Element root) {
        ArticleXml.unprefix(root); // "tt:p" is "p"
        List<SubtitleText.Cue> cues = new ArrayList<>();
        for (Element p : root.select("body p")) {
            p.select("br").forEach(br -> br.replaceWith(new TextNode(" ")));
            cues.add(new SubtitleText.Cue(agent(p), p.text()));
        }
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("TTML without captions: its <body> holds no <p> element");
        }
        return SubtitleText.speech(cues);
    }

    /** Who speaks a caption: the agent named on it, on a span within it, or on an element around it; null if none. */
    private static String agent(Element p) {
        Element named = p.hasAttr("ttm:agent") ? p : p.selectFirst("[ttm:agent]");
        if (named == null) {
            named = p.parents().stream().filter(e -> e.hasAttr("ttm:agent")).findFirst().orElse(null);
        }
        return named == null ? null : named.attr("ttm:agent").strip();
    }
}
