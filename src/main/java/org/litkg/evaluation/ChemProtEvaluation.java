package org.litkg.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.litkg.document.Document;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.RelationType;
import org.litkg.pipeline.Pipeline;
import org.litkg.pipeline.ProgressCount;

/**
 * Scores litkg's {@code lkg:blocks} triples, read end to end from the raw abstracts, against the
 * ChemProt gold chemical-protein pairs of groups CPR:4 (inhibitor, downregulator) and CPR:6
 * (antagonist). A predicted (drug, protein) pair is right when its two ends go by the names of a
 * gold pair's chemical and protein mentions in that abstract (equal, or one containing the other
 * as whole words: "NMDA" and "NMDA receptor").
 */
public final class ChemProtEvaluation {

    public static final Set<String> BLOCKING_GROUPS = Set.of("CPR:4", "CPR:6");

    /** Scores, the pairs behind them, and the abstracts read. */
    public record Report(Score score, int abstracts, List<String> errors) {
    }

    private record GoldPair(String chemical, String protein) {
    }

    private final Pipeline pipeline;

    public ChemProtEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** {@code split} is "development", "training" or "test": the files are {@code chemprot_<split>_*.tsv} in {@code dir}. */
    public Report evaluate(Path dir, String split, Consumer<String> progress) throws IOException {
        ChemProtFiles files = new ChemProtFiles(dir, split);
        Map<String, Map<String, String>> mentions = new HashMap<>();
        for (ChemProtFiles.Entity e : files.entities()) {
            mentions.computeIfAbsent(e.pmid(), k -> new HashMap<>()).put(e.id(), e.text());
        }
        Map<String, List<GoldPair>> gold = new HashMap<>();
        for (String[] c : files.gold()) {
            if (BLOCKING_GROUPS.contains(c[1].strip())) {
                Map<String, String> m = mentions.getOrDefault(c[0], Map.of());
                String chemical = m.get(c[2].substring(c[2].indexOf(':') + 1));
                String protein = m.get(c[3].substring(c[3].indexOf(':') + 1));
                if (chemical != null && protein != null) {
                    List<GoldPair> pairs = gold.computeIfAbsent(c[0], k -> new ArrayList<>());
                    GoldPair pair = new GoldPair(Names.normalize(chemical), Names.normalize(protein));
                    if (!pairs.contains(pair)) {
                        pairs.add(pair);
                    }
                }
            }
        }
        List<Document> documents = files.abstracts();
        Score score = new Score();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ProgressCount counter = new ProgressCount(documents.size(), "abstracts", progress);
        documents.parallelStream().forEach(doc -> {
            DocumentExtraction extraction = pipeline.extract(doc);
            List<Prediction> predicted = Prediction.of(extraction, pipeline.lexicon()).stream()
                    .filter(p -> p.relation() == RelationType.BLOCKS && !p.negated()).toList();
            List<GoldPair> pairs = gold.getOrDefault(doc.id(), List.of());
            synchronized (score) {
                for (Prediction p : predicted) {
                    boolean right = pairs.stream().anyMatch(g -> names(p.subject(), g.chemical()) && names(p.object(), g.protein()));
                    score.prediction(right);
                    if (!right) {
                        errors.add(doc.id() + "\tfalse positive\t" + p.describe() + "\t" + p.sentence());
                    }
                }
                for (GoldPair g : pairs) {
                    boolean found = predicted.stream().anyMatch(p -> names(p.subject(), g.chemical()) && names(p.object(), g.protein()));
                    score.gold(found);
                    if (!found) {
                        errors.add(doc.id() + "\tmissed\t" + g.chemical() + " [" + typeFound(extraction, g.chemical())
                                + "] blocks " + g.protein() + " [" + typeFound(extraction, g.protein()) + "]");
                    }
                }
            }
            counter.step();
        });
        return new Report(score, documents.size(), List.copyOf(errors));
    }

    /** The type litkg gave the entity that goes by this gold name, or "unrecognised": why a pair was missed. */
    private String typeFound(DocumentExtraction extraction, String goldName) {
        return extraction.recognized().entities().all().stream()
                .filter(e -> names(Prediction.names(e, pipeline.lexicon()), goldName))
                .map(e -> e.type().className()).findFirst().orElse("unrecognised");
    }

    private static boolean names(Set<String> names, String gold) {
        return names.stream().anyMatch(n -> Names.sameThing(n, gold));
    }
}
