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

    @Test
    void test_train_names_writes_a_model_the_reading_commands_load() {
        Path model = dir.resolve("models/names.bin");
        CommandRun train = CommandRun.of("train", "names", "--chemprot", CORPORA + "/chemprot", "--pubtator",
                CORPORA + "/names.PubTator", "--iterations", "20", "--out", model.toString());
        assertEquals(0, train.status(), train.stderr());
        assertTrue(Files.isRegularFile(model));
        assertFalse(Files.exists(dir.resolve("models/names.bin.tmp")));
        assertTrue(train.stdout().contains("6 abstracts") && train.stdout().contains("CHEMICAL=13"), train.stdout());
        CommandRun biored = CommandRun.of("eval", "biored", CORPORA + "/names.PubTator", "--name-model", model.toString());
        assertEquals(0, biored.status(), biored.stderr());
        assertTrue(biored.stdout().contains("chemical"), biored.stdout());
        CommandRun chemprot = CommandRun.of("eval", "chemprot", CORPORA + "/chemprot", "--split", "training", "--name-model",
                model.toString());
        assertEquals(0, chemprot.status(), chemprot.stderr());
        assertTrue(chemprot.stdout().contains("blocks                  5"), chemprot.stdout());
        Path trig = dir.resolve("kg.trig");
        CommandRun build = CommandRun.of("build", "data/corpus", "--name-model", model.toString(), "--out", trig.toString());
        assertEquals(0, build.status(), build.stderr());
        assertTrue(Files.isRegularFile(trig));
    }

    @Test
    void test_train_names_without_annotated_abstracts_fails_saying_what_to_give() {
        CommandRun r = CommandRun.of("train", "names", "--out", dir.resolve("names.bin").toString());
        assertEquals(1, r.status());
        assertTrue(r.stderr().contains("--chemprot DIR or --pubtator FILE"), r.stderr());
        assertFalse(Files.exists(dir.resolve("names.bin")));
    }

    @Test
    void test_a_name_model_option_naming_no_model_is_refused_by_name() throws Exception {
        Path notModel = Files.writeString(dir.resolve("names.bin"), "plain text");
        CommandRun r = CommandRun.of("eval", "biored", CORPORA + "/names.PubTator", "--name-model", notModel.toString());
        assertEquals(1, r.status());
        assertTrue(r.stderr().contains(notModel + " is not a litkg name model"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "a stack trace: " + r.stderr());
    }
}
