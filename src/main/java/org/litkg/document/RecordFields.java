package org.litkg.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The fields of a document record in JSON, under the names corpora give them ({@code id}, {@code title}, {@code text}
 * or {@code abstract}, {@code source}, {@code date}) and the names a schema.org article gives them, as a news site's
 * JSON-LD or a CMS export does ({@code headline}, {@code articleBody}, {@code datePublished}, {@code url}). The file
 * reader and the HTTP write read records alike.
 */
public final class RecordFields {

    public static final List<String> ID = List.of("id");
    public static final List<String> TITLE = List.of("title", "headline", "name");
    public static final List<String> TEXT = List.of("text", "abstract", "articleBody", "body");
    public static final List<String> SOURCE = List.of("source", "url");
    public static final List<String> DATE = List.of("date", "datePublished", "dateCreated");

    private RecordFields() {
    }

    /** Every field name a record may use, for checking that each holds a string. */
    public static List<String> all() {
        return Stream.of(ID, TITLE, TEXT, SOURCE, DATE).flatMap(List::stream).toList();
    }

    /** The first of the names the record gives a non-blank string for. */
    public static Optional<String> first(List<String> names, Function<String, Optional<String>> field) {
        return names.stream().map(field).flatMap(Optional::stream).filter(v -> !v.isBlank()).findFirst();
    }

    /** What to say when a record has no text: the names looked for. */
    public static String noText() {
        return "record has no text: none of " + String.join(", ", TEXT.stream().map(n -> "\"" + n + "\"").toList());
    }
}
