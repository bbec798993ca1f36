package org.litkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.store.KnowledgeStore;
import org.litkg.web.CannedQueries;

/** The in-memory copy answers every canned query, and a GRAPH query, exactly as the TDB2 store does. */
class ServingDatasetTest {

    private static DatasetGraph store;
    private static DatasetGraph memory;

    @BeforeAll
    static void copy() throws Exception {
        store = ExampleGraph.open();
        memory = ServingDataset.inMemory(store);
    }

    @AfterAll
    static void close() {
        KnowledgeStore.close(store);
    }

    private static List<String> rows(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = exec.select();
                List<org.apache.jena.sparql.core.Var> vars = rows.getResultVars();
                rows.forEachRemaining(b -> out.add(vars.stream().map(v -> v + "=" + b.get(v)).toList().toString()));
            }
            Collections.sort(out);
            return out;
        });
    }

    @Test
    void test_every_canned_query_gives_the_same_rows_from_memory() {
        List<CannedQueries.Query> queries = CannedQueries.load();
        assertFalse(queries.isEmpty());
        int answered = 0;
        for (CannedQueries.Query q : queries) {
            List<String> fromStore = rows(store, q.text());
            answered += fromStore.isEmpty() ? 0 : 1;
            assertEquals(fromStore, rows(memory, q.text()), q.name());
        }
        assertTrue(answered >= queries.size() - 2, "most canned queries find rows in the example graph: " + answered);
    }

    @Test
    void test_named_graphs_and_the_union_default_graph_match() {
        String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        assertEquals(rows(store, perGraph), rows(memory, perGraph));
        String union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertEquals(rows(store, union), rows(memory, union));
    }
}
