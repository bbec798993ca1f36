package org.litkg.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.litkg.document.Document;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.RelationType;
import org.litkg.pipeline.Pipeline;
import org.litkg.recognition.DocumentEntities;

/**
 * Scores litkg against a gold file on the documents it names: relations per type and overall,
 * negated findings (asserted = an error; kept as negative evidence = expected), hedges, and the
 * typing of the gold entities.
 */
public final class NewsEvaluation {

    /** Everything measured; {@code errors} lists each false positive and missed fact. */
    public record Report(Map<RelationType, Score> byRelation, Score overall, int negatedGold, int negatedAsserted,
                         int negatedKept, int hedgedGold, int hedgedFlagged, int typingGold, int typingFound,
                         int typingCorrect, int documents, List<String> errors) {

        public double typingAccuracy() {
            return typingFound == 0 ? 0 : (double) typingCorrect / typingFound;
        }
    }

    private final Pipeline pipeline;

    public NewsEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Report evaluate(GoldStandard gold, List<Document> documents) {
        Map<RelationType, Score> byRelation = new EnumMap<>(RelationType.class);
        List<String> errors = new ArrayList<>();
        int[] counts = new int[8];
        int scored = 0;
        for (Document doc : documents) {
            String key = GoldStandard.documentKey(doc.source());
            List<GoldStandard.Fact> facts = gold.facts().stream().filter(f -> f.document().equals(key)).toList();
            List<GoldStandard.Typing> typings = gold.typings().stream().filter(t -> t.document().equals(key)).toList();
            if (facts.isEmpty() && typings.isEmpty()) {
                continue;
            }
            scored++;
            DocumentExtraction x = pipeline.extract(doc);
            List<Prediction> predictions = Prediction.of(x, pipeline.lexicon());
            scoreRelations(key, facts, predictions, byRelation, counts, errors);
            scoreTypings(key, typings, x.recognized().entities(), counts, errors);
        }
        Score overall = new Score();
        byRelation.values().forEach(overall::add);
        return new Report(byRelation, overall, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                counts[6], counts[7], scored, errors);
    }

    private static void scoreRelations(String doc, List<GoldStandard.Fact> facts, List<Prediction> predictions,
                                       Map<RelationType, Score> byRelation, int[] counts, List<String> errors) {
        List<GoldStandard.Fact> positive = facts.stream().filter(f -> !f.negated()).toList();
        for (Prediction p : predictions) {
            if (p.negated()) {
                continue;
            }
            boolean correct = positive.stream().anyMatch(p::matches);
            byRelation.computeIfAbsent(p.relation(), r -> new Score()).prediction(correct);
            if (!correct) {
                errors.add(doc + "\tfalse positive\t" + p.describe() + "\t" + p.sentence());
            }
        }
        for (GoldStandard.Fact f : facts) {
            if (f.negated()) {
                counts[0]++;
                if (predictions.stream().anyMatch(p -> !p.negated() && p.matches(f))) {
                    counts[1]++;
                    errors.add(doc + "\tnegated finding asserted\t" + f.where());
                }
                if (predictions.stream().anyMatch(p -> p.negated() && p.matches(f))) {
                    counts[2]++;
                }
                continue;
            }
            List<Prediction> found = predictions.stream().filter(p -> !p.negated() && p.matches(f)).toList();
            byRelation.computeIfAbsent(f.relation(), r -> new Score()).gold(!found.isEmpty());
            if (found.isEmpty()) {
                errors.add(doc + "\tmissed\t" + String.join("|", f.subject()) + " " + f.relation().property() + " "
                        + String.join("|", f.object()) + "\t" + f.where());
            }
            if (f.hedged()) {
                counts[3]++;
                if (found.stream().anyMatch(Prediction::hedged)) {
                    counts[4]++;
                }
            }
        }
    }

    private void scoreTypings(String doc, List<GoldStandard.Typing> typings, DocumentEntities entities, int[] counts,
                              List<String> errors) {
        for (GoldStandard.Typing t : typings) {
            counts[5]++;
            List<DocumentEntities.Entity> named = entities.all().stream()
                    .filter(e -> Names.overlap(Prediction.names(e, pipeline.lexicon()), t.names())).toList();
            if (named.isEmpty()) {
                errors.add(doc + "\tentity not found\t" + String.join("|", t.names()) + " (" + t.type().className() + ")");
                continue;
            }
            counts[6]++;
            if (named.stream().anyMatch(e -> e.type() == t.type())) {
                counts[7]++;
            } else {
                errors.add(doc + "\tentity mistyped\t" + String.join("|", t.names()) + " is " + t.type().className()
                        + ", read as " + named.stream().map(e -> e.type().className()).distinct().toList());
            }
        }
    }
}
