package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;

/**
 * A Europe PMC REST search result ({@code {"resultList": {"result": [...]}}}, or one article's {@code {"result": ...}})
 * read as the {@link MedlineRecord}s PubMed would export for the same articles: title, date, authors each with their
 * own affiliations, journal and abstract. The abstract's HTML section headings ({@code <h4>Methods</h4>}) become the
 * "Methods: " labels PubMed writes.
 */
final class EuropePmcResults {

    private EuropePmcResults() {
    }

    /** The article records a JSON value holds as a Europe PMC result; empty if it is no such result. */
    static List<JsonObject> results(JsonValue value) {
        if (!value.isObject()) {
            return List.of();
        }
        JsonObject o = value.getAsObject();
        List<JsonObject> list = objects(o, "resultList", "result");
        if (!list.isEmpty()) {
            return list;
        }
        return JsonPaths.at(o, "result").filter(JsonValue::isObject).map(JsonValue::getAsObject)
                .filter(r -> r.get("title") != null).map(List::of).orElse(List.of());
    }

    /**
     * Throws IllegalArgumentException where no result has an abstract, as a search asked for with {@code resultType=lite}
     * or {@code idlist} has none: there is nothing to read.
     */
    static void requireAbstracts(List<JsonObject> results) {
        if (results.stream().noneMatch(r -> string(r, "abstractText").isPresent())) {
            throw new IllegalArgumentException("Europe PMC result without abstracts: none of its " + results.size()
                    + " results has an \"abstractText\" (search with resultType=core)");
        }
    }

    static MedlineRecord record(JsonObject result) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(result, "pmid").orElse(""));
        r.add("DP", MedlineRecord.isoDate(string(result, "journalInfo", "printPublicationDate")
                .or(() -> string(result, "firstPublicationDate")).orElse(string(result, "pubYear").orElse(""))));
        r.add("TI", string(result, "title").orElse(""));
        r.add("AB", abstractText(string(result, "abstractText").orElse("")));
        for (JsonObject author : objects(result, "authorList", "author")) {
            String last = string(author, "lastName").orElse("");
            if (last.isEmpty()) {
                continue; // a collective name
            }
            r.add("FAU", string(author, "firstName").map(first -> last + ", " + first).orElse(last));
            r.add("AU", (last + " " + string(author, "initials").orElse("")).strip());
            objects(author, "authorAffiliationDetailsList", "authorAffiliation")
                    .forEach(a -> r.add("AD", string(a, "affiliation").orElse("")));
        }
        r.add("JT", string(result, "journalInfo", "journal", "title").orElse(""));
        r.add("TA", string(result, "journalInfo", "journal", "medlineAbbreviation").orElse(""));
        return r;
    }

    /** The abstract without its markup, each heading a label: "<h4>Methods</h4>We ..." is "Methods: We ...". */
    private static String abstractText(String html) {
        String labelled = html.replaceAll("(?i)<h\\d[^>]*>\\s*(.*?)\\s*</h\\d>\\s*", " $1: ");
        return Jsoup.parse(labelled).text().strip();
    }
}
