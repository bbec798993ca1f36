package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;

/**
 * DataCite's REST API ({@code /dois/ID}, or a search's {@code {"data": [...]}}): the DOIs that repositories (Dryad,
 * Figshare, Zenodo, institutional archives) register for datasets, preprints and posters, read as MEDLINE records. The
 * work is in {@code attributes}; its abstract is the description typed "Abstract" (HTML, as repositories send it), or
 * else the first; a personal creator is a {@code name} in "Surname, Given" form with {@code affiliation}s, objects or
 * plain strings by the API's version; a journal is named only where the {@code container} is one, never by the
 * {@code publisher}, which for a dataset is its repository.
 */
final class DataCiteDois {

    private static final String ATTRIBUTES = "attributes";

    private DataCiteDois() {
    }

    /** The DOIs a JSON value holds as a DataCite answer; empty if it is none. */
    static List<JsonObject> dois(JsonValue value) {
        JsonValue data = value.isObject() ? value.getAsObject().get("data") : null;
        return data == null ? List.of() : JsonPaths.records(data, null, DataCiteDois::isDoi);
    }

    private static boolean isDoi(JsonObject o) {
        return string(o, "type").filter("dois"::equals).isPresent() && JsonPaths.at(o, ATTRIBUTES, "titles").isPresent();
    }

    static MedlineRecord record(JsonObject doi) {
        JsonObject work = doi.get(ATTRIBUTES).getAsObject();
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(work, "doi").orElse(string(doi, "id").orElse("")));
        r.add("DP", MedlineRecord.anyDate(string(work, "publicationYear").orElse("")));
        r.add("TI", objects(work, "titles").stream().flatMap(t -> string(t, "title").stream()).findFirst().orElse(""));
        r.add("AB", Jsoup.parse(description(work).orElse("")).text());
        for (JsonObject creator : objects(work, "creators")) {
            if (!string(creator, "nameType").filter("Organizational"::equals).isPresent()) {
                string(creator, "name").ifPresent(name -> r.author(name, affiliation(creator)));
            }
        }
        if (string(work, "container", "type").filter("Journal"::equalsIgnoreCase).isPresent()) {
            r.add("JT", string(work, "container", "title").orElse(""));
        }
        return r;
    }

    private static Optional<String> description(JsonObject work) {
        List<JsonObject> descriptions = objects(work, "descriptions");
        return descriptions.stream().filter(d -> string(d, "descriptionType").filter("Abstract"::equals).isPresent())
                .findFirst().or(() -> descriptions.stream().findFirst()).flatMap(d -> string(d, "description"));
    }

    /** The creator's first affiliation: an object with a name (API version 2.3 on) or a plain string (before). */
    private static String affiliation(JsonObject creator) {
        JsonValue affiliations = creator.get("affiliation");
        if (affiliations == null || !affiliations.isArray() || affiliations.getAsArray().isEmpty()) {
            return "";
        }
        JsonValue first = affiliations.getAsArray().get(0);
        return first.isString() ? first.getAsString().value()
                : first.isObject() ? string(first.getAsObject(), "name").orElse("") : "";
    }
}
