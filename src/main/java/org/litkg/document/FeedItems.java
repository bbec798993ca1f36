package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A news or journal feed: RSS 2.0 ({@code <rss>}), RSS 1.0 ({@code <rdf:RDF>} with {@code <item>}s) or Atom
 * ({@code <feed>} with {@code <entry>}s). A journal's table-of-contents feed names each item's journal
 * ({@code prism:publicationName}, or {@code dc:source}); such items are articles, read as MEDLINE records, their
 * {@code dc:creator}s the authors. Any other feed's items are stories: each is read as its title, its author's byline
 * and its text (the full {@code content:encoded} or Atom content where the feed gives it, else the summary), so the
 * writer of a news story is never taken for a study's author.
 */
final class FeedItems {

    private FeedItems() {
    }

    /** The root is a feed's: RSS 2.0, Atom, or RSS 1.0's RDF with items. */
    static boolean isFeed(Element root) {
        return root.tagName().equals("rss") || root.tagName().equals("feed")
                || root.tagName().equals("rdf:RDF") && root.selectFirst("> item, > channel") != null;
    }

    /** The feed's text: MEDLINE records for a journal's items, else its stories one after another under their titles. */
    static SourceFormat.Reduced reduce(Element root) {
        List<Element> items = root.select("item, entry");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a feed with no items: nothing to read");
        }
        if (items.stream().allMatch(i -> journal(i).isPresent())) {
            StringBuilder records = new StringBuilder();
            items.forEach(i -> records.append(record(i)));
            return new SourceFormat.Reduced(null, records.toString());
        }
        StringBuilder stories = new StringBuilder();
        for (Element item : items) {
            stories.append(plain(child(item, "title"))).append("\n\n");
            List<String> authors = authors(item);
            if (!authors.isEmpty()) {
                stories.append("By ").append(String.join(" and ", authors)).append("\n\n");
            }
            for (String paragraph : paragraphs(body(item))) {
                stories.append(paragraph).append("\n\n");
            }
        }
        if (stories.toString().isBlank()) {
            throw new IllegalArgumentException("a feed whose items have no title, summary or content: nothing to read");
        }
        Element channel = root.selectFirst("> channel, > title");
        String title = channel == null ? "" : channel.tagName().equals("title") ? channel.text() : child(channel, "title");
        return new SourceFormat.Reduced(title.isBlank() ? null : title.strip(), stories.toString());
    }

    private static MedlineRecord record(Element item) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", first(item, "prism|doi", "dc|identifier", "guid", "id"));
        r.add("DP", MedlineRecord.anyDate(first(item, "prism|publicationDate", "prism|coverDate", "dc|date", "pubDate",
                "published", "updated")));
        r.add("TI", plain(child(item, "title")));
        List<String> text = paragraphs(first(item, "description", "summary", "content|encoded", "content"));
        r.add("AB", String.join(" ", text.stream().filter(p -> !p.matches("(?i)abstract:?")).toList()));
        authors(item).forEach(a -> r.add("FAU", MedlineRecord.authorName(a)));
        r.add("JT", journal(item).orElse(""));
        return r;
    }

    /** The item's journal: {@code prism:publicationName}, else a {@code dc:source} before its first comma. */
    private static Optional<String> journal(Element item) {
        String name = first(item, "prism|publicationName", "dc|source");
        return name.isBlank() ? Optional.empty() : Optional.of(name.replaceFirst(",.*", "").strip());
    }

    /**
     * The authors, one a {@code dc:creator} or an Atom {@code author > name}; a single creator listing several
     * ("Liang W; Okafor-Brandt A", "Liang W, Okafor-Brandt A, Szymanski P") is split into them.
     */
    private static List<String> authors(Element item) {
        List<String> names = new ArrayList<>(item.select("> dc|creator, > author > name").eachText());
        if (names.isEmpty() && item.selectFirst("> author") != null) {
            names.add(item.selectFirst("> author").text()); // RSS 2.0's author: an address and perhaps a name
        }
        if (names.size() == 1 && names.get(0).contains(";")) {
            return List.of(names.get(0).split("\\s*;\\s*"));
        }
        if (names.size() == 1 && names.get(0).matches("[^,]+ \\p{Lu}{1,3}(, [^,]+ \\p{Lu}{1,3})+")) {
            return List.of(names.get(0).split(",\\s*"));
        }
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The story's text: the full content if the feed carries it, else the summary. */
    private static String body(Element item) {
        return first(item, "content|encoded", "content", "description", "summary");
    }

    /** The paragraphs of a field that holds HTML (escaped in the feed, so the parser gives it as text) or plain text. */
    private static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> blocks = body.select("p, li, h1, h2, h3, h4, blockquote").eachText();
        return blocks.isEmpty() ? (body.text().isBlank() ? List.of() : List.of(body.text().strip())) : blocks;
    }

    /** A field's text with any markup it carries taken out: "<i>CD47</i> on lymphoma" is "CD47 on lymphoma". */
    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).body().text().strip();
    }

    /** The text of the first of the item's own child elements named (a namespace written "ns|name"), or "". */
    private static String first(Element item, String... names) {
        for (String name : names) {
            String value = child(item, name);
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String child(Element parent, String name) {
        Element e = parent.selectFirst("> " + name);
        return e == null ? "" : e.wholeText().strip();
    }
}
