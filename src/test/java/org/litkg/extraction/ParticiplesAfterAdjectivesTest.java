package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.Pipeline;

/**
 * A relation verb the tagger calls a noun after a word it calls an adjective: a verb when a name follows it ("the
 * joint produce CXCL13"), but a participle after an adjective is no clause's verb ("more active inhibiting AChE than
 * BuChE", a ChemProt abstract's comparison). The lexicon is written for the test, as are the texts.
 */
class ParticiplesAfterAdjectivesTest {

    @TempDir
    Path dir;

    @Test
    void test_a_participle_after_an_adjective_takes_no_subject_from_the_clause_before() throws IOException {
        Path lexicon = dir.resolve("enzymes.tsv");
        Files.writeString(lexicon, "hgnc-108\tProtein\tACHE\tACHE|acetylcholinesterase\tHGNC:108\tcs\n"
                + "drugbank-db06352\tDrug\tButyrylcholinesterase\tButyrylcholinesterase|BuChE\tDrugBank:DB06352\t\n");
        Pipeline pipeline = new Pipeline(List.of(lexicon));
        List<String> read = Readings.extract(pipeline, "Results\n\nGenerally, inhibitory potency of compounds was "
                + "stronger against AChE than BuChE, and one of them was 1154-fold more active inhibiting AChE "
                + "(IC50 = 0.17 uM) than BuChE.\n").statements().stream().map(Readings::show).toList();
        assertFalse(read.stream().anyMatch(x -> x.contains("blocks ACHE")), read.toString());
    }

    @Test
    void test_a_verb_tagged_a_noun_after_an_adjective_is_a_verb_when_a_name_follows() {
        List<String> read = Readings.read("Coverage\n\nFibroblasts in the inflamed joint produce CXCL13 in large "
                + "amounts, the team said.\n");
        assertTrue(read.contains("fibroblast secretes CXCL13"), read.toString());
    }
}
