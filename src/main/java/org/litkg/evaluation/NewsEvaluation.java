package org.litkg.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.RelationType;
import org.litkg.pipeline.Pipeline;
import org.litkg.recognition.DocumentEntities;

/**
 * Scores litkg against a gold file on the documents it names: relations per type and overall,
 * negated findings (asserted = an error; kept as negative evidence = expected), hedges, and the
 * typing of the gold entities. A document litkg fails to read is reported, scored as read with nothing
 * found, and does not stop the others.
 */
public final class NewsEvaluation {

    /**
     * Everything measured; {@code errors} lists each false positive and missed fact, {@code failures} each
     * document the pipeline could not analyse.
     */
    public record Report(Map<RelationType, Score> byRelation, Score overall, int negatedGold, int negatedAsserted,
                         int negatedKept, int hedgedGold, int hedgedFlagged, int typingGold, int typingFound,
                         int typingCorrect, int documents, List<String> errors, List<DocumentError> failures) {

        public double typingAccuracy() {
            return typingFound == 0 ? 0 : (double) typingCorrect / typingFound;
        }
    }

    private final Pipeline pipeline;
    private final Function<Document, DocumentExtraction> extractor;

    public NewsEvaluation(Pipeline pipeline) {
        this(pipeline, pipeline::extract);
    }

    /** With another way to read each document than the pipeline's: a test's, that fails on one. */
    NewsEvaluation(Pipeline pipeline, Function<Document, DocumentExtraction> extractor) {
        this.pipeline = pipeline;
        this.extractor = extractor;
    }

    public Report evaluate(GoldStandard gold, List<Document> documents) {
        Tally t = new Tally();
        for (Document doc : documents) {
            String key = GoldStandard.documentKey(doc.source());
            List<GoldStandard.Fact> facts = gold.facts().stream().filter(f -> f.document().equals(key)).toList();
            List<GoldStandard.Typing> typings = gold.typings().stream().filter(x -> x.document().equals(key)).toList();
            if (facts.isEmpty() && typings.isEmpty()) {
                continue;
            }
            t.documents++;
            DocumentExtraction x;
            try {
                x = extractor.apply(doc);
            } catch (RuntimeException e) {
                t.failures.add(new DocumentError(doc.source(), "could not be analysed (" + e + "); please report this"));
                scoreRelations(key, facts, List.of(), t); // its gold facts count as missed
                continue;
            }
            scoreRelations(key, facts, Prediction.of(x, pipeline.lexicon()), t);
            scoreTypings(key, typings, x.recognized().entities(), t);
        }
        Score overall = new Score();
        t.byRelation.values().forEach(overall::add);
        return new Report(t.byRelation, overall, t.negatedGold, t.negatedAsserted, t.negatedKept, t.hedgedGold,
                t.hedgedFlagged, t.typingGold, t.typingFound, t.typingCorrect, t.documents, t.errors, t.failures);
    }

    /** The counts while an evaluation runs; they become the {@link Report}. */
    private static final class Tally {
        final Map<RelationType, Score> byRelation = new EnumMap<>(RelationType.class);
        final List<String> errors = new ArrayList<>();
        final List<DocumentError> failures = new ArrayList<>();
        int negatedGold;
        int negatedAsserted;
        int negatedKept;
        int hedgedGold;
        int hedgedFlagged;
        int typingGold;
        int typingFound;
        int typingCorrect;
        int documents;

        Score score(RelationType relation) {
            return byRelation.computeIfAbsent(relation, r -> new Score());
        }
    }

    private static void scoreRelations(String doc, List<GoldStandard.Fact> facts, List<Prediction> predictions, Tally t) {
        List<GoldStandard.Fact> positive = facts.stream().filter(f -> !f.negated()).toList();
        for (Prediction p : predictions) {
            if (p.negated()) {
                continue;
            }
            boolean correct = positive.stream().anyMatch(p::matches);
            t.score(p.relation()).prediction(correct);
            if (!correct) {
                t.errors.add(doc + "\tfalse positive\t" + p.describe() + "\t" + p.sentence());
            }
        }
        for (GoldStandard.Fact f : facts) {
            if (f.negated()) {
                t.negatedGold++;
                if (predictions.stream().anyMatch(p -> !p.negated() && p.matches(f))) {
                    t.negatedAsserted++;
                    t.errors.add(doc + "\tnegated finding asserted\t" + f.where());
                }
                if (predictions.stream().anyMatch(p -> p.negated() && p.matches(f))) {
                    t.negatedKept++;
                }
                continue;
            }
            List<Prediction> found = predictions.stream().filter(p -> !p.negated() && p.matches(f)).toList();
            t.score(f.relation()).gold(!found.isEmpty());
            if (found.isEmpty()) {
                t.errors.add(doc + "\tmissed\t" + String.join("|", f.subject()) + " " + f.relation().property() + " "
                        + String.join("|", f.object()) + "\t" + f.where());
            }
            if (f.hedged()) {
                t.hedgedGold++;
                if (found.stream().anyMatch(Prediction::hedged)) {
                    t.hedgedFlagged++;
                }
            }
        }
    }

    private void scoreTypings(String doc, List<GoldStandard.Typing> typings, DocumentEntities entities, Tally t) {
        for (GoldStandard.Typing typing : typings) {
            t.typingGold++;
            List<DocumentEntities.Entity> named = entities.all().stream()
                    .filter(e -> Names.overlap(Prediction.names(e, pipeline.lexicon()), typing.names())).toList();
            if (named.isEmpty()) {
                t.errors.add(doc + "\tentity not found\t" + String.join("|", typing.names()) + " (" + typing.type().className() + ")");
                continue;
            }
            t.typingFound++;
            if (named.stream().anyMatch(e -> e.type() == typing.type())) {
                t.typingCorrect++;
            } else {
                t.errors.add(doc + "\tentity mistyped\t" + String.join("|", typing.names()) + " is " + typing.type().className()
                        + ", read as " + named.stream().map(e -> e.type().className()).distinct().toList());
            }
        }
    }
}
