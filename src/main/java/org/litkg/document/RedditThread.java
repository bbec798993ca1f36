package org.litkg.document;

import static org.litkg.document.JsonPaths.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.parser.Parser;

/**
 * A Reddit discussion as Reddit's {@code .json} address returns it: an array of two listings, the post ({@code t3})
 * and its comments ({@code t1}) with their replies nested; or one listing of posts. The discussion is one document, read
 * in the order a reader reads the page: the post's title (a headline that often states the finding), its text, then
 * each comment followed by its replies. Reddit writes bodies in Markdown with {@code &}, {@code <} and {@code >}
 * escaped as HTML entities, so they are unescaped and then read as Markdown is ({@link MarkdownText}); the rendered
 * {@code body_html} repeats them and is not read. A moderator's pinned notice (a subreddit's rules, posted by its bot),
 * a deleted or removed comment and a "load more" stub say nothing of the discussion.
 */
final class RedditThread {

    private RedditThread() {
    }

    /** The discussion a JSON value holds, titled by its post; empty if it holds no Reddit listing of posts. */
    static Optional<SourceFormat.Reduced> thread(JsonValue value) {
        List<JsonObject> listings = new ArrayList<>();
        if (value.isArray()) {
            value.getAsArray().stream().filter(v -> v.isObject() && isListing(v.getAsObject()))
                    .forEach(v -> listings.add(v.getAsObject()));
        } else if (value.isObject() && isListing(value.getAsObject())) {
            listings.add(value.getAsObject());
        }
        if (listings.stream().flatMap(l -> children(l).stream()).noneMatch(c -> kind(c).equals("t3"))) {
            return Optional.empty();
        }
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (JsonObject listing : listings) {
            for (JsonObject thing : children(listing)) {
                if (kind(thing).equals("t3")) {
                    JsonObject post = thing.get("data").getAsObject();
                    title = title == null ? string(post, "title").orElse(null) : title;
                    string(post, "title").ifPresent(paragraphs::add);
                    string(post, "selftext").map(RedditThread::markdown).ifPresent(paragraphs::add);
                } else {
                    comments(thing, paragraphs);
                }
            }
        }
        return Optional.of(new SourceFormat.Reduced(title, String.join("\n\n", paragraphs).strip() + "\n"));
    }

    /** A comment's text and then its replies', depth first, as the page shows them. */
    private static void comments(JsonObject thing, List<String> paragraphs) {
        if (!kind(thing).equals("t1")) {
            return; // a "more" stub
        }
        JsonObject comment = thing.get("data").getAsObject();
        String body = string(comment, "body").orElse("");
        boolean notice = string(comment, "distinguished").map("moderator"::equals).orElse(false)
                && comment.get("stickied") != null && comment.get("stickied").isBoolean()
                && comment.get("stickied").getAsBoolean().value();
        if (!notice && !body.equals("[deleted]") && !body.equals("[removed]") && !body.isBlank()) {
            paragraphs.add(markdown(body));
        }
        JsonValue replies = comment.get("replies");
        if (replies != null && replies.isObject() && isListing(replies.getAsObject())) {
            children(replies.getAsObject()).forEach(reply -> comments(reply, paragraphs));
        }
    }

    private static String markdown(String escaped) {
        return MarkdownText.text(Parser.unescapeEntities(escaped, false)).strip();
    }

    private static boolean isListing(JsonObject o) {
        return string(o, "kind").map("Listing"::equals).orElse(false) && o.get("data") != null && o.get("data").isObject();
    }

    private static List<JsonObject> children(JsonObject listing) {
        return JsonPaths.objects(listing, "data", "children").stream()
                .filter(c -> c.get("data") != null && c.get("data").isObject()).toList();
    }

    private static String kind(JsonObject thing) {
        return string(thing, "kind").orElse("");
    }
}
