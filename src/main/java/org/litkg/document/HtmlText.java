package org.litkg.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reduces an HTML page to its article text with a real HTML parser (jsoup). */
public final class HtmlText {

    /** The page's title and its readable text, one block a line. */
    public record Article(String title, String text) {
    }

    private HtmlText() {
    }

    public static Article article(String html) {
        return article(Jsoup.parse(html));
    }

    /** A parsed page's title and readable text; the page loses its furniture (menus, scripts, asides) on the way. */
    static Article article(Document doc) {
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : root.select("h1, h2, h3, h4, p, li, blockquote, figcaption, pre")) {
            if (!block.tagName().equals("li") && holdsParagraphs(block)) {
                continue; // its paragraphs are lines of their own
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        if (text.isEmpty()) {
            text.append(root.text());
        }
        return new Article(doc.title().isBlank() ? null : doc.title().strip(), text.toString());
    }

    /** Whether a block holds paragraphs or list items; jsoup's select counts the block itself, so skip it. */
    private static boolean holdsParagraphs(Element block) {
        return block.select("p, li").stream().anyMatch(inner -> inner != block);
    }
}
