package org.litkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 store whose journal a crash left with a half-written last entry opens again, with what it held. */
class TornJournalsTest {

    @TempDir
    Path dir;

    private static Quad quad(String name) {
        return Quad.create(NodeFactory.createURI("urn:test:g"), NodeFactory.createURI("urn:test:" + name),
                NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString(name));
    }

    private static Set<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> all = new TreeSet<>();
            dsg.find(null, null, NodeFactory.createURI("urn:test:p"), null).forEachRemaining(q -> all.add(q + ""));
            return all;
        });
    }

    /** A store holding two quads, one of them committed by a write transaction after the build, closed. */
    private Path store() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> data.add(quad("built")));
        Path store = dir.resolve("store");
        KnowledgeStore.build(store, data, "test");
        DatasetGraph dsg = KnowledgeStore.open(store);
        Txn.executeWrite(dsg, () -> dsg.add(quad("committed")));
        KnowledgeStore.close(dsg);
        return store;
    }

    private static Path journal(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            List<Path> journals = files.filter(p -> p.getFileName().toString().equals(TornJournals.JOURNAL)).toList();
            assertEquals(1, journals.size(), "one data generation, one journal: " + journals);
            return journals.get(0);
        }
    }

    /** What a kill between TDB2's two writes leaves: an entry header announcing {@code length} bytes, no data. */
    private static byte[] headerWithoutData(int length) {
        return ByteBuffer.allocate(16).putInt(length).putInt(0x1234abcd).putInt(1).put(new byte[] {0, 0, 0, 1}).array();
    }

    private static Set<String> reopened(Path store) {
        DatasetGraph dsg = KnowledgeStore.open(store);
        try {
            Txn.executeWrite(dsg, () -> dsg.add(quad("after")));
            return quads(dsg);
        } finally {
            KnowledgeStore.close(dsg);
        }
    }

    @Test
    void test_an_entry_header_whose_data_never_came_is_cut_off_and_the_store_opens_with_its_quads() throws IOException {
        Path store = store();
        Path journal = journal(store);
        long whole = Files.size(journal);
        Files.write(journal, headerWithoutData(24), StandardOpenOption.APPEND);

        Set<String> quads = reopened(store);

        assertEquals(3, quads.size(), "the built, the committed and a new quad: " + quads);
        assertTrue(quads.stream().anyMatch(q -> q.contains("committed")), quads.toString());
        assertEquals(OptionalLong.empty(), TornJournals.tornEntryStart(journal), "the journal is whole again");
        assertTrue(Files.size(journal) <= whole + 16, "nothing was added to the journal but TDB2's own writes");
    }

    @Test
    void test_a_header_cut_short_is_cut_off_too() throws IOException {
        Path store = store();
        Path journal = journal(store);
        byte[] header = headerWithoutData(24);
        Files.write(journal, java.util.Arrays.copyOf(header, 10), StandardOpenOption.APPEND);

        assertEquals(3, reopened(store).size());
    }

    @Test
    void test_where_the_torn_entry_starts_is_found_after_the_whole_entries_before_it() throws IOException {
        Path journal = dir.resolve(TornJournals.JOURNAL);
        ByteBuffer whole = ByteBuffer.allocate(16 + 8 + 16 + 3);
        whole.put(headerWithoutData(8)).put(new byte[8]).put(headerWithoutData(40)).put(new byte[3]);
        Files.write(journal, whole.array());
        assertEquals(OptionalLong.of(24), TornJournals.tornEntryStart(journal));

        Files.write(journal, java.util.Arrays.copyOf(whole.array(), 24));
        assertEquals(OptionalLong.empty(), TornJournals.tornEntryStart(journal), "whole entries only: nothing to cut");
    }
}
