package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The {@code --lexicon FILE} option every reading command shares (a picocli mixin). */
final class LexiconFiles {

    /** Where 'litkg lexicon import' writes by default; 'serve' loads every .tsv here when no --lexicon is given. */
    static final Path IMPORTED_DIR = Path.of("data/lexicon");

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon TSV files, e.g. from 'litkg lexicon import'.")
    List<Path> files = new ArrayList<>();

    /** The files given, or else every .tsv in data/lexicon/ (named on stderr). */
    List<Path> filesOrImported() throws IOException {
        if (!files.isEmpty() || !Files.isDirectory(IMPORTED_DIR)) {
            return files;
        }
        try (Stream<Path> found = Files.list(IMPORTED_DIR)) {
            List<Path> tsv = found.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
            tsv.forEach(f -> Progress.say("using lexicon " + f));
            return tsv;
        }
    }
}
