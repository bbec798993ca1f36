package org.litkg.document;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML as the JSON value it denotes, so that a lab website's publication list (Jekyll or Hugo data) and Pandoc's CSL
 * references in YAML are read by the readers of the same records in JSON. Only plain data is built (no tags that make
 * objects), aliases are capped so that a "billion laughs" file cannot expand without end, and a file of several YAML
 * documents is the array of them.
 */
final class YamlData {

    private static final int MAX_ALIASES = 100;

    private YamlData() {
    }

    /** The value a YAML text denotes. Throws IllegalArgumentException naming the line and column of a syntax error. */
    static JsonValue parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Math.max(yaml.length() + 1, 3 * 1024 * 1024));
        Yaml parser = new Yaml(new SafeConstructor(options));
        List<Object> documents = new ArrayList<>();
        try {
            parser.loadAll(yaml).forEach(documents::add);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new IllegalArgumentException("not valid YAML: " + e.getProblem()
                    + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)));
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage());
        }
        documents.removeIf(d -> d == null);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("YAML file holds no data");
        }
        if (documents.size() == 1) {
            return json(documents.get(0));
        }
        JsonArray all = new JsonArray();
        documents.forEach(d -> all.add(json(d)));
        return all;
    }

    private static JsonValue json(Object value) {
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.put(String.valueOf(k), json(v)));
            return o;
        }
        if (value instanceof java.util.Collection<?> list) { // a sequence, or a !!set
            JsonArray a = new JsonArray();
            list.forEach(v -> a.add(json(v)));
            return a;
        }
        if (value == null) {
            return JsonNull.instance;
        }
        if (value instanceof Boolean b) {
            return new JsonBoolean(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return JsonNumber.value(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return JsonNumber.value(n.doubleValue());
        }
        if (value instanceof Date d) { // an unquoted "2026-03-14" is a timestamp to YAML; a record wants its text
            return new JsonString(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        if (value instanceof byte[]) {
            return JsonNull.instance; // binary data is no text to read
        }
        return new JsonString(value.toString());
    }
}
