package org.litkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.litkg.store.KnowledgeStore;

/**
 * Runs every file in queries/ against the example graph in a real TDB2 store. Each file opens with
 * a comment saying what it asks; each "# expect: var=value ..." line must match at least one row.
 */
class CannedQueriesTest {

    private static DatasetGraph store;

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            KnowledgeStore.close(store);
        }
    }

    private static Map<String, String> values(QuerySolution row) {
        Map<String, String> values = new HashMap<>();
        row.varNames().forEachRemaining(v -> values.put(v,
                row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void test_canned_query_answers(Path file) throws IOException {
        if (store == null) {
            store = ExampleGraph.open();
        }
        String text = Files.readString(file);
        assertTrue(text.startsWith("#"), file + " must open with a comment saying what it asks");
        List<Map<String, String>> rows = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store, () -> {
            try (var qe = QueryExecutionFactory.create(text, DatasetFactory.wrap(store))) {
                qe.execSelect().forEachRemaining(row -> rows.add(values(row)));
            }
        });
        for (String line : text.lines().filter(l -> l.startsWith("# expect:")).toList()) {
            List<String[]> wanted = new ArrayList<>();
            for (String pair : line.substring("# expect:".length()).strip().split(" (?=\\w+=)")) {
                wanted.add(pair.split("=", 2));
            }
            boolean matched = rows.stream().anyMatch(row -> wanted.stream().allMatch(w -> w[1].equals(row.get(w[0]))));
            assertTrue(matched, file + ": no row matches '" + line + "' among " + rows);
        }
    }
}
