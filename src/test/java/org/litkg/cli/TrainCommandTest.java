package org.litkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code litkg train names} and the {@code --name-model} option as a user runs them, on the small annotated files
 * written for the tests: a model is written whole, read by the other commands, and a bad input is refused by name.
 */
class TrainCommandTest {

    private static final String CORPORA = "src/test/resources/corpora";

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        stdout = r.stdout();
        stderr = r.stderr();
        return r.status();
    }

    @Test
    void test_train_names_writes_a_model_the_reading_commands_load() {
        Path model = dir.resolve("models/names.bin");
        assertEquals(0, run("train", "names", "--chemprot", CORPORA + "/chemprot", "--pubtator", CORPORA + "/names.PubTator",
                "--iterations", "20", "--out", model.toString()), stderr);
        assertTrue(Files.isRegularFile(model));
        assertFalse(Files.exists(dir.resolve("models/names.bin.tmp")));
        assertTrue(stdout.contains("6 abstracts") && stdout.contains("CHEMICAL=13"), stdout);
        assertEquals(0, run("eval", "biored", CORPORA + "/names.PubTator", "--name-model", model.toString()), stderr);
        assertTrue(stdout.contains("chemical"), stdout);
        assertEquals(0, run("eval", "chemprot", CORPORA + "/chemprot", "--split", "training", "--name-model", model.toString()),
                stderr);
        assertTrue(stdout.contains("blocks                  5"), stdout);
        Path trig = dir.resolve("kg.trig");
        assertEquals(0, run("build", "data/corpus", "--name-model", model.toString(), "--out", trig.toString()), stderr);
        assertTrue(Files.isRegularFile(trig));
    }

    @Test
    void test_train_names_without_annotated_abstracts_fails_saying_what_to_give() {
        assertEquals(1, run("train", "names", "--out", dir.resolve("names.bin").toString()));
        assertTrue(stderr.contains("--chemprot DIR or --pubtator FILE"), stderr);
        assertFalse(Files.exists(dir.resolve("names.bin")));
    }

    @Test
    void test_a_name_model_option_naming_no_model_is_refused_by_name() throws Exception {
        Path notModel = Files.writeString(dir.resolve("names.bin"), "plain text");
        assertEquals(1, run("eval", "biored", CORPORA + "/names.PubTator", "--name-model", notModel.toString()));
        assertTrue(stderr.contains(notModel + " is not a litkg name model"), stderr);
        assertFalse(stderr.contains("\tat "), "a stack trace: " + stderr);
    }
}
