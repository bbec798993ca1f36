package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * An OpenAlex works answer: a search's {@code {"meta": ..., "results": [...]}} or one work (its id an
 * {@code https://openalex.org/W...} address), read as MEDLINE records. OpenAlex gives the abstract as an inverted index
 * (each word with the positions it stands at), so the words are put back in order; each authorship's raw affiliation
 * strings are its addresses, or its institutions' names where OpenAlex kept no string.
 */
final class OpenAlexWorks {

    private static final String WORK_ID = "https://openalex.org/W";

    private OpenAlexWorks() {
    }

    /** The works a JSON value holds as an OpenAlex answer; empty if it is none. */
    static List<JsonObject> works(JsonValue value) {
        if (!value.isObject()) {
            return List.of();
        }
        JsonObject o = value.getAsObject();
        if (string(o, "id").filter(id -> id.startsWith(WORK_ID)).isPresent()) {
            return List.of(o);
        }
        List<JsonObject> results = objects(o, "results");
        return o.get("meta") != null && results.stream().allMatch(r -> string(r, "id").orElse("").startsWith(WORK_ID))
                ? results : List.of();
    }

    static MedlineRecord record(JsonObject work) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(work, "ids", "pmid").or(() -> string(work, "id")).orElse(""));
        r.add("DP", MedlineRecord.isoDate(string(work, "publication_date").or(() -> string(work, "publication_year"))
                .orElse("")));
        r.add("TI", string(work, "title").or(() -> string(work, "display_name")).orElse(""));
        r.add("AB", JsonPaths.at(work, "abstract_inverted_index").filter(JsonValue::isObject)
                .map(v -> words(v.getAsObject())).orElse(""));
        for (JsonObject authorship : objects(work, "authorships")) {
            string(authorship, "author", "display_name").ifPresent(name -> {
                r.add("FAU", MedlineRecord.invertedName(name));
                List<String> raw = JsonPaths.at(authorship, "raw_affiliation_strings").filter(JsonValue::isArray)
                        .map(v -> v.getAsArray().stream().filter(JsonValue::isString)
                                .map(s -> s.getAsString().value()).toList()).orElse(List.of());
                List<String> addresses = raw.isEmpty() ? objects(authorship, "institutions").stream()
                        .flatMap(i -> string(i, "display_name").stream()).toList() : raw;
                addresses.forEach(a -> r.add("AD", a));
            });
        }
        r.add("JT", string(work, "primary_location", "source", "display_name").orElse(""));
        return r;
    }

    /** An inverted index's words in the order of their positions: {"Ovarian": [0], "cells": [2, 9]}. */
    private static String words(JsonObject index) {
        Map<Integer, String> byPosition = new TreeMap<>();
        index.entrySet().forEach(e -> {
            if (e.getValue().isArray()) {
                e.getValue().getAsArray().stream().filter(JsonValue::isNumber)
                        .forEach(p -> byPosition.put(p.getAsNumber().value().intValue(), e.getKey()));
            }
        });
        return String.join(" ", byPosition.values());
    }
}
