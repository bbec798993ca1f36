package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.NameFinderModel;
import picocli.CommandLine.Option;

/** The {@code --name-model FILE} option every reading command shares (a picocli mixin). */
final class NameModelOption {

    /** Where 'litkg train names' writes by default; 'serve' and 'add' load it from here when no option is given. */
    static final Path TRAINED = Path.of("data/models/names.bin");

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "A name model from 'litkg train names': finds the chemical and gene names nothing else recognises.")
    Path file;

    /** The model file given, if any. */
    Optional<Path> given() {
        return Optional.ofNullable(file);
    }

    /** The model file given, or else the one 'litkg train names' wrote to data/models/ (named on stderr), if any. */
    Optional<Path> givenOrTrained() {
        if (file == null && Files.isRegularFile(TRAINED)) {
            Progress.say("using name model " + TRAINED);
            return Optional.of(TRAINED);
        }
        return given();
    }

    /** The finder the file holds; a file that is no model is an error naming it. */
    static Optional<NameFinder> load(Optional<Path> file) throws IOException {
        return file.isEmpty() ? Optional.empty() : Optional.of(NameFinderModel.load(file.get()));
    }
}
