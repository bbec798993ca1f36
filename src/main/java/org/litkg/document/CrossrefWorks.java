package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * A Crossref REST API answer: one work ({@code "message-type": "work"}) or a search's work list ("work-list", the works
 * under {@code message.items}), read as MEDLINE records: title, date, authors with their affiliations, journal and the
 * abstract, which Crossref gives in JATS markup. Many works come without an abstract; their title, authors and
 * journal still say who published what where.
 */
final class CrossrefWorks {

    private CrossrefWorks() {
    }

    /** The works a JSON value holds as a Crossref answer; empty if it is none. */
    static List<JsonObject> works(JsonValue value) {
        if (!value.isObject()) {
            return List.of();
        }
        JsonObject o = value.getAsObject();
        String type = string(o, "message-type").orElse("");
        if (type.equals("work")) {
            return JsonPaths.at(o, "message").filter(JsonValue::isObject).map(v -> List.of(v.getAsObject())).orElse(List.of());
        }
        return type.equals("work-list") ? objects(o, "message", "items") : List.of();
    }

    static MedlineRecord record(JsonObject work) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(work, "DOI").orElse(""));
        r.add("DP", date(work));
        r.add("TI", first(work, "title").orElse(""));
        r.add("AB", abstractText(string(work, "abstract").orElse("")));
        for (JsonObject author : objects(work, "author")) {
            Optional<String> family = string(author, "family");
            if (family.isEmpty()) {
                continue; // a consortium, named under "name"
            }
            r.add("FAU", string(author, "given").map(given -> family.get() + ", " + given).orElse(family.get()));
            objects(author, "affiliation").forEach(a -> r.add("AD", string(a, "name").orElse("")));
        }
        r.add("JT", first(work, "container-title").orElse(""));
        r.add("TA", first(work, "short-container-title").orElse(""));
        return r;
    }

    /** The first string of an array field: Crossref gives titles as arrays of one. */
    private static Optional<String> first(JsonObject work, String key) {
        return JsonPaths.at(work, key).filter(JsonValue::isArray).flatMap(v -> ((JsonArray) v).stream()
                .filter(JsonValue::isString).map(s -> s.getAsString().value().strip()).filter(s -> !s.isEmpty()).findFirst());
    }

    /** The publication date from "published", "issued" or "created": {"date-parts": [[2026, 5, 4]]}. */
    private static String date(JsonObject work) {
        for (String key : List.of("published", "published-print", "published-online", "issued")) {
            Optional<JsonValue> parts = JsonPaths.at(work, key, "date-parts").filter(JsonValue::isArray)
                    .flatMap(v -> ((JsonArray) v).stream().filter(JsonValue::isArray).findFirst());
            if (parts.isPresent()) {
                JsonArray p = parts.get().getAsArray();
                String[] ymd = new String[3];
                for (int i = 0; i < 3; i++) {
                    ymd[i] = i < p.size() && p.get(i).isNumber() ? p.get(i).toString() : null;
                }
                return MedlineRecord.date(ymd[0], ymd[1], ymd[2]);
            }
        }
        return "";
    }

    /** A Crossref abstract, JATS with its "jats:" prefix, read as a JATS article's abstract is ({@link ArticleXml}). */
    private static String abstractText(String jats) {
        String unprefixed = jats.replaceAll("<(/?)jats:", "<$1");
        return ArticleXml.abstractText(Jsoup.parse("<abstract>" + unprefixed + "</abstract>", "", Parser.xmlParser())
                .selectFirst("abstract"));
    }
}
