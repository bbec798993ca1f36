package org.litkg.document;

import static org.litkg.document.JsonPaths.string;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Entities;

/**
 * Posts as Bluesky's API returns them: a thread ({@code app.bsky.feed.getPostThread}: the post, its parents and its
 * replies, nested), an account's feed or a list of posts; wherever a post view stands under the answer's
 * {@code thread}, {@code feed} or {@code posts}. A thread is one
 * document, its posts in the order they were written, as a Mastodon thread is ({@link SocialStatuses}), and a post's
 * text is cleaned as a Mastodon post's is: a post is plain text whose facets mark, by UTF-8 byte range, the mentions,
 * hashtags and links in it, so it is written as the HTML a Mastodon server would send and read by the same rules. A
 * link a post ends with (a paper's address after its tags and the thread's counter) is a line of its own. Link cards,
 * images and the accounts' profiles are left out, as they are for Mastodon.
 */
final class BlueskyPosts {

    private static final String POST_TYPE = "app.bsky.feed.post";
    /** The keys a Bluesky answer holds its posts under: getPostThread's, getAuthorFeed's and getPosts'. */
    private static final List<String> ANSWER_KEYS = List.of("thread", "feed", "posts");

    private BlueskyPosts() {
    }

    /** The thread a JSON value holds, as one text; empty if it holds no Bluesky post. */
    static Optional<SourceFormat.Reduced> thread(JsonValue value) {
        if (!value.isObject() || ANSWER_KEYS.stream().noneMatch(k -> value.getAsObject().get(k) != null)) {
            return Optional.empty(); // a corpus array or another service's answer: not walked through
        }
        Map<String, JsonObject> posts = new LinkedHashMap<>(); // a post seen twice (as a reply's parent) is read once
        collect(value, posts);
        if (posts.isEmpty()) {
            return Optional.empty();
        }
        List<JsonObject> written = new ArrayList<>(posts.values());
        written.sort(Comparator.comparing(p -> string(p, "record", "createdAt").orElse("")));
        StringBuilder text = new StringBuilder();
        for (JsonObject post : written) {
            for (String paragraph : SocialStatuses.paragraphs(html(post.get("record").getAsObject()))) {
                text.append(paragraph).append("\n\n");
            }
        }
        return Optional.of(new SourceFormat.Reduced(null, text.toString().strip() + "\n"));
    }

    /** A post view: the post's record (its text, of the post type) and the account that wrote it. */
    private static boolean isPost(JsonObject o) {
        JsonValue record = o.get("record");
        return record != null && record.isObject() && o.get("author") != null && o.get("author").isObject()
                && string(record.getAsObject(), "$type").map(POST_TYPE::equals).orElse(false)
                && record.getAsObject().get("text") != null && record.getAsObject().get("text").isString();
    }

    private static void collect(JsonValue value, Map<String, JsonObject> posts) {
        if (value.isArray()) {
            value.getAsArray().forEach(v -> collect(v, posts));
        } else if (value.isObject()) {
            JsonObject o = value.getAsObject();
            if (isPost(o)) {
                posts.putIfAbsent(string(o, "uri").orElse("post " + posts.size()), o);
            }
            o.keys().stream().filter(k -> !k.equals("record") && !k.equals("embed")).forEach(k -> collect(o.get(k), posts));
        }
    }

    /**
     * A post's text as a Mastodon server writes a post: a paragraph for each blank-line-parted part, a line break for
     * a line's end, mentions and hashtags marked as Mastodon marks them, links as anchors to their full address.
     */
    static String html(JsonObject record) {
        byte[] bytes = string(record, "text").orElse("").getBytes(StandardCharsets.UTF_8);
        List<JsonObject> facets = new ArrayList<>(JsonPaths.objects(record, "facets"));
        facets.removeIf(f -> start(f) < 0 || end(f) > bytes.length || start(f) >= end(f));
        facets.sort(Comparator.comparingInt(BlueskyPosts::start));
        StringBuilder body = new StringBuilder();
        List<String> closingLinks = new ArrayList<>();
        int at = 0;
        for (JsonObject facet : facets) {
            if (start(facet) < at) {
                continue; // overlapping facets: the first one wins
            }
            body.append(plain(bytes, at, start(facet)));
            String shown = new String(Arrays.copyOfRange(bytes, start(facet), end(facet)), StandardCharsets.UTF_8);
            String feature = JsonPaths.objects(facet, "features").stream().findFirst()
                    .flatMap(f -> string(f, "$type")).orElse("");
            at = end(facet);
            boolean closing = new String(Arrays.copyOfRange(bytes, at, bytes.length), StandardCharsets.UTF_8).isBlank();
            if (feature.endsWith("#link") && closing) {
                closingLinks.add(anchor("", Entities.escape(shown), link(facet)));
            } else {
                body.append(marked(feature, shown, facet));
            }
        }
        body.append(plain(bytes, at, bytes.length));
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.toString().split("\n\\s*\n")) {
            html.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>");
        }
        closingLinks.forEach(a -> html.append("<p>").append(a).append("</p>"));
        return html.toString();
    }

    private static String marked(String feature, String shown, JsonObject facet) {
        String text = Entities.escape(shown);
        if (feature.endsWith("#mention")) {
            return "<span class=\"h-card\">" + anchor("u-url mention", text, "") + "</span>";
        }
        if (feature.endsWith("#tag")) {
            return anchor("mention hashtag", text, "");
        }
        return feature.endsWith("#link") ? anchor("", text, link(facet)) : text;
    }

    private static String anchor(String classes, String text, String href) {
        return "<a" + (classes.isEmpty() ? "" : " class=\"" + classes + "\"")
                + (href.isEmpty() ? "" : " href=\"" + Entities.escape(href) + "\"") + ">" + text + "</a>";
    }

    private static String link(JsonObject facet) {
        return JsonPaths.objects(facet, "features").stream().findFirst().flatMap(f -> string(f, "uri")).orElse("");
    }

    private static String plain(byte[] bytes, int from, int to) {
        return Entities.escape(new String(Arrays.copyOfRange(bytes, from, to), StandardCharsets.UTF_8));
    }

    private static int start(JsonObject facet) {
        return JsonPaths.string(facet, "index", "byteStart").map(Integer::parseInt).orElse(-1);
    }

    private static int end(JsonObject facet) {
        return JsonPaths.string(facet, "index", "byteEnd").map(Integer::parseInt).orElse(-1);
    }
}
