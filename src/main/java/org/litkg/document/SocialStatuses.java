package org.litkg.document;

import static org.litkg.document.JsonPaths.string;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Posts as the Mastodon API returns them: an account's statuses (an array), one status, or a thread's context
 * ({@code ancestors} and {@code descendants}). A thread is one document, its posts in the order they were written, as a
 * mailbox's messages are one: a reporter's thread states its findings across posts ("The trial was led by ..." after
 * the post that names the trial). A post's content is HTML: the mentions a reply opens with, the hashtags it ends with
 * and the thread's counters ("2/4") are no part of its sentences and go; a hashtag within a sentence is the word it
 * tags; a link is its address. Link cards, media descriptions and the accounts' profiles are left out: they describe
 * other pages and people, not the thread's findings.
 */
final class SocialStatuses {

    private SocialStatuses() {
    }

    /** A status: HTML content, the account that posted it, and the fields of a post (its URI, visibility or time). */
    static boolean isStatus(JsonObject o) {
        return o.get("content") != null && o.get("content").isString() && o.get("account") != null
                && o.get("account").isObject() && (o.get("uri") != null || o.get("visibility") != null
                || o.get("created_at") != null);
    }

    /** The thread a JSON value holds, as one text; empty if it holds no statuses. */
    static Optional<SourceFormat.Reduced> thread(JsonValue value) {
        List<JsonObject> statuses = new ArrayList<>(JsonPaths.records(value, null, SocialStatuses::isStatus));
        if (statuses.isEmpty() && value.isObject()
                && (value.getAsObject().get("ancestors") != null || value.getAsObject().get("descendants") != null)) {
            statuses.addAll(JsonPaths.objects(value.getAsObject(), "ancestors"));
            statuses.addAll(JsonPaths.objects(value.getAsObject(), "descendants"));
            statuses.removeIf(s -> !isStatus(s));
        }
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        statuses.sort(Comparator.comparing(s -> string(s, "created_at").orElse(""))); // oldest first, as it was written
        StringBuilder text = new StringBuilder();
        for (JsonObject status : statuses) {
            JsonObject shown = status.get("reblog") != null && status.get("reblog").isObject()
                    && isStatus(status.get("reblog").getAsObject()) ? status.get("reblog").getAsObject() : status;
            for (String paragraph : paragraphs(string(shown, "content").orElse(""))) {
                text.append(paragraph).append("\n\n");
            }
        }
        return Optional.of(new SourceFormat.Reduced(null, text.toString().strip() + "\n"));
    }

    /** A post's paragraphs (its lines, where a line break parts them), without its mentions, tags and counters. */
    static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("span.h-card, a.mention:not(.hashtag)").stream().filter(SocialStatuses::opensPost)
                .forEach(Node::remove); // "@ingaweller Good point": whom a reply answers
        List<Element> blocks = body.select("p").isEmpty() ? List.of(body) : body.select("p");
        blocks.forEach(SocialStatuses::dropClosingTagsAndCounter);
        for (Element link : body.select("a")) {
            if (link.hasClass("hashtag")) {
                link.replaceWith(new TextNode(link.text().replaceFirst("^#", "")));
            } else if (link.text().matches("(?i)(https?://)?[\\w.-]+\\.[a-z]{2,}/?\\S*")) {
                link.replaceWith(new TextNode(link.attr("href")));
            }
        }
        body.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        List<String> paragraphs = new ArrayList<>();
        for (Element p : blocks) {
            for (String line : p.wholeText().split("\n")) {
                String clean = line.strip().replaceAll("\\s+", " ").replaceFirst("^\\p{So}\\s*", ""); // a thread's 🧵
                if (!clean.isEmpty()) {
                    paragraphs.add(clean);
                }
            }
        }
        return paragraphs;
    }

    /** Whether a mention opens its paragraph: nothing but other mentions and spaces come before it. */
    private static boolean opensPost(Element mention) {
        Element paragraph = mention.closest("p");
        if (paragraph == null) {
            return false;
        }
        StringBuilder before = new StringBuilder();
        for (Node node : paragraph.childNodes()) {
            if (node == mention || mention.parents().contains(node)) {
                break;
            }
            before.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "");
        }
        return before.toString().replaceAll("@\\S+", "").isBlank();
    }

    /** Takes off the hashtags a paragraph ends with ("... #oncology #NPC") and the thread's counter ("🧵 1/4", "2/"). */
    private static void dropClosingTagsAndCounter(Element paragraph) {
        while (!paragraph.childNodes().isEmpty()) {
            Node last = paragraph.childNode(paragraph.childNodeSize() - 1);
            if (last instanceof TextNode t) {
                String trimmed = t.getWholeText().replaceFirst("\\s*\\b\\d{1,2}/\\d{0,2}\\s*$", "")
                        .replaceFirst("\\s*\\p{So}+\\s*$", ""); // the thread's 🧵 before its counter
                if (!trimmed.isBlank()) {
                    t.text(trimmed);
                    return;
                }
                last.remove();
            } else if (last instanceof Element e && (e.hasClass("hashtag") || e.tagName().equals("br"))) {
                last.remove();
            } else {
                return;
            }
        }
    }
}
