package org.litkg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Analyzer;
import org.litkg.analysis.LanguageResources;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.OpenNlpAnalyzer;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.ExtractionCodec;
import org.litkg.extraction.RelationExtractor;
import org.litkg.extraction.TriggerLexicon;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.EntityTable;
import org.litkg.rdf.GraphBuilder;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
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
        this(lexiconFiles, Optional.empty());
    }

    /** A pipeline whose recognisers are joined by a trained name finder for the words they leave (see ModelNames). */
    public Pipeline(List<Path> lexiconFiles, Optional<NameFinder> names) {
        TriggerLexicon triggers = TriggerLexicon.load();
        Cues cues = Cues.load();
        Lemmatizer lemmatizer = LanguageResources.lemmatizer(triggers.lemmas());
        this.lexicon = Lexicon.load(lexiconFiles);
        this.analyzer = new OpenNlpAnalyzer(lemmatizer);
        this.recognizer = new EntityRecognizer(lexicon, cues, lemmatizer, names);
        this.extractor = new RelationExtractor(triggers, cues);
    }

    /** The lexicon in use: the seed plus the files given. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Reads one document into sentences and tokens: the analysis every later stage reads. */
    public AnalyzedDocument analyze(Document document) {
        return analyzer.analyze(document);
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

    /**
     * Builds the knowledge graph of everything under the inputs in memory, for outputs written whole
     * (TriG, JSON-LD, KGX) and for tests; progress lines go to {@code progress}.
     */
    public Result run(List<Path> inputs, String fingerprint, Consumer<String> progress) {
        return inMemory(sink -> stream(inputs, fingerprint, sink, progress));
    }

    /** Builds the knowledge graph of {@code documents} in memory, on all cores; {@code readErrors} are reported with the rest. */
    public Result build(List<Document> documents, List<DocumentError> readErrors, String fingerprint, Consumer<String> progress) {
        return inMemory(sink -> stream(src -> documents.forEach(src), documents.size(), readErrors, fingerprint, sink,
                Runtime.getRuntime().availableProcessors(), progress));
    }

    private static Result inMemory(java.util.function.Function<StreamRDF, Summary> build) {
        DatasetGraph dsg = GraphBuilder.inMemory();
        Summary s = build.apply(StreamRDFLib.dataset(dsg));
        return new Result(dsg, s.documents(), s.statements(), s.errors());
    }

    /** What a streamed build did: documents read, statements asserted, quads sent, and what could not be read. */
    public record Summary(int documents, int statements, long quads, List<DocumentError> errors) {
    }

    /**
     * Streams the knowledge graph of everything under the inputs into {@code sink} (a store's bulk
     * loader, an N-Quads file) on all cores, holding no corpus in memory: see {@link #stream(Consumer,
     * int, List, String, StreamRDF, int, Consumer)}.
     */
    public Summary stream(List<Path> inputs, String fingerprint, StreamRDF sink, Consumer<String> progress) {
        List<DocumentError> readErrors = Collections.synchronizedList(new ArrayList<>());
        return stream(documents -> new DocumentReader().read(inputs, documents, readErrors::add),
                DocumentReader.countDocuments(inputs), readErrors, fingerprint, sink,
                Runtime.getRuntime().availableProcessors(), progress);
    }

    /**
     * The build, in two passes over what was read. First, {@code source} hands documents one by one
     * to {@code threads} workers; each document's analysis is dropped as soon as it is read, its
     * reading goes to a spill file on disk and its entities to the corpus's {@link EntityTable}.
     * Then the entities of the whole corpus are resolved, and the spill is read back, a document at
     * a time, into quads sent to {@code sink}. What stays in memory grows with the distinct entities
     * and triples, not with the documents. {@code readErrors} may still grow while {@code source} runs.
     */
    public Summary stream(Consumer<Consumer<Document>> source, int expected, List<DocumentError> readErrors,
                          String fingerprint, StreamRDF sink, int threads, Consumer<String> progress) {
        Instant started = Instant.now();
        List<DocumentError> errors = Collections.synchronizedList(new ArrayList<>());
        EntityTable table = new EntityTable();
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger statements = new AtomicInteger();
        ProgressCount counter = new ProgressCount(expected, "documents", progress);
        try (SpillFile spill = SpillFile.create()) {
            try (BoundedWorkers workers = new BoundedWorkers(threads, "litkg-read")) {
                source.accept(doc -> workers.submit(() -> {
                    try {
                        DocumentExtraction x = extract(doc).withoutAnalysis();
                        table.add(x);
                        spill.append(ExtractionCodec.encode(x));
                        documents.incrementAndGet();
                        statements.addAndGet(x.statements().size());
                    } catch (java.io.UncheckedIOException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        errors.add(new DocumentError(doc.source(), "could not be analysed (" + e + "); please report this"));
                    } finally {
                        counter.step();
                    }
                }));
            }
            progress.accept("resolving " + table.size() + " distinct entity readings; writing the graph");
            EntityResolver entities = table.resolve(lexicon);
            QuadCount counted = new QuadCount(sink);
            GraphBuilder graph = new GraphBuilder(VERSION, counted);
            Node build = Iris.build(fingerprint);
            Instant readAt = Instant.now();
            counted.start();
            counted.prefixes(Vocab.prefixes());
            graph.entities(entities);
            spill.forEach(bytes -> graph.document(ExtractionCodec.decode(bytes), entities, build, readAt));
            graph.statements();
            graph.activity(build, LKG.Build, started, Instant.now());
            counted.finish();
            List<DocumentError> all = new ArrayList<>(readErrors);
            all.addAll(errors);
            return new Summary(documents.get(), statements.get(), counted.quads(), List.copyOf(all));
        }
    }

    /** Sentences, tokens and POS tags only, as OpenNLP gives them: the baseline of the extraction benchmark. */
    public int analyzeBare(Document document) {
        return analyzer.analyzeBare(document.text());
    }
}
