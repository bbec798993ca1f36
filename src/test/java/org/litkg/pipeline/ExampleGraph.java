package org.litkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.store.KnowledgeStore;

/** The example corpus built once per test JVM into a real TDB2 store in a temporary folder. */
public final class ExampleGraph {

    public static final Path CORPUS = Path.of("data/corpus");
    private static Path store;
    private static Pipeline.Result result;

    private ExampleGraph() {
    }

    public static synchronized Pipeline.Result result() {
        if (result == null) {
            result = new Pipeline(List.of()).run(List.of(CORPUS), "test", m -> { });
        }
        return result;
    }

    /** The store folder; the store is built on first use. */
    public static synchronized Path store() throws java.io.IOException {
        if (store == null) {
            Path dir = java.nio.file.Files.createTempDirectory("litkg-test-store");
            // shared by the test classes of one JVM, so no test class can remove it: the JVM does, on its way out
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            store = dir.resolve("store");
            KnowledgeStore.build(store, result().dataset(), "test");
        }
        return store;
    }

    /** Deletes a folder and all below it, as far as it can: what is left stays in the system's temporary folder. */
    public static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a folder gone or unreadable: nothing more to remove
        }
    }

    public static DatasetGraph open() throws java.io.IOException {
        return KnowledgeStore.open(store());
    }
}
