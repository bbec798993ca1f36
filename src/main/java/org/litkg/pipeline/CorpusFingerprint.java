package org.litkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litkg.document.DocumentReader;
import org.litkg.document.Hashing;

/**
 * A hash of everything a build depends on: litkg's version, the lexicon files, the name model, and each
 * corpus file's path and bytes. A store built from the same fingerprint is reused instead of rebuilt.
 */
public final class CorpusFingerprint {

    private CorpusFingerprint() {
    }

    public static String of(List<Path> inputs, List<Path> lexiconFiles) {
        return of(inputs, lexiconFiles, Optional.empty());
    }

    public static String of(List<Path> inputs, List<Path> lexiconFiles, Optional<Path> nameModel) {
        List<String> parts = new ArrayList<>();
        parts.add("litkg " + Pipeline.VERSION);
        for (Path p : lexiconFiles) {
            parts.add("lexicon " + p.toAbsolutePath().normalize() + " " + contentHash(p));
        }
        nameModel.ifPresent(p -> parts.add("name model " + p.toAbsolutePath().normalize() + " " + contentHash(p)));
        for (Path p : DocumentReader.corpusFiles(inputs)) {
            parts.add(p.toAbsolutePath().normalize() + " " + contentHash(p));
        }
        return Hashing.sha256(String.join("\n", parts));
    }

    private static String contentHash(Path p) {
        try {
            return Hashing.sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
