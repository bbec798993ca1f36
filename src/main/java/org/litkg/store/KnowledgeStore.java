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
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/**
 * The on-disk TDB2 store. A store is built whole in a temporary directory beside its final place
 * and renamed into place only when complete, so a crash or a failed build leaves the previous
 * store, never half of a new one. The fingerprint of what it was built from is kept inside it.
 */
public final class KnowledgeStore {

    private static final String FINGERPRINT_FILE = "litkg-fingerprint.txt";
    /** The fingerprint of a store loaded from N-Quads ('litkg restore' / 'litkg load') begins so: no corpus rebuilds it. */
    public static final String LOADED_PREFIX = "loaded-";
    private static final String ONTOLOGY = "/ontology/litkg.ttl";

    private KnowledgeStore() {
    }

    /** The fingerprint the store at {@code dir} was built from, if there is a complete store there. */
    public static Optional<String> fingerprint(Path dir) {
        recover(dir.toAbsolutePath().normalize());
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
        build(dir, stream -> data.find().forEachRemaining(stream::quad), fingerprint);
    }

    /** Builds a store from the quads {@code source} sends into the stream it is given (a backup, say). */
    public static void build(Path dir, java.util.function.Consumer<StreamRDF> source, String fingerprint) {
        Path absolute = dir.toAbsolutePath().normalize();
        recover(absolute);
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        deleteRecursively(tmp);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(tmp));
        boolean loaded = false;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                source.accept(stream);
                loadOntology(StreamRDFLib.extendTriplesToQuads(Iris.ONTOLOGY_GRAPH, stream));
                loader.finishBulk();
                loaded = true;
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(tdb);
            if (!loaded) {
                deleteRecursively(tmp);
            }
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

    /**
     * Opens the store at {@code dir}; its default graph is the union of its named graphs. An entry a crash left
     * half-written at the end of its journal is cut off first, as {@link TornJournals} explains.
     */
    public static DatasetGraph open(Path dir) {
        if (fingerprint(dir).isEmpty()) {
            throw new IllegalArgumentException("no litkg store at " + dir + " (build one with 'litkg serve' or 'litkg build')");
        }
        TornJournals.repair(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().normalize()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /**
     * Puts right what a build killed part way left: if it died between moving the old store aside
     * and moving the new one in, the new one (complete: its fingerprint is written before the first
     * move) goes into place, or else the old one goes back; then the folders of dead builds go.
     */
    static void recover(Path absolute) {
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        java.util.List<Path> stale;
        try (java.util.stream.Stream<Path> siblings = Files.list(parent)) {
            stale = siblings.filter(p -> deadBuild(p.getFileName().toString(), name)).sorted().toList();
        } catch (IOException e) {
            return;
        }
        try {
            if (!Files.exists(absolute)) {
                for (String kind : java.util.List.of(".tmp-", ".old-")) {
                    for (Path p : stale) {
                        if (!Files.exists(absolute) && p.getFileName().toString().startsWith(name + kind)
                                && Files.isRegularFile(p.resolve(FINGERPRINT_FILE))) {
                            Files.move(p, absolute, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                }
            }
            for (Path p : stale) {
                deleteRecursively(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the store at " + absolute + " after a crash: " + e.getMessage(), e);
        }
    }

    private static boolean deadBuild(String sibling, String name) {
        for (String kind : java.util.List.of(".tmp-", ".old-")) {
            if (sibling.startsWith(name + kind)) {
                try {
                    long pid = Long.parseLong(sibling.substring(name.length() + kind.length()));
                    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether documents were added to the store at {@code dir} after it was built (see {@code litkg add}). */
    public static boolean hasIngests(Path dir) {
        DatasetGraph dsg = open(dir);
        try {
            return org.apache.jena.system.Txn.calculateRead(dsg, () -> hasIngests(dsg));
        } finally {
            close(dsg);
        }
    }

    /** Whether documents were added to {@code dsg} after it was built; call inside a transaction. */
    public static boolean hasIngests(DatasetGraph dsg) {
        return dsg.contains(Iris.PROVENANCE_GRAPH, org.apache.jena.graph.Node.ANY, Vocab.type, LKG.Ingest);
    }

    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    /** Bytes the store's files take. */
    public static long sizeOnDisk(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
