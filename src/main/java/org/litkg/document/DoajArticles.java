package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The Directory of Open Access Journals' article API: a search's {@code {"total": ..., "results": [...]}}, an array
 * of articles, or one article, each with its metadata in {@code bibjson}, read as MEDLINE records. An author is a
 * {@code name} with an {@code affiliation} string; the journal is {@code bibjson.journal.title}; the DOI is among the
 * {@code identifier}s; the date is {@code year} and {@code month}.
 */
final class DoajArticles {

    private static final String BIBJSON = "bibjson";

    private DoajArticles() {
    }

    /** The articles a JSON value holds as a DOAJ answer; empty if it is none. */
    static List<JsonObject> articles(JsonValue value) {
        return JsonPaths.records(value, "results", a -> a.get(BIBJSON) != null && a.get(BIBJSON).isObject());
    }

    static MedlineRecord record(JsonObject article) {
        JsonObject bib = article.get(BIBJSON).getAsObject();
        MedlineRecord r = new MedlineRecord();
        String doi = objects(bib, "identifier").stream()
                .filter(i -> string(i, "type").map(t -> t.equalsIgnoreCase("doi")).orElse(false))
                .map(i -> string(i, "id").orElse("")).filter(id -> !id.isBlank()).findFirst().orElse("");
        r.add("PMID", doi.isBlank() ? string(article, "id").orElse("") : doi);
        r.add("DP", MedlineRecord.date(string(bib, "year").orElse(null), string(bib, "month").orElse(null), null));
        r.add("TI", string(bib, "title").orElse(""));
        r.add("AB", string(bib, "abstract").orElse(""));
        for (JsonObject author : objects(bib, "author")) {
            string(author, "name").ifPresent(name -> r.author(name, string(author, "affiliation").orElse("")));
        }
        r.add("JT", string(bib, "journal", "title").orElse(""));
        return r;
    }
}
