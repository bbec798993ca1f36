package org.litkg.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads documents from files and folders, one at a time, so a corpus of any size streams through.
 *
 * <p>Each file kind {@link SourceFormat} names (plain or hard-wrapped text, Markdown, HTML and saved MHTML pages,
 * subtitles, JATS and PubMed XML, e-mail and mailbox archives, BibTeX, LaTeX, RTF, CSV and Excel reference lists, Jupyter
 * notebooks, Org-mode notes, Word, OpenDocument, PowerPoint, PDF, EPUB) is reduced to the text litkg reads; JSON
 * ({@code .json}, or {@code .jsonld} as a page's schema.org metadata is saved: a record, an array of them, a schema.org
 * article, a ClinicalTrials.gov record, or a literature service's answer, {@link LiteratureServices}) and JSON Lines
 * ({@code .jsonl}: one record a line) give a document a record, their fields named as {@link RecordFields} lists them;
 * a Mastodon, Bluesky or Reddit thread ({@link SocialStatuses}, {@link BlueskyPosts}, {@link RedditThread}) is one
 * document. YAML ({@code .yml}, {@code .yaml}: a website's publication list, Pandoc's references) is read as the JSON
 * it denotes ({@link YamlData}).
 * Any of these may come gzipped ({@code .xml.gz}, {@code .jsonl.gz}), as PubMed's baseline files do.
 * A file that cannot be read is reported, with its path and the problem, and the rest go on.
 */
public final class DocumentReader {

    private final Map<String, String> shaById = new HashMap<>();

    /** Reads every document under the paths, in a stable order, handing each to one of the two sinks. */
    public void read(List<Path> paths, Consumer<Document> documents, Consumer<DocumentError> errors) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                errors.accept(new DocumentError(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, errors)) {
                    readFile(file, documents, errors);
                }
            } else {
                readFile(path, documents, errors);
            }
        }
    }

    private static List<Path> filesUnder(Path folder, Consumer<DocumentError> errors) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> isJson(p) || SourceFormat.ofExtension(extension(p)).isPresent())
                    .filter(p -> !isCommentedTable(p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.accept(new DocumentError(folder.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void readFile(Path file, Consumer<Document> documents, Consumer<DocumentError> errors) {
        if (!Files.isReadable(file)) {
            errors.accept(new DocumentError(file.toString(), "not readable (check its permissions)"));
            return;
        }
        if (extension(file).equals("jsonl")) {
            readJsonLines(file, documents, errors);
            return;
        }
        String name = file.getFileName().toString();
        String inner = Gzip.innerName(file);
        String stem = inner.contains(".") ? inner.substring(0, inner.lastIndexOf('.')) : inner;
        try {
            if (extension(file).equals("json") || extension(file).equals("jsonld")) {
                readJson(file, stem, TextDecoder.decode(Gzip.readAll(file)), documents, errors);
                return;
            }
            if (extension(file).equals("yml") || extension(file).equals("yaml")) { // the same records, written in YAML
                readJsonValue(file, stem, YamlData.parse(TextDecoder.decode(Gzip.readAll(file))), documents, errors);
                return;
            }
            SourceFormat format = SourceFormat.ofExtension(extension(file)).orElse(SourceFormat.PLAIN);
            byte[] bytes = Gzip.readAll(file);
            SourceFormat.Reduced reduced = format.binary() ? format.reduce(bytes) : format.reduce(TextDecoder.decode(bytes));
            documents.accept(document(stem, reduced.title(), reduced.text(), name, Optional.empty()));
        } catch (TextDecoder.NotTextException | IllegalArgumentException e) { // not text, or not what its format says
            errors.accept(new DocumentError(file.toString(), e.getMessage()));
        } catch (IOException e) {
            errors.accept(new DocumentError(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /**
     * A tab-separated file that opens with a "#" comment: litkg's own gold and lexicon files, found beside the
     * documents they describe, which no table of works (whose first line is its header) is.
     */
    private static boolean isCommentedTable(Path file) {
        if (!extension(file).equals("tsv")) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.read() == '#';
        } catch (IOException e) {
            return false; // reading it will report the problem
        }
    }

    /** JSON, or YAML, whose records are read as JSON's are. */
    private static final java.util.Set<String> JSON_EXTENSIONS = java.util.Set.of("jsonl", "json", "jsonld", "yml", "yaml");

    private static boolean isJson(Path file) {
        return JSON_EXTENSIONS.contains(extension(file));
    }

    /**
     * A JSON file: one record (a corpus record or a schema.org article), an array of them, or JSON-LD whose
     * {@code @graph} holds them. A lone record without an id takes the file's name, the others the name and their place.
     */
    private void readJson(Path file, String stem, String json, Consumer<Document> documents, Consumer<DocumentError> errors) {
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (JsonParseException e) {
            errors.accept(new DocumentError(file.toString(), "not valid JSON: " + e.getMessage()));
            return;
        }
        readJsonValue(file, stem, value, documents, errors);
    }

    private void readJsonValue(Path file, String stem, JsonValue value, Consumer<Document> documents,
                               Consumer<DocumentError> errors) {
        Optional<SourceFormat.Reduced> thread = SocialStatuses.thread(value) // a social network's thread: one document
                .or(() -> BlueskyPosts.thread(value)).or(() -> RedditThread.thread(value));
        if (thread.isPresent()) {
            documents.accept(document(stem, thread.get().title(), thread.get().text(), file.getFileName().toString(),
                    Optional.empty()));
            return;
        }
        List<JsonObject> studies = TrialRegistryRecord.studies(value);
        for (int i = 0; i < studies.size(); i++) { // a ClinicalTrials.gov record, or a search's
            String id = TrialRegistryRecord.id(studies.get(i)).orElse(studies.size() == 1 ? stem : stem + "-" + (i + 1));
            try {
                SourceFormat.Reduced study = TrialRegistryRecord.reduce(studies.get(i));
                documents.accept(document(id, study.title(), study.text(), file.getFileName().toString(), Optional.empty()));
            } catch (IllegalArgumentException e) {
                errors.accept(new DocumentError(file + (studies.size() == 1 ? "" : " study " + (i + 1)), e.getMessage()));
            }
        }
        if (!studies.isEmpty()) {
            return;
        }
        try { // a literature service's answer: Europe PMC, Crossref, OpenAlex, BioC, Semantic Scholar
            Optional<String> records = LiteratureServices.records(value);
            if (records.isPresent()) {
                documents.accept(document(stem, null, records.get(), file.getFileName().toString(), Optional.empty()));
                return;
            }
        } catch (IllegalArgumentException e) {
            errors.accept(new DocumentError(file.toString(), e.getMessage()));
            return;
        }
        JsonValue graph = value.isObject() ? value.getAsObject().get("@graph") : null;
        List<JsonValue> records = value.isArray() ? value.getAsArray()
                : graph != null && graph.isArray() ? graph.getAsArray().stream().filter(v -> v.isObject()
                        && RecordFields.first(RecordFields.TEXT, k -> string(v.getAsObject(), k)).isPresent()).toList()
                : List.of(value);
        for (int i = 0; i < records.size(); i++) {
            String where = records.size() == 1 ? file.toString() : file + " record " + (i + 1);
            if (!records.get(i).isObject()) {
                errors.accept(new DocumentError(where, "not a JSON object"));
                continue;
            }
            JsonObject record = records.get(i).getAsObject();
            String id = RecordFields.first(RecordFields.ID, k -> string(record, k))
                    .orElse(records.size() == 1 ? stem : stem + "-" + (i + 1));
            try {
                documents.accept(fromRecord(record, id, file.getFileName().toString()));
            } catch (IllegalArgumentException e) {
                errors.accept(new DocumentError(where, e.getMessage()));
            }
        }
    }

    private void readJsonLines(Path file, Consumer<Document> documents, Consumer<DocumentError> errors) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Gzip.open(file), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + lineNo;
                try {
                    documents.accept(jsonLine(line, where));
                } catch (IllegalArgumentException e) {
                    errors.accept(new DocumentError(where, e.getMessage()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            errors.accept(new DocumentError(file.toString(), "cannot read as UTF-8 JSON Lines: " + e.getMessage()));
        }
    }

    /**
     * One line of a JSON Lines corpus, read from {@code where} ("corpus.jsonl line 12", the source
     * when the record names none), as {@link #read} reads it: for a reader that splits the file
     * itself (a Spark job). Throws IllegalArgumentException saying what is wrong with the line.
     */
    public Document jsonLine(String line, String where) {
        JsonObject record;
        try {
            record = JSON.parse(withUnicodeEscapes(line));
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's JSON parser fails with a NullPointerException on a line cut short ('{"id": "a", "text": ').
            throw new IllegalArgumentException("not a JSON object: the line ends before the record does", e);
        }
        String id = string(record, "id").orElseThrow(() -> new IllegalArgumentException("record has no \"id\""));
        return fromRecord(record, id, where);
    }

    /** JSON's short escapes for a form feed and a backspace, which Jena's parser rejects: a backslash, "f" or "b". */
    private static final java.util.regex.Pattern SHORT_ESCAPE =
            java.util.regex.Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\([fb])");

    /**
     * The line with its form feed and backspace escapes written as Unicode escapes, which Jena's parser reads: Python's
     * json module writes a page break from pdftotext with the short one.
     */
    static String withUnicodeEscapes(String line) {
        return line.indexOf('\\') < 0 ? line : SHORT_ESCAPE.matcher(line).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(m.group(1) + "\\u00" + (m.group(2).equals("f") ? "0c" : "08")));
    }

    private Document fromRecord(JsonObject record, String id, String where) {
        Function<String, Optional<String>> field = k -> string(record, k);
        String title = RecordFields.first(RecordFields.TITLE, field).orElse(null);
        String body = RecordFields.first(RecordFields.TEXT, field)
                .orElseThrow(() -> new IllegalArgumentException(RecordFields.noText()));
        return record(id, title, body, RecordFields.first(RecordFields.SOURCE, field).orElse(where),
                RecordFields.first(RecordFields.DATE, field).flatMap(Dates::first));
    }

    /**
     * A document from a record's fields. The title is part of the analysed text, followed by one
     * newline, as in PubMed: abstracts often name the finding there, and corpora such as ChemProt
     * and BioRED count their offsets over title + one separator + abstract.
     */
    public Document record(String id, String title, String body, String source, Optional<String> date) {
        String text = title == null || title.isBlank() ? body : title + "\n" + body;
        return document(id, title, text, source, date);
    }

    private Document document(String name, String title, String text, String source, Optional<String> date) {
        String sha = Hashing.sha256(text);
        String id = Slugs.of(name);
        String previous = shaById.putIfAbsent(id, sha);
        if (previous != null && !previous.equals(sha)) {
            id = distinctId(id, sha);
            shaById.putIfAbsent(id, sha);
        }
        String resolvedTitle = title == null || title.isBlank() ? PageLayout.title(text) : title.strip();
        return new Document(id, resolvedTitle, text, source, date.or(() -> PageLayout.dateline(text)), sha,
                PageLayout.proseBlocks(text));
    }

    /**
     * The id of a document whose id an earlier document with other text already has: the id and the
     * start of its text's hash. The first document read keeps the plain id.
     */
    public static String distinctId(String id, String sha256) {
        return id + "-" + sha256.substring(0, 8);
    }

    private static Optional<String> string(JsonObject record, String key) {
        JsonValue value = record.get(key);
        if (value == null || value.isNull() || value.isArray() || value.isObject()) {
            return Optional.empty();
        }
        return Optional.of(value.isString() ? value.getAsString().value() : value.toString());
    }

    /** The extension of the file's name, or of the name of the file it holds if it is gzipped ("xml" for "a.xml.gz"). */
    static String extension(Path p) {
        String name = Gzip.innerName(p);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The paths of all files a read of these paths would consider, for fingerprinting a corpus. */
    public static List<Path> corpusFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(filesUnder(path, e -> { }));
            } else if (Files.exists(path)) {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * How many documents a read of these paths will give (a file each, a JSON file's array counted as one, a non-blank
     * line of each JSON Lines file), counted without parsing, for a progress bar over a streamed corpus.
     */
    public static int countDocuments(List<Path> paths) {
        int n = 0;
        for (Path file : corpusFiles(paths)) {
            if (!extension(file).equals("jsonl")) {
                n++;
                continue;
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Gzip.open(file), StandardCharsets.UTF_8))) {
                n += (int) in.lines().filter(l -> !l.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
                n++;
            }
        }
        return n;
    }
}
