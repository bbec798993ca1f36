package org.litkg.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of the file reader share: a folder to write files in, and the documents and errors a read gives. */
abstract class FileReadingTest {

    @TempDir
    Path dir;

    final List<Document> docs = new ArrayList<>();
    final List<DocumentError> errors = new ArrayList<>();

    void read(Path... paths) {
        new DocumentReader().read(List.of(paths), docs::add, errors::add);
    }

    /** The document read with this id; the test fails, naming what was read and the errors, where there is none. */
    Document only(String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no document " + id + " in " + docs.stream().map(Document::id).toList() + "; errors " + errors));
    }

    /** A zip of the parts, each written as UTF-8, in the map's order: an office file or an e-book made for a test. */
    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
