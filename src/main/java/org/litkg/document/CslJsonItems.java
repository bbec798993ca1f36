package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * CSL JSON, the citation data Zotero, Mendeley and Pandoc export and citeproc reads: an array of items (or one item),
 * each with a CSL type ("article-journal"), a title, authors as {@code {"family": ..., "given": ...}} or a
 * {@code "literal"} name, the journal as a {@code container-title} string, the date as {@code issued.date-parts} and
 * perhaps an abstract. Read as MEDLINE records, as a literature service's answer is. CSL JSON gives no affiliations.
 */
final class CslJsonItems {

    /** The CSL types of the works litkg reads: articles, chapters, reports, theses, preprints and the like. */
    private static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "chapter", "paper-conference", "report", "thesis", "manuscript", "post", "post-weblog",
            "review", "webpage", "book", "dataset", "speech");

    private CslJsonItems() {
    }

    /** The items a JSON value holds as CSL JSON, or Pandoc's YAML {@code references}; empty if it is not CSL JSON. */
    static List<JsonObject> items(JsonValue value) {
        return JsonPaths.records(value, "references", CslJsonItems::isItem);
    }

    /** A CSL item: a CSL type and a title as a string (Crossref's works carry their titles in arrays). */
    private static boolean isItem(JsonObject o) {
        return TYPES.contains(string(o, "type").orElse("")) && o.get("title") != null && o.get("title").isString();
    }

    static MedlineRecord record(JsonObject item) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(item, "PMID").or(() -> string(item, "DOI")).or(() -> string(item, "id")).orElse(""));
        r.add("DP", issued(item).orElse(""));
        r.add("TI", string(item, "title").orElse(""));
        r.add("AB", string(item, "abstract").orElse(""));
        for (JsonObject author : objects(item, "author")) {
            Optional<String> family = string(author, "family");
            family.map(f -> string(author, "given").map(g -> f + ", " + g).orElse(f))
                    .or(() -> string(author, "literal").map(MedlineRecord::invertedName))
                    .ifPresent(name -> r.add("FAU", name));
        }
        r.add("JT", string(item, "container-title").orElse(""));
        return r;
    }

    /** The date the work was issued, from {@code "issued": {"date-parts": [[2026, 3, 8]]}}, as MEDLINE writes it. */
    private static Optional<String> issued(JsonObject item) {
        return JsonPaths.at(item, "issued", "date-parts").filter(JsonValue::isArray).map(JsonValue::getAsArray)
                .filter(parts -> !parts.isEmpty() && parts.get(0).isArray()).map(parts -> parts.get(0).getAsArray())
                .filter(ymd -> !ymd.isEmpty()).map(ymd -> MedlineRecord.date(part(ymd, 0), part(ymd, 1), part(ymd, 2)));
    }

    private static String part(JsonArray ymd, int i) {
        if (i >= ymd.size()) {
            return null;
        }
        JsonValue v = ymd.get(i);
        return v.isNumber() ? v.getAsNumber().value().toString() : v.isString() ? v.getAsString().value() : null;
    }
}
