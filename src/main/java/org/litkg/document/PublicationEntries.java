package org.litkg.document;

import static org.litkg.document.JsonPaths.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A lab's or a researcher's publication list as a website keeps it in data (Jekyll's {@code _data/publications.yml},
 * Hugo's data files, the same in JSON): entries with a title, authors as names (a list, or one string), a journal or
 * venue, a year and perhaps an abstract, a DOI and the authors' affiliations. There is no one schema, so the usual
 * names of each field are tried. Each entry is read as the MEDLINE record of the same work.
 */
final class PublicationEntries {

    private static final List<String> AUTHORS = List.of("authors", "author", "creators");
    private static final List<String> JOURNAL = List.of("journal", "venue", "publication", "journal_title", "booktitle",
            "container", "source");
    private static final List<String> ABSTRACT = List.of("abstract", "summary", "description");
    private static final List<String> LISTS = List.of("publications", "papers", "articles", "pubs");
    /** A corpus record's own text (an abstract aside): such a record is read as one, not as an entry of a list. */
    private static final List<String> CORPUS_TEXT = RecordFields.TEXT.stream().filter(k -> !ABSTRACT.contains(k)).toList();
    /** Marks a list puts after an author's name: corresponding, equal contribution, in the lab. */
    private static final String NAME_MARKS = "[*†‡#§¶^]+|\\s*\\((?:co-)?corresponding(?: author)?\\)";

    private PublicationEntries() {
    }

    /** The entries a JSON (or YAML) value holds as a publication list; empty if it is none. */
    static List<JsonObject> entries(JsonValue value) {
        List<JsonObject> direct = JsonPaths.records(value, null, PublicationEntries::isEntry);
        if (!direct.isEmpty() || !value.isObject()) {
            return direct;
        }
        for (String key : LISTS) {
            List<JsonObject> listed = JsonPaths.records(value, key, PublicationEntries::isEntry);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        return List.of();
    }

    /** An entry: a title, authors, and a journal or a year; no text of its own, as a corpus record has. */
    private static boolean isEntry(JsonObject o) {
        return string(o, "title").isPresent() && AUTHORS.stream().anyMatch(k -> o.get(k) != null)
                && (first(JOURNAL, o).isPresent() || string(o, "year").isPresent())
                && CORPUS_TEXT.stream().noneMatch(k -> o.get(k) != null);
    }

    static MedlineRecord record(JsonObject entry) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(entry, "pmid").or(() -> string(entry, "doi")).or(() -> string(entry, "id")).orElse(""));
        r.add("DP", string(entry, "date").map(MedlineRecord::anyDate)
                .orElse(MedlineRecord.date(string(entry, "year").orElse(""), string(entry, "month").orElse(null), null)));
        r.add("TI", string(entry, "title").orElse(""));
        r.add("AB", first(ABSTRACT, entry).orElse(""));
        Map<String, List<String>> affiliations = affiliations(entry);
        for (Author author : authors(entry)) {
            r.add("FAU", MedlineRecord.authorName(author.name()));
            List<String> places = new ArrayList<>(author.affiliations());
            places.addAll(affiliations.getOrDefault(key(author.name()), List.of()));
            places.forEach(place -> r.add("AD", place));
        }
        r.add("JT", first(JOURNAL, entry).orElse(""));
        return r;
    }

    private record Author(String name, List<String> affiliations) {
    }

    /** The authors: a list of names or of objects with a name and affiliations, or one string of names. */
    private static List<Author> authors(JsonObject entry) {
        JsonValue value = AUTHORS.stream().map(entry::get).filter(v -> v != null).findFirst().orElse(null);
        List<Author> authors = new ArrayList<>();
        if (value != null && value.isString()) {
            String names = value.getAsString().value();
            for (String name : names.split(names.contains(";") ? "\\s*;\\s*" : "\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+")) {
                addAuthor(authors, name, List.of());
            }
        } else if (value != null && value.isArray()) {
            for (JsonValue v : value.getAsArray()) {
                if (v.isString()) {
                    addAuthor(authors, v.getAsString().value(), List.of());
                } else if (v.isObject()) {
                    JsonObject o = v.getAsObject();
                    Optional<String> name = string(o, "name").or(() -> string(o, "family")
                            .map(f -> string(o, "given").map(g -> g + " " + f).orElse(f)));
                    name.ifPresent(n -> addAuthor(authors, n, strings(o.get("affiliation"))));
                }
            }
        }
        return authors;
    }

    private static void addAuthor(List<Author> authors, String name, List<String> affiliations) {
        String clean = name.replaceAll(NAME_MARKS, "").strip();
        if (!clean.isEmpty() && !clean.equalsIgnoreCase("et al.") && !clean.equalsIgnoreCase("et al")) {
            authors.add(new Author(clean, affiliations));
        }
    }

    /**
     * The entry's affiliations by author: {@code affiliations} as a map of name to place, a list of one-key maps
     * ("- Name: place", as YAML writes them) or a list of "Name: place" strings.
     */
    private static Map<String, List<String>> affiliations(JsonObject entry) {
        Map<String, List<String>> byAuthor = new LinkedHashMap<>();
        JsonValue value = entry.get("affiliations");
        List<JsonValue> items = value == null ? List.of() : value.isArray() ? value.getAsArray() : List.of(value);
        for (JsonValue item : items) {
            if (item.isObject()) {
                item.getAsObject().entrySet().forEach(e -> strings(e.getValue()).forEach(place ->
                        byAuthor.computeIfAbsent(key(e.getKey()), k -> new ArrayList<>()).add(place)));
            } else if (item.isString() && item.getAsString().value().contains(":")) {
                String s = item.getAsString().value();
                byAuthor.computeIfAbsent(key(s.substring(0, s.indexOf(':'))), k -> new ArrayList<>())
                        .add(s.substring(s.indexOf(':') + 1).strip());
            }
        }
        return byAuthor;
    }

    private static String key(String name) {
        return name.replaceAll(NAME_MARKS, "").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (value.isString()) {
            return value.getAsString().value().isBlank() ? List.of() : List.of(value.getAsString().value().strip());
        }
        return value.isArray() ? value.getAsArray().stream().filter(JsonValue::isString)
                .map(v -> v.getAsString().value().strip()).filter(s -> !s.isEmpty()).toList() : List.of();
    }

    private static Optional<String> first(List<String> keys, JsonObject o) {
        return RecordFields.first(keys, k -> string(o, k));
    }
}
