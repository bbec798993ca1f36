package org.litkg.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.NameFinderModel;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.pipeline.ProgressCount;

/**
 * Trains litkg's name model ({@link NameFinderModel}) on the chemical and gene mentions of annotated abstracts: a
 * ChemProt split (CHEMICAL, GENE-Y, GENE-N) and PubTator files such as BioRED's (ChemicalEntity, GeneOrGeneProduct).
 * Each abstract is cut into sentences and tokens by litkg's own analysis, so the model learns the tokens it will be
 * given; a mention whose ends fall inside a token, or that overlaps one already taken, is left out and counted.
 */
public final class NameTraining {

    /** What was trained on: abstracts, sentences, names of each kind, and mentions left out. */
    public record Report(NameFinderModel model, int abstracts, int sentences, Map<NameFinder.Kind, Integer> names,
                         int leftOut) {
    }

    /** A gold mention in a document's text. */
    private record Annotated(NameFinder.Kind kind, int start, int end) {
    }

    /** An abstract and its gold mentions. */
    private record AnnotatedDocument(Document document, List<Annotated> mentions) {
    }

    /** One abstract's sentences as samples, the names they hold by kind, and the mentions left out. */
    private record Read(List<NameFinderModel.Sample> samples, Map<NameFinder.Kind, Integer> names, int leftOut) {
    }

    private final Function<Document, AnalyzedDocument> analysis;

    public NameTraining(Function<Document, AnalyzedDocument> analysis) {
        this.analysis = analysis;
    }

    /** Trains on the ChemProt split in {@code chemprot} (if given) and the PubTator files, in {@code iterations} passes. */
    public Report train(Optional<Path> chemprot, String split, List<Path> pubtator, int iterations, Consumer<String> progress)
            throws IOException {
        List<AnnotatedDocument> corpus = new ArrayList<>();
        if (chemprot.isPresent()) {
            readChemProt(new ChemProtFiles(chemprot.get(), split), corpus);
        }
        for (Path file : pubtator) {
            readPubTator(file, corpus);
        }
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no annotated abstracts to train on: give --chemprot DIR or --pubtator FILE");
        }
        ProgressCount counter = new ProgressCount(corpus.size(), "abstracts", progress);
        List<Read> reads = corpus.parallelStream().map(a -> {
            Read r = read(a);
            counter.step();
            return r;
        }).toList();
        List<NameFinderModel.Sample> samples = new ArrayList<>();
        Map<NameFinder.Kind, Integer> names = new EnumMap<>(NameFinder.Kind.class);
        int leftOut = 0;
        for (Read r : reads) {
            samples.addAll(r.samples());
            r.names().forEach((kind, n) -> names.merge(kind, n, Integer::sum));
            leftOut += r.leftOut();
        }
        progress.accept("training the name model on " + samples.size() + " sentences, " + names + " names");
        return new Report(NameFinderModel.train(samples, iterations), corpus.size(), samples.size(), names, leftOut);
    }

    private Read read(AnnotatedDocument a) {
        List<NameFinderModel.Sample> samples = new ArrayList<>();
        Map<NameFinder.Kind, Integer> names = new EnumMap<>(NameFinder.Kind.class);
        int[] leftOut = {0};
        for (Sentence s : analysis.apply(a.document()).sentences()) {
            samples.add(sample(s, a.mentions(), names, leftOut));
        }
        return new Read(samples, names, leftOut[0]);
    }

    private static NameFinderModel.Sample sample(Sentence s, List<Annotated> mentions, Map<NameFinder.Kind, Integer> names,
                                                 int[] leftOut) {
        List<NameFinder.Found> found = new ArrayList<>();
        boolean[] taken = new boolean[s.size()];
        for (Annotated a : mentions) {
            if (a.end() <= s.span().start() || a.start() >= s.span().end()) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int k = 0; k < s.size(); k++) {
                from = s.token(k).span().start() == a.start() ? k : from;
                to = s.token(k).span().end() == a.end() ? k + 1 : to;
            }
            boolean free = from >= 0 && to > from;
            for (int k = Math.max(from, 0); free && k < to; k++) {
                free = !taken[k];
            }
            if (!free) {
                leftOut[0]++;
                continue;
            }
            for (int k = from; k < to; k++) {
                taken[k] = true;
            }
            found.add(new NameFinder.Found(from, to, a.kind(), 1.0));
            names.merge(a.kind(), 1, Integer::sum);
        }
        found.sort(java.util.Comparator.comparingInt(NameFinder.Found::from));
        return new NameFinderModel.Sample(s.tokens().stream().map(Token::text).toList(), found);
    }

    private static void readChemProt(ChemProtFiles files, List<AnnotatedDocument> corpus) throws IOException {
        Map<String, List<Annotated>> byPmid = new HashMap<>();
        for (ChemProtFiles.Entity e : files.entities()) {
            NameFinder.Kind kind = e.type().startsWith("GENE") ? NameFinder.Kind.GENE
                    : e.type().equals("CHEMICAL") ? NameFinder.Kind.CHEMICAL : null;
            if (kind != null) {
                byPmid.computeIfAbsent(e.pmid(), k -> new ArrayList<>()).add(new Annotated(kind, e.start(), e.end()));
            }
        }
        for (Document doc : files.abstracts()) {
            corpus.add(new AnnotatedDocument(doc, byPmid.getOrDefault(doc.id(), List.of())));
        }
    }

    private static void readPubTator(Path file, List<AnnotatedDocument> corpus) throws IOException {
        DocumentReader reader = new DocumentReader();
        for (BioRedEvaluation.Abstract a : BioRedEvaluation.read(file)) {
            List<Annotated> mentions = new ArrayList<>();
            for (BioRedEvaluation.Annotation g : a.gold()) {
                NameFinder.Kind kind = switch (g.kind()) {
                    case CHEMICAL -> NameFinder.Kind.CHEMICAL;
                    case GENE -> NameFinder.Kind.GENE;
                    case DISEASE -> null; // ChemProt marks no diseases: a model of both would learn them as words
                };
                if (kind != null) {
                    mentions.add(new Annotated(kind, g.start(), g.end()));
                }
            }
            corpus.add(new AnnotatedDocument(reader.record(a.pmid(), a.title(), a.body(), "PMID:" + a.pmid(), Optional.empty()),
                    mentions));
        }
    }
}
