package org.litkg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.document.Span;

/** The trained name finder: trained on sentences written for the test, saved, loaded, and asked about a new one. */
class NameFinderModelTest {

    @TempDir
    Path dir;

    /** Sentences naming made-up chemicals ending in -azine and genes shaped like symbols, each in several contexts. */
    private static List<NameFinderModel.Sample> samples() {
        String[] chemicals = {"lorazine", "tepazine", "mirazine", "dolazine", "capazine", "fenazine"};
        String[] genes = {"KRX4", "TMP9", "SLQ2", "BRN7", "PLX5", "GDR3"};
        List<NameFinderModel.Sample> samples = new ArrayList<>();
        for (int i = 0; i < chemicals.length; i++) {
            samples.add(sample("Cells were treated with " + chemicals[i] + " and " + genes[i] + " activity fell .",
                    new int[] {4, 5}, new int[] {6, 7}));
            samples.add(sample("We found that " + chemicals[i] + " inhibits " + genes[i] + " in the liver .",
                    new int[] {3, 4}, new int[] {5, 6}));
            samples.add(sample("The patients were seen in the clinic every week .", null, null));
        }
        return samples;
    }

    private static NameFinderModel.Sample sample(String text, int[] chemical, int[] gene) {
        List<NameFinder.Found> names = new ArrayList<>();
        if (chemical != null) {
            names.add(new NameFinder.Found(chemical[0], chemical[1], NameFinder.Kind.CHEMICAL, 1));
        }
        if (gene != null) {
            names.add(new NameFinder.Found(gene[0], gene[1], NameFinder.Kind.GENE, 1));
        }
        return new NameFinderModel.Sample(List.of(text.split(" ")), names);
    }

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(w, w.toLowerCase(java.util.Locale.ROOT), new Span(at, at + w.length()), "X", w));
            at += w.length() + 1;
        }
        return new Sentence(0, new Span(0, text.length()), text, tokens);
    }

    @Test
    void test_name_model_finds_a_new_name_of_a_trained_shape_in_a_new_sentence() throws IOException {
        NameFinderModel model = NameFinderModel.train(samples(), 50);
        List<NameFinder.Found> found = model.find(sentence("Cells were treated with vexazine and MLK8 activity fell ."));
        assertTrue(found.stream().anyMatch(f -> f.from() == 4 && f.to() == 5 && f.kind() == NameFinder.Kind.CHEMICAL),
                found.toString());
        assertTrue(found.stream().allMatch(f -> f.probability() > 0 && f.probability() <= 1), found.toString());
        assertTrue(model.find(sentence("The patients were seen in the clinic every week .")).isEmpty());
    }

    @Test
    void test_name_model_saved_and_loaded_reads_the_same() throws IOException {
        NameFinderModel model = NameFinderModel.train(samples(), 50);
        Path file = dir.resolve("models/names.bin");
        model.save(file);
        Sentence s = sentence("We found that dolazine inhibits KRX4 in the liver .");
        assertEquals(model.find(s), NameFinderModel.load(file).find(s));
    }

    @Test
    void test_name_model_refuses_a_file_that_is_no_model_naming_it() throws IOException {
        Path notModel = Files.writeString(dir.resolve("names.bin"), "not a model");
        IOException e = assertThrows(IOException.class, () -> NameFinderModel.load(notModel));
        assertTrue(e.getMessage().contains(notModel.toString()) && e.getMessage().contains("not a litkg name model"),
                e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> NameFinderModel.load(dir.resolve("absent.bin")));
        assertTrue(missing.getMessage().contains("litkg train names"), missing.getMessage());
    }

    @Test
    void test_name_model_training_needs_named_sentences() {
        List<NameFinderModel.Sample> unnamed = List.of(sample("Nothing is named here .", null, null));
        assertThrows(IllegalArgumentException.class, () -> NameFinderModel.train(unnamed, 10));
    }
}
