package org.litkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How fast a built graph goes into a TDB2 store: litkg's own path ({@link KnowledgeStore#build},
 * from memory) next to Jena's parallel bulk loader reading the same quads as an N-Quads file, in
 * the same run, each twice in turn; the faster of each pair is kept.
 */
public final class LoadBenchmark {

    /** One load: quads, seconds, and the store's size on disk. */
    public record Load(long quads, double seconds, long bytesOnDisk) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /** litkg's load and Jena's, on the same quads. */
    public record Report(Load litkg, Load jena) {
    }

    private LoadBenchmark() {
    }

    public static Report run(DatasetGraph data, Path workDir, Consumer<String> progress) throws IOException {
        Files.createDirectories(workDir);
        Path nquads = workDir.resolve("graph.nq");
        try (OutputStream out = Files.newOutputStream(nquads)) {
            RDFDataMgr.write(out, data, Lang.NQUADS);
        }
        long quads = data.stream().count();
        Load litkg = null;
        Load jena = null;
        for (int round = 1; round <= 2; round++) {
            progress.accept("round " + round + ": litkg's store build");
            Load l = litkg(data, workDir.resolve("litkg-store"), quads);
            progress.accept("round " + round + ": Jena's parallel bulk loader on the N-Quads file");
            Load j = jena(nquads, workDir.resolve("jena-store"));
            litkg = litkg == null || l.seconds() < litkg.seconds() ? l : litkg;
            jena = jena == null || j.seconds() < jena.seconds() ? j : jena;
        }
        return new Report(litkg, jena);
    }

    private static Load litkg(DatasetGraph data, Path store, long quads) {
        KnowledgeStore.deleteRecursively(store);
        long start = System.nanoTime();
        KnowledgeStore.build(store, data, "benchmark");
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(quads, seconds, KnowledgeStore.sizeOnDisk(store));
    }

    private static Load jena(Path nquads, Path store) {
        KnowledgeStore.deleteRecursively(store);
        long start = System.nanoTime();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(store));
        long quads;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> { });
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            quads = loader.countQuads();
        } finally {
            TDBInternal.expel(tdb);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(quads, seconds, KnowledgeStore.sizeOnDisk(store));
    }
}
