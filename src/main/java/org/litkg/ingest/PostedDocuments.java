package org.litkg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.select.NodeTraversor;
import org.litkg.document.ContentTypes;
import org.litkg.document.Dates;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.document.Hashing;
import org.litkg.document.RecordFields;
import org.litkg.document.Slugs;
import org.litkg.document.SourceFormat;
import org.litkg.document.TextDecoder;
import org.litkg.document.TrialRegistryRecord;

/**
 * Turns the body of a write request into documents, or refuses it whole with a reason.
 *
 * <ul>
 *   <li>{@code text/plain}, {@code text/markdown}, {@code text/html}, {@code text/vtt},
 *       {@code application/x-subrip}, {@code application/xml} (a JATS article or PubMed XML), {@code application/rtf}
 *       and a Word document's media type (its bytes as they are): one document; its
 *       id, title, source and date may come as query parameters (the id defaults to a hash of the text, the title
 *       to the first heading or line). Each is reduced as a file of its kind is ({@link SourceFormat}).</li>
 *   <li>{@code application/json}: one record or an array of records; {@code application/x-ndjson}
 *       (or {@code application/jsonl}): one record a line. A record has {@code text} (or
 *       {@code abstract}, or a schema.org article's {@code articleBody}; or is a ClinicalTrials.gov study record) and
 *       may have {@code id}, {@code title}
 *       (or {@code headline}), {@code source}, {@code date} (or {@code datePublished}): {@link RecordFields}.</li>
 * </ul>
 *
 * Everything is checked before anything is read by the pipeline: strict decoding (the declared charset, or UTF-8),
 * no control
 * characters or lone surrogates, sizes within {@link InputLimits}, ids that make a safe IRI.
 */
public final class PostedDocuments {

    /** The media types a write accepts, for the 415 message and the docs. */
    public static final List<String> ACCEPTED = java.util.stream.Stream.concat(SourceFormat.mediaTypeNames().stream(),
            java.util.stream.Stream.of("application/json", "application/x-ndjson", "application/jsonl")).toList();
    private static final int MAX_JSON_DEPTH = 16;
    private static final int MAX_FIELD_CHARS = 2_000;

    private final InputLimits limits;
    private final DocumentReader reader = new DocumentReader();

    public PostedDocuments(InputLimits limits) {
        this.limits = limits;
    }

    /** The documents in {@code body}, sent as {@code contentType}, with {@code params} from the query string. */
    public List<Document> read(byte[] body, String contentType, Map<String, String> params) throws RejectedInput {
        String type = mediaType(contentType);
        if (body.length == 0) {
            throw new RejectedInput(400, "empty body: send the document's text, or JSON records with a \"text\" field");
        }
        Optional<SourceFormat> binary = SourceFormat.ofMediaType(type).filter(SourceFormat::binary);
        if (binary.isPresent()) {
            // a Word file is a zip: its bytes are no text to decode
            return List.of(single(binary.get(), () -> binary.get().reduce(body), params));
        }
        String text = decode(body, charset(contentType));
        Optional<SourceFormat> format = SourceFormat.ofMediaType(type);
        if (format.isPresent()) {
            if (format.get() == SourceFormat.HTML) {
                checkHtmlDepth(text);
            }
            return List.of(single(format.get(), () -> format.get().reduce(text), params));
        }
        return type.equals("application/json") ? records(json(text)) : jsonLines(text);
    }

    private static String mediaType(String contentType) throws RejectedInput {
        if (contentType == null || contentType.isBlank()) {
            throw new RejectedInput(415, "no Content-Type; send one of " + String.join(", ", ACCEPTED));
        }
        String type = ContentTypes.mediaType(contentType);
        if (type.equals("application/jsonlines") || type.equals("application/json-lines")) {
            type = "application/jsonl";
        }
        if (!ACCEPTED.contains(type)) {
            throw new RejectedInput(415, "unsupported media type '" + type + "'; send one of " + String.join(", ", ACCEPTED));
        }
        return type;
    }

    /** The charset the Content-Type declares, if it declares one; one Java cannot decode is refused. */
    private static Optional<Charset> charset(String contentType) throws RejectedInput {
        Optional<String> name = ContentTypes.parameter(contentType, "charset");
        try {
            return name.map(Charset::forName);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(415, "unsupported charset '" + name.get() + "'; send UTF-8");
        }
    }

    /**
     * The body as text, in its declared charset or else in UTF-8. Unlike a file, whose encoding litkg has to guess, a
     * request says its own, so bytes that are not the UTF-8 it says (or leaves to the default) are refused.
     */
    private static String decode(byte[] body, Optional<Charset> charset) throws RejectedInput {
        try {
            String text = TextDecoder.decode(body, charset.orElse(java.nio.charset.StandardCharsets.UTF_8));
            checkCharacters("body", text);
            return text;
        } catch (TextDecoder.NotTextException e) {
            throw new RejectedInput(400, "body: " + e.getMessage());
        }
    }

    /**
     * One document of a format, reduced by {@code reduce}. The reduced text is checked too: an escape in the source
     * (RTF's {@code \'07}, an e-mail's {@code =07}, HTML's {@code &#7;}) can write a control character its bytes did not hold.
     */
    private Document single(SourceFormat format, Supplier<SourceFormat.Reduced> reduce, Map<String, String> params)
            throws RejectedInput {
        SourceFormat.Reduced reduced;
        try {
            reduced = reduce.get();
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(400, e.getMessage());
        }
        checkCharacters("body as read", reduced.text());
        if (format == SourceFormat.HTML && reduced.text().isBlank()) {
            throw new RejectedInput(400, "the HTML page has no article text");
        }
        String title = field("title", params.get("title"));
        return document(params.get("id"), title != null ? title : reduced.title(), reduced.text(), params.get("source"),
                params.get("date"), "query parameter");
    }

    private Document document(String id, String title, String body, String source, String date, String where) throws RejectedInput {
        if (body.length() > limits.maxDocumentChars()) {
            throw new RejectedInput(413, where + ": document of " + body.length() + " characters; at most "
                    + limits.maxDocumentChars() + " are accepted");
        }
        String givenId = field("id", id);
        String slug = givenId == null ? "doc-" + Hashing.sha256(body).substring(0, 16) : Slugs.of(givenId);
        if (givenId != null && (givenId.codePoints().noneMatch(Character::isLetterOrDigit) || givenId.length() > 200)) {
            throw new RejectedInput(400, where + ": id '" + givenId + "' must have 1 to 200 letters or digits");
        }
        Optional<String> parsedDate = Optional.empty();
        String givenDate = field("date", date);
        if (givenDate != null) {
            parsedDate = Dates.first(givenDate);
            if (parsedDate.isEmpty()) {
                throw new RejectedInput(400, where + ": date '" + givenDate + "' is not a date (write 2024-03-15)");
            }
        }
        String src = field("source", source);
        return reader.record(slug, field("title", title), body, src == null ? "POST /kg/documents" : src, parsedDate);
    }

    private static String field(String name, String value) throws RejectedInput {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FIELD_CHARS) {
            throw new RejectedInput(400, name + " of " + value.length() + " characters; at most " + MAX_FIELD_CHARS);
        }
        checkCharacters(name, value);
        return value.strip();
    }

    /** Control characters (other than tab and line breaks) and lone surrogates make unsafe literals. */
    static void checkCharacters(String where, String text) throws RejectedInput {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new RejectedInput(400, where + ": control character U+" + String.format("%04X", (int) c)
                        + " at character " + i);
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new RejectedInput(400, where + ": unpaired surrogate at character " + i);
            }
        }
    }

    private void checkHtmlDepth(String html) throws RejectedInput {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), Jsoup.parse(html));
        if (deepest[0] > limits.maxHtmlDepth()) {
            throw new RejectedInput(400, "HTML nested " + deepest[0] + " elements deep; at most " + limits.maxHtmlDepth());
        }
    }

    private JsonValue json(String text) throws RejectedInput {
        checkJsonDepth(text, "body");
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        } catch (JsonException e) {
            throw new RejectedInput(400, "body is not valid JSON: " + e.getMessage());
        }
    }

    private List<Document> records(JsonValue value) throws RejectedInput {
        if (value instanceof JsonObject o && o.get("studies") instanceof JsonArray studies) {
            value = studies; // a ClinicalTrials.gov search, read as the file reader reads one (TrialRegistryRecord)
        }
        if (value instanceof JsonObject o) {
            return List.of(record(o, "the record"));
        }
        if (!(value instanceof JsonArray array)) {
            throw new RejectedInput(400, "JSON body must be a record or an array of records");
        }
        checkCount(array.size());
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject o)) {
                throw new RejectedInput(400, "record " + (i + 1) + " is not a JSON object");
            }
            docs.add(record(o, "record " + (i + 1)));
        }
        return docs;
    }

    private List<Document> jsonLines(String text) throws RejectedInput {
        List<Document> docs = new ArrayList<>();
        String[] lines = text.split("\n");
        checkCount((int) java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count());
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            checkJsonDepth(lines[i], where);
            JsonValue v;
            try (JsonReader r = Json.createReader(new StringReader(lines[i]))) {
                v = r.readValue();
            } catch (JsonException e) {
                throw new RejectedInput(400, where + " is not valid JSON: " + e.getMessage());
            }
            if (!(v instanceof JsonObject o)) {
                throw new RejectedInput(400, where + " is not a JSON object");
            }
            docs.add(record(o, where));
        }
        return docs;
    }

    private void checkCount(int n) throws RejectedInput {
        if (n == 0) {
            throw new RejectedInput(400, "no records in the body");
        }
        if (n > limits.maxDocuments()) {
            throw new RejectedInput(413, n + " documents in one request; at most " + limits.maxDocuments());
        }
    }

    /** A record, its fields named as a corpus or a schema.org article names them ({@link RecordFields}). */
    private Document record(JsonObject o, String where) throws RejectedInput {
        if (o.get("protocolSection") instanceof JsonObject) {
            return study(org.apache.jena.atlas.json.JSON.parse(o.toString()), where); // a ClinicalTrials.gov record
        }
        Function<String, Optional<String>> str = key -> o.get(key) instanceof JsonString s
                ? Optional.of(s.getString()) : Optional.empty();
        for (String key : RecordFields.all()) {
            JsonValue v = o.get(key);
            if (v != null && v.getValueType() != JsonValue.ValueType.NULL && !(v instanceof JsonString)) {
                throw new RejectedInput(400, where + ": \"" + key + "\" must be a string");
            }
        }
        String text = RecordFields.first(RecordFields.TEXT, str).orElse(null);
        if (text == null) {
            throw new RejectedInput(400, where + ": " + RecordFields.noText());
        }
        checkCharacters(where + " text", text);
        return document(RecordFields.first(RecordFields.ID, str).orElse(null),
                RecordFields.first(RecordFields.TITLE, str).orElse(null), text,
                RecordFields.first(RecordFields.SOURCE, str).orElse(null),
                RecordFields.first(RecordFields.DATE, str).orElse(null), where);
    }

    /** A trial registry's study record, read as the file reader reads one ({@link TrialRegistryRecord}). */
    private Document study(org.apache.jena.atlas.json.JsonObject study, String where) throws RejectedInput {
        SourceFormat.Reduced reduced;
        try {
            reduced = TrialRegistryRecord.reduce(study);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(400, where + ": " + e.getMessage());
        }
        checkCharacters(where + " text", reduced.text());
        return document(TrialRegistryRecord.id(study).orElse(null), reduced.title(), reduced.text(), null, null, where);
    }

    /** Nesting is bounded before a parser sees it, so no input can exhaust a parser's stack. */
    private static void checkJsonDepth(String json, String where) throws RejectedInput {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_JSON_DEPTH) {
                    throw new RejectedInput(400, where + ": JSON nested more than " + MAX_JSON_DEPTH + " levels deep");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
}
