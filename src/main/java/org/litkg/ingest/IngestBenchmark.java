package org.litkg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.litkg.document.Document;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.pipeline.Pipeline;
import org.litkg.store.KnowledgeStore;

/**
 * How a live store grows under many small ingests, and what group commits and compaction do about
 * it: the same documents written one commit each, then compacted; and written as concurrent
 * requests, which the writer groups into few commits.
 */
public final class IngestBenchmark {

    /** One way of writing: documents, commits, seconds, and the store's size after it (and after compaction). */
    public record Run(int documents, long commits, double seconds, long bytes, long bytesCompacted) {
    }

    public record Report(Run oneByOne, Run concurrent) {
    }

    private IngestBenchmark() {
    }

    public static Report run(Pipeline pipeline, List<Document> documents, Path work) {
        List<DocumentExtraction> extractions = pipeline.extractAll(documents);
        Run single = write(pipeline, extractions, work.resolve("one-by-one"), false);
        Run grouped = write(pipeline, extractions, work.resolve("concurrent"), true);
        return new Report(single, grouped);
    }

    private static Run write(Pipeline pipeline, List<DocumentExtraction> extractions, Path store, boolean concurrent) {
        DatasetGraph empty = DatasetGraphFactory.create();
        KnowledgeStore.build(store, empty, "benchmark");
        DatasetGraph dsg = KnowledgeStore.open(store);
        long start = System.nanoTime();
        IngestQueue queue = new IngestQueue(dsg, pipeline::lexicon, change -> { }, 0);
        try {
            List<CompletableFuture<List<StoreWriter.Outcome>>> pending = new ArrayList<>();
            for (DocumentExtraction x : extractions) {
                CompletableFuture<List<StoreWriter.Outcome>> done = queue.add(List.of(x));
                if (concurrent) {
                    pending.add(done);
                } else {
                    done.join();
                }
            }
            pending.forEach(CompletableFuture::join);
            double seconds = (System.nanoTime() - start) / 1e9;
            long commits = queue.stats().commits();
            long bytes = KnowledgeStore.sizeOnDisk(store);
            queue.compact().join();
            return new Run(extractions.size(), commits, seconds, bytes, KnowledgeStore.sizeOnDisk(store));
        } finally {
            queue.close();
            KnowledgeStore.close(dsg);
        }
    }
}
