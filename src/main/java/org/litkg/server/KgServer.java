package org.litkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The embedded, read-only SPARQL server.
 *
 * <pre>{@code
 * FusekiServer server = KgServer.start(dsg, 3030, 30_000);
 * // http://localhost:3030/kg/sparql  SPARQL 1.1 Query (GET, POST form, POST application/sparql-query)
 * // http://localhost:3030/kg/get     Graph Store Protocol, read only
 * // http://localhost:3030/dumps/litkg.trig, litkg.nq.gz, litkg.jsonld   whole-graph downloads
 * }</pre>
 *
 * Only query and GSP-read operations are registered, so SPARQL Update, GSP writes and uploads have
 * no endpoint to reach and are refused with a 4xx. Every query runs under a time limit.
 */
public final class KgServer {

    public static final String DATASET = "/kg";

    private KgServer() {
    }

    /** Starts the server; {@code port} 0 picks a free port (see {@link FusekiServer#getPort()}). */
    public static FusekiServer start(DatasetGraph dsg, int port, long queryTimeoutMillis) {
        // A view with its own context, so each server's limits are its own and the store is untouched.
        Context context = Context.setupContextForDataset(dsg.getContext(), dsg);
        context.set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
        DatasetGraph view = new DatasetGraphWrapper(dsg, context);
        DataService service = DataService.newBuilder(view)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        return FusekiServer.create()
                .port(port)
                .add(DATASET, service)
                .addServlet(DumpServlet.PATH + "/*", new DumpServlet(dsg))
                .enablePing(true)
                .enableCors(true, null)
                .build()
                .start();
    }
}
