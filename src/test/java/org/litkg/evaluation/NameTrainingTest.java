package org.litkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.Sentence;
import org.litkg.document.DocumentReader;
import org.litkg.pipeline.Pipeline;

/**
 * Training the name model on annotated abstracts in ChemProt's and PubTator's formats, and scoring ChemProt end to
 * end, on small files written for the tests ({@code src/test/resources/corpora}).
 */
class NameTrainingTest {

    private static final Path CORPORA = Path.of("src/test/resources/corpora");
    private static final Pipeline PIPELINE = new Pipeline(List.of());

    @Test
    void test_name_training_reads_both_formats_and_leaves_out_a_mention_that_ends_inside_a_token() throws IOException {
        NameTraining.Report r = new NameTraining(PIPELINE::analyze).train(Optional.of(CORPORA.resolve("chemprot")), "training",
                List.of(CORPORA.resolve("names.PubTator")), 30, m -> { });
        assertEquals(6, r.abstracts());
        // 10 ChemProt chemicals and 3 PubTator ones, 7 and 2 genes; ChemProt's "SLCX" ends inside the token "SLCX2"
        assertEquals(13, r.names().get(NameFinder.Kind.CHEMICAL), r.names().toString());
        assertEquals(9, r.names().get(NameFinder.Kind.GENE), r.names().toString());
        assertEquals(1, r.leftOut());
        Sentence s = PIPELINE.analyze(new DocumentReader().record("t", null,
                "Zorbatinib is a selective inhibitor of KPX3 with an IC50 of 12 nM.", "test", Optional.empty())).sentences().get(0);
        List<NameFinder.Found> found = r.model().find(s);
        assertTrue(found.stream().anyMatch(f -> f.from() == 0 && f.kind() == NameFinder.Kind.CHEMICAL), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.from() == 6 && f.kind() == NameFinder.Kind.GENE), found.toString());
    }

    @Test
    void test_name_training_without_annotated_abstracts_says_what_to_give() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NameTraining(PIPELINE::analyze).train(Optional.empty(), "training", List.of(), 10, m -> { }));
        assertTrue(e.getMessage().contains("--chemprot") && e.getMessage().contains("--pubtator"), e.getMessage());
    }

    @Test
    void test_chemprot_evaluation_counts_each_distinct_blocking_pair_once_and_no_activation() throws IOException {
        ChemProtEvaluation.Report r = new ChemProtEvaluation(PIPELINE).evaluate(CORPORA.resolve("chemprot"), "training", m -> { });
        assertEquals(4, r.abstracts());
        // Kelmacrine-TRPX7, zorbatinib-KPX3 (twice in the gold), ruvoxolone-MRLX, dapelmine-SLCX2, tovaprazine-SLCX2;
        // aldorine's CPR:3 activation of MRLX is no blocking pair
        assertEquals(5, r.score().gold());
    }
}
