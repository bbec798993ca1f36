package org.litkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg query QUERY}: run a SPARQL query against a store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or a query string) against a store or a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, tsv, json }

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file or a SPARQL query string.")
    String query;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint instead of a store.")
    String endpoint;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        if (store != null && endpoint != null) {
            throw new IllegalArgumentException("give --store or --endpoint, not both");
        }
        boolean isFile = Files.isRegularFile(Path.of(query));
        if (!isFile && query.endsWith(".rq")) {
            throw new IllegalArgumentException("no such query file: " + query);
        }
        String text = isFile ? Files.readString(Path.of(query), StandardCharsets.UTF_8) : query;
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("the query is not valid SPARQL: " + e.getMessage());
        }
        if (endpoint != null) {
            try (RDFConnection conn = RDFConnectionRemote.service(endpoint).build()) {
                conn.queryResultSet(q, this::print);
            }
            return 0;
        }
        DatasetGraph dsg = KnowledgeStore.open(store == null ? Path.of("store") : store);
        try (RDFConnection conn = RDFConnection.connect(DatasetFactory.wrap(dsg))) {
            conn.queryResultSet(q, this::print);
        } finally {
            KnowledgeStore.close(dsg);
        }
        return 0;
    }

    private void print(ResultSet rs) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
            default -> ResultSetFormatter.out(System.out, rs);
        }
    }
}
