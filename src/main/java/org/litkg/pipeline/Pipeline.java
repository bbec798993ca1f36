package org.litkg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.analysis.Analyzer;
import org.litkg.analysis.LanguageResources;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.OpenNlpAnalyzer;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.RelationExtractor;
import org.litkg.extraction.TriggerLexicon;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.GraphBuilder;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityRecognizer;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.RecognizedDocument;

/**
 * The main job, one readable method: read -> analyse -> recognise -> extract -> resolve -> map.
 * Documents are processed in parallel, one per core; a document that fails is reported and the
 * others go on.
 */
public final class Pipeline {

    public static final String VERSION = "0.2.0";

    /** The graph built from a corpus, and what could not be read. */
    public record Result(DatasetGraph dataset, int documents, int statements, List<DocumentError> errors) {
    }

    private final Lexicon lexicon;
    private final OpenNlpAnalyzer analyzer;
    private final EntityRecognizer recognizer;
    private final RelationExtractor extractor;

    public Pipeline(List<Path> lexiconFiles) {
        TriggerLexicon triggers = TriggerLexicon.load();
        Cues cues = Cues.load();
        Lemmatizer lemmatizer = LanguageResources.lemmatizer(triggers.lemmas());
        this.lexicon = Lexicon.load(lexiconFiles);
        this.analyzer = new OpenNlpAnalyzer(lemmatizer);
        this.recognizer = new EntityRecognizer(lexicon, cues, lemmatizer);
        this.extractor = new RelationExtractor(triggers, cues);
    }

    /** The lexicon in use: the seed plus the files given. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Reads one document into its entities, without relations. */
    public RecognizedDocument recognize(Document document) {
        return recognizer.recognize(analyzer.analyze(document));
    }

    /** Reads one document into its entities and statements. */
    public DocumentExtraction extract(Document document) {
        return extractor.extract(recognize(document));
    }

    /** Reads {@code documents} in parallel into what the graph needs (analysis dropped), for adding to a store. */
    public List<DocumentExtraction> extractAll(List<Document> documents) {
        return documents.parallelStream().map(d -> extract(d).withoutAnalysis()).toList();
    }

    /** Builds the knowledge graph of everything under the inputs; progress lines go to {@code progress}. */
    public Result run(List<Path> inputs, String fingerprint, Consumer<String> progress) {
        List<Document> documents = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        new DocumentReader().read(inputs, documents::add, errors::add);
        return build(documents, errors, fingerprint, progress);
    }

    /**
     * Builds the knowledge graph of {@code documents}, in parallel on the current fork-join pool;
     * {@code readErrors} are reported with those of the analysis. Each document's analysis is
     * dropped as soon as it is read, so only what goes into the graph stays in memory.
     */
    public Result build(List<Document> documents, List<DocumentError> readErrors, String fingerprint, Consumer<String> progress) {
        Instant started = Instant.now();
        List<DocumentError> errors = Collections.synchronizedList(new ArrayList<>(readErrors));
        ProgressCount counter = new ProgressCount(documents.size(), "documents", progress);
        List<DocumentExtraction> extractions = documents.parallelStream().map(doc -> {
            try {
                return extract(doc).withoutAnalysis();
            } catch (RuntimeException e) {
                errors.add(new DocumentError(doc.source(), "could not be analysed (" + e + "); please report this"));
                return null;
            } finally {
                counter.step();
            }
        }).filter(x -> x != null).toList();
        EntityResolver entities = new EntityResolver(extractions, lexicon);
        DatasetGraph dsg = new GraphBuilder(VERSION).build(extractions, entities, fingerprint, started, Instant.now());
        int statements = extractions.stream().mapToInt(x -> x.statements().size()).sum();
        return new Result(dsg, extractions.size(), statements, List.copyOf(errors));
    }

    /** Sentences, tokens and POS tags only, as OpenNLP gives them: the baseline of the extraction benchmark. */
    public int analyzeBare(Document document) {
        return analyzer.analyzeBare(document.text());
    }
}
