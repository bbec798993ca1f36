package org.litkg.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
