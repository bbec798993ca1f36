package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;

/**
 * Zenodo's REST API: a record ({@code /api/records/ID}), an array of them, or a search's {@code {"hits": {"hits":
 * [...]}}}, each with its work in {@code metadata}, read as MEDLINE records. The description is HTML; a creator is a
 * {@code name} in "Surname, Given" form with an {@code affiliation}; a journal article names its journal in
 * {@code journal.title} (a poster's meeting is no journal).
 */
final class ZenodoRecords {

    private static final String METADATA = "metadata";

    private ZenodoRecords() {
    }

    /** The records a JSON value holds as a Zenodo answer; empty if it is none. */
    static List<JsonObject> records(JsonValue value) {
        JsonValue hits = value.isObject() ? value.getAsObject().get("hits") : null;
        JsonValue answer = hits != null && hits.isObject() ? hits : value;
        return JsonPaths.records(answer, "hits", ZenodoRecords::isRecord);
    }

    private static boolean isRecord(JsonObject o) {
        JsonValue metadata = o.get(METADATA);
        return metadata != null && metadata.isObject() && metadata.getAsObject().get("creators") != null
                && metadata.getAsObject().get("title") != null;
    }

    static MedlineRecord record(JsonObject record) {
        JsonObject work = record.get(METADATA).getAsObject();
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(work, "doi").orElse(string(record, "doi").orElse(string(record, "id").orElse(""))));
        r.add("DP", MedlineRecord.anyDate(string(work, "publication_date").orElse("")));
        r.add("TI", string(work, "title").orElse(""));
        r.add("AB", Jsoup.parse(string(work, "description").orElse("")).text());
        for (JsonObject creator : objects(work, "creators")) {
            string(creator, "name").ifPresent(name -> r.author(name, string(creator, "affiliation").orElse("")));
        }
        r.add("JT", string(work, "journal", "title").orElse(""));
        return r;
    }
}
