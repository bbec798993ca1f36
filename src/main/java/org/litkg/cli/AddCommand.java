package org.litkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.ingest.StoreWriter;
import org.litkg.pipeline.Pipeline;
import org.litkg.pipeline.ProgressCount;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg add FILE...}: what {@code POST /kg/documents} does, offline, on a store no server has open. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds documents (files, folders, JSON Lines) to an existing store, one transaction per batch:",
                "unchanged documents add nothing, changed ones replace their old version. Stop the server first."})
final class AddCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents: .txt, .md, .html, .jsonl files or folders.")
    List<Path> inputs;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--batch", defaultValue = "500", paramLabel = "N", description = "Documents per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        List<Document> documents = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        new DocumentReader().read(inputs, documents::add, errors::add);
        Pipeline pipeline = new Pipeline(lexicons.filesOrImported(), NameModelOption.load(names.givenOrTrained()));
        DatasetGraph dsg = KnowledgeStore.open(store);
        Map<StoreWriter.Status, Integer> counts = new TreeMap<>();
        try {
            StoreWriter writer = Txn.calculateRead(dsg, () -> new StoreWriter(dsg, pipeline.lexicon()));
            ProgressCount progress = new ProgressCount(documents.size(), "documents", Progress::say);
            for (int from = 0; from < documents.size(); from += batch) {
                List<DocumentExtraction> extractions = pipeline.extractAll(documents.subList(from, Math.min(documents.size(), from + batch)));
                List<StoreWriter.Outcome> outcomes = Txn.calculateWrite(dsg, () -> writer.add(extractions, Instant.now()));
                outcomes.forEach(o -> {
                    counts.merge(o.status(), 1, Integer::sum);
                    System.out.println(o.status().name().toLowerCase(java.util.Locale.ROOT) + "\t" + o.id() + "\t" + o.iri());
                });
                extractions.forEach(x -> progress.step());
            }
        } finally {
            KnowledgeStore.close(dsg);
        }
        Progress.say("into " + store + ": " + counts.toString().toLowerCase(java.util.Locale.ROOT));
        return BuildCommand.report(errors);
    }
}
