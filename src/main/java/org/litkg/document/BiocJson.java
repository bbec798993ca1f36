package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A BioC collection in JSON, as PubTator3's export gives it ({@code {"PubTator3": [documents]}}) and BioC's own JSON
 * form ({@code {"source": ..., "documents": [...]}}), or one BioC document: read as the XML form is
 * ({@link BiocCollection}), each document a MEDLINE record.
 */
final class BiocJson {

    private BiocJson() {
    }

    /** The BioC documents a JSON value holds: each has "passages"; empty if it is no BioC. */
    static List<JsonObject> documents(JsonValue value) {
        List<JsonObject> candidates = new ArrayList<>();
        if (value.isArray()) {
            value.getAsArray().stream().filter(JsonValue::isObject).forEach(v -> candidates.addAll(documents(v)));
            return candidates;
        }
        if (!value.isObject()) {
            return List.of();
        }
        JsonObject o = value.getAsObject();
        candidates.addAll(objects(o, "PubTator3"));
        candidates.addAll(objects(o, "documents"));
        if (candidates.isEmpty()) {
            candidates.add(o);
        }
        return candidates.stream().filter(d -> d.get("passages") != null && d.get("passages").isArray()).toList();
    }

    /** One document as a MEDLINE record. */
    static MedlineRecord record(JsonObject document) {
        List<BiocCollection.Passage> passages = new ArrayList<>();
        for (JsonObject passage : objects(document, "passages")) {
            passages.add(new BiocCollection.Passage(infons(passage), string(passage, "text").orElse("")));
        }
        return BiocCollection.record(string(document, "id").orElse(""), passages);
    }

    /** A passage's infons, each value as text: BioC JSON writes some as numbers or booleans. */
    private static Map<String, String> infons(JsonObject passage) {
        Map<String, String> infons = new LinkedHashMap<>();
        JsonPaths.at(passage, "infons").filter(JsonValue::isObject).ifPresent(i -> i.getAsObject().entrySet()
                .forEach(e -> infons.put(e.getKey(), e.getValue().isString() ? e.getValue().getAsString().value()
                        : e.getValue().toString())));
        return infons;
    }
}
