package org.litkg.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Values at a path of keys in a service's JSON record (ClinicalTrials.gov, Europe PMC), any step of which may be missing. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The string at a path of keys, if every step is there and it is not blank; a number is written as a string. */
    static Optional<String> string(JsonObject o, String... path) {
        return at(o, path).filter(v -> v.isString() && !v.getAsString().value().isBlank() || v.isNumber())
                .map(v -> v.isNumber() ? v.toString() : v.getAsString().value().strip());
    }

    /** The objects of the array at a path of keys; empty if it is not there. */
    static List<JsonObject> objects(JsonObject o, String... path) {
        return at(o, path).filter(JsonValue::isArray).map(v -> ((JsonArray) v).stream().filter(JsonValue::isObject)
                .map(JsonValue::getAsObject).toList()).orElse(List.of());
    }

    static Optional<JsonValue> at(JsonObject o, String... path) {
        JsonValue v = o;
        for (String key : path) {
            v = v.isObject() ? v.getAsObject().get(key) : null;
            if (v == null) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    /**
     * A service's answer as its records: an array's objects, the object itself where it is a record, or else the
     * objects of the array under {@code listKey} (none where that is null); every one a record, or none at all.
     */
    static List<JsonObject> records(JsonValue value, String listKey, Predicate<JsonObject> isRecord) {
        List<JsonObject> candidates;
        if (value.isArray()) {
            candidates = value.getAsArray().stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
        } else if (value.isObject() && isRecord.test(value.getAsObject())) {
            candidates = List.of(value.getAsObject());
        } else {
            candidates = value.isObject() && listKey != null ? objects(value.getAsObject(), listKey) : List.of();
        }
        return !candidates.isEmpty() && candidates.stream().allMatch(isRecord) ? candidates : List.of();
    }
}
