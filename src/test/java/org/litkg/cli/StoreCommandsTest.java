package org.litkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.store.KnowledgeStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** add, remove, backup, restore and compact on real TDB2 stores, as a user runs them. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        stdout = r.stdout();
        stderr = r.stderr();
        return r.status();
    }

    private static Set<String> quads(Path store) {
        DatasetGraph dsg = KnowledgeStore.open(store);
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<String> all = new TreeSet<>();
                dsg.find().forEachRemaining(q -> all.add(q.toString()));
                return all;
            });
        } finally {
            KnowledgeStore.close(dsg);
        }
    }

    @Test
    void test_add_remove_backup_restore_and_compact_keep_every_quad() throws Exception {
        Path store = dir.resolve("store");
        KnowledgeStore.build(store, ExampleGraph.result().dataset(), "test");
        Path news = dir.resolve("news.txt");
        Files.writeString(news, "Vercirnon news\n\nThe CCR9 antagonist vercirnon blocks CCR9 on T cells, researchers said.\n");

        assertEquals(0, run("add", news.toString(), "--store", store.toString()), stderr);
        assertTrue(stdout.contains("added\tnews"), stdout);
        assertEquals(0, run("add", news.toString(), "--store", store.toString()), stderr);
        assertTrue(stdout.contains("unchanged\tnews"), "adding again adds nothing: " + stdout);
        Set<String> grown = quads(store);
        assertTrue(grown.stream().anyMatch(q -> q.contains("vercirnon")));

        Path backup = dir.resolve("backup.nq.gz");
        assertEquals(0, run("backup", "--store", store.toString(), "--out", backup.toString()), stderr);
        Path restored = dir.resolve("restored");
        assertEquals(0, run("restore", backup.toString(), "--store", restored.toString()), stderr);
        assertEquals(grown, quads(restored), "the restored store holds exactly the backed-up quads");
        assertTrue(KnowledgeStore.hasIngests(restored), "a restored store remembers it was written to, so serve keeps it");

        Files.write(dir.resolve("broken.nq"), "<a> <b> \"unterminated .\n".getBytes());
        assertEquals(1, run("restore", dir.resolve("broken.nq").toString(), "--store", restored.toString()));
        assertTrue(stderr.contains("not valid N-Quads") && stderr.contains("unchanged"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
        assertEquals(grown, quads(restored), "a bad backup leaves the store as it was");

        assertEquals(0, run("remove", "news", "--store", store.toString()), stderr);
        assertFalse(quads(store).stream().anyMatch(q -> q.contains("vercirnon")));
        assertEquals(1, run("remove", "news", "--store", store.toString()));
        assertTrue(stderr.contains("no document 'news'"), stderr);

        Set<String> beforeCompaction = quads(store);
        assertEquals(0, run("compact", "--store", store.toString()), stderr);
        assertTrue(stdout.matches("(?s)compacted .*MB -> .*MB.*"), stdout);
        assertEquals(beforeCompaction, quads(store));
    }

    @Test
    void test_load_reads_a_folder_of_shards_as_a_spark_build_writes_them_and_serve_keeps_the_store() throws Exception {
        Path built = dir.resolve("graph.nq");
        assertEquals(0, run("build", "data/corpus", "--out", built.toString()), stderr);
        List<String> lines = Files.readAllLines(built);
        Path shards = Files.createDirectories(dir.resolve("shards"));
        int half = lines.size() / 2;
        Files.write(shards.resolve("part-00000"), lines.subList(0, half));
        Files.write(shards.resolve("part-00001"), lines.subList(half, lines.size()));
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Files.writeString(shards.resolve(".part-00000.crc"), "not N-Quads");
        Path store = dir.resolve("loaded");

        assertEquals(0, run("load", shards.toString(), "--store", store.toString()), stderr);

        Path whole = dir.resolve("whole");
        assertEquals(0, run("restore", built.toString(), "--store", whole.toString()), stderr);
        assertEquals(quads(whole), quads(store), "two shards load as the one file they were cut from");
        assertTrue(quads(store).size() > lines.size() / 2, "the graph and the ontology are there");
        assertTrue(KnowledgeStore.fingerprint(store).orElseThrow().startsWith(KnowledgeStore.LOADED_PREFIX),
                "marked as loaded, so serve does not rebuild it from data/");

        Files.writeString(shards.resolve("part-00002"), "<a> <b> .\n");
        assertEquals(1, run("load", shards.toString(), "--store", store.toString()));
        assertTrue(stderr.contains("part-00002 is not valid N-Quads"), stderr);
        assertEquals(quads(whole), quads(store), "a bad shard leaves the store as it was");
    }
}
