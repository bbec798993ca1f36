package org.litkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.RelationType;
import org.litkg.pipeline.Pipeline;

class NewsEvaluationTest {

    @TempDir
    Path dir;

    private static NewsEvaluation.Report evaluate(Path gold, Path docs) throws Exception {
        List<Document> documents = new ArrayList<>();
        new DocumentReader().read(List.of(docs), documents::add, e -> { throw new AssertionError(e.toString()); });
        return new NewsEvaluation(new Pipeline(List.of())).evaluate(GoldStandard.read(gold), documents);
    }

    @Test
    void test_gold_file_errors_name_the_line() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "# comment\ndoc.txt\tX\tblocks\tY\ndoc.txt\tX\tcures\tY\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldStandard.read(gold));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("cures"), e.getMessage());
    }

    @Test
    void test_scores_count_right_wrong_missed_and_negated_findings() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "Drug Story\n\nIn the trial, the drug ulocuplumab blocks CXCR4 on cancer cells. "
                + "Ulocuplumab also blocks CCR7 in mice. Ulocuplumab does not block CXCR7 in any of the tested cells.\n");
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "story.txt\tulocuplumab\tblocks\tCXCR4\n"
                + "story.txt\tulocuplumab\tbinds\tCXCR4\n"
                + "story.txt\tulocuplumab\tnot:blocks\tCXCR7\n"
                + "story.txt\tulocuplumab\ttype\tDrug\n");
        NewsEvaluation.Report r = evaluate(gold, dir.resolve("story.txt"));
        Score blocks = r.byRelation().get(RelationType.BLOCKS);
        assertEquals(2, blocks.predicted(), "CXCR4 and CCR7");
        assertEquals(0.5, blocks.precision(), 1e-9, "CCR7 is not in the gold file");
        assertEquals(1.0, blocks.recall(), 1e-9);
        assertEquals(0.0, r.byRelation().get(RelationType.BINDS).recall(), 1e-9);
        assertEquals(1, r.negatedGold());
        assertEquals(0, r.negatedAsserted());
        assertEquals(1, r.negatedKept());
        assertEquals(1, r.typingCorrect());
    }

    /** The development set in data/eval: a regression guard at the targets, not a tuned figure. */
    @Test
    void test_development_set_meets_the_targets() throws Exception {
        NewsEvaluation.Report r = evaluate(Path.of("data/eval/news-gold.tsv"), Path.of("data/eval/news"));
        assertTrue(r.overall().precision() >= 0.90, "precision " + r.overall().precision() + "\n" + String.join("\n", r.errors()));
        assertTrue(r.overall().f1() >= 0.85, "F1 " + r.overall().f1() + "\n" + String.join("\n", r.errors()));
        assertEquals(0, r.negatedAsserted(), String.join("\n", r.errors()));
        assertTrue(r.typingAccuracy() >= 0.95, "typing " + r.typingAccuracy());
    }

    @Test
    void test_a_document_litkg_fails_to_read_is_reported_and_scored_as_missed_without_stopping_the_others()
            throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Drug Story\n\nUlocuplumab blocks CXCR4 on cancer cells. It is new.\n");
        Files.writeString(dir.resolve("b.txt"), "Drug Story\n\nVelixafor blocks CXCR4 on cancer cells. It is new.\n");
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "a.txt\tulocuplumab\tblocks\tCXCR4\nb.txt\tvelixafor\tblocks\tCXCR4\n");
        List<Document> documents = new ArrayList<>();
        new DocumentReader().read(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), documents::add,
                e -> { throw new AssertionError(e.toString()); });
        Pipeline pipeline = new Pipeline(List.of());
        NewsEvaluation failingOnB = new NewsEvaluation(pipeline, doc -> {
            if (doc.source().endsWith("b.txt")) {
                throw new IllegalStateException("a bug in a recogniser");
            }
            return pipeline.extract(doc);
        });
        NewsEvaluation.Report r = failingOnB.evaluate(GoldStandard.read(gold), documents);
        assertEquals(2, r.documents());
        assertEquals(1, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).toString().contains("b.txt")
                && r.failures().get(0).toString().contains("a bug in a recogniser"), r.failures().toString());
        assertEquals(2, r.overall().gold(), r.errors().toString());
        assertEquals(0.5, r.overall().recall(), 1e-9, "a.txt's fact found, b.txt's counted as missed: " + r.errors());
    }
}
