package org.litkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.litkg.rdf.Iris;

/**
 * The on-disk TDB2 store. A store is built whole in a temporary directory beside its final place
 * and renamed into place only when complete, so a crash or a failed build leaves the previous
 * store, never half of a new one. The fingerprint of what it was built from is kept inside it.
 */
public final class KnowledgeStore {

    private static final String FINGERPRINT_FILE = "litkg-fingerprint.txt";
    private static final String ONTOLOGY = "/ontology/litkg.ttl";

    private KnowledgeStore() {
    }

    /** The fingerprint the store at {@code dir} was built from, if there is a complete store there. */
    public static Optional<String> fingerprint(Path dir) {
        Path file = dir.resolve(FINGERPRINT_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds a store holding {@code data} and the ontology at {@code dir}, replacing any store there.
     * The quads go in through TDB2's parallel bulk loader (the loader behind {@code tdb2.tdbloader}),
     * straight from memory, with no N-Quads file in between.
     */
    public static void build(Path dir, DatasetGraph data, String fingerprint) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        deleteRecursively(tmp);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(tmp));
        try {
            DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                data.find().forEachRemaining(stream::quad);
                loadOntology(StreamRDFLib.extendTriplesToQuads(Iris.ONTOLOGY_GRAPH, stream));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(tdb);
        }
        try {
            Files.writeString(tmp.resolve(FINGERPRINT_FILE), fingerprint + "\n", StandardCharsets.UTF_8);
            Path old = absolute.resolveSibling(absolute.getFileName() + ".old-" + ProcessHandle.current().pid());
            if (Files.exists(absolute)) {
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new store into " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store at {@code dir}; its default graph is the union of its named graphs. */
    public static DatasetGraph open(Path dir) {
        if (fingerprint(dir).isEmpty()) {
            throw new IllegalArgumentException("no litkg store at " + dir + " (build one with 'litkg serve' or 'litkg build')");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().normalize()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    static void loadOntology(StreamRDF target) {
        try (InputStream in = KnowledgeStore.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
