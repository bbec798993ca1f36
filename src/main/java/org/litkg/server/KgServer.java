package org.litkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.litkg.web.AssetServlet;
import org.litkg.web.CannedQueries;
import org.litkg.web.CorsFilter;
import org.litkg.web.DatasetDescription;
import org.litkg.web.LabelSearch;
import org.litkg.web.LinkedDataServlet;
import org.litkg.web.PageServlet;
import org.litkg.web.ServiceDescriptionFilter;
import org.litkg.web.VoidServlet;

/**
 * The embedded, read-only server: SPARQL, linked data and the web pages, on one port.
 *
 * <pre>{@code
 * FusekiServer server = KgServer.start(dsg, new KgServer.Options(3030, 30_000, null));
 * // /kg/sparql   SPARQL 1.1 Query (GET, POST form, POST application/sparql-query); GET without a query: service description
 * // /kg/get      Graph Store Protocol, read only
 * // /id/...      every entity and document IRI, by content negotiation (Turtle, JSON-LD, N-Triples, RDF/XML, HTML)
 * // /            home page; /search?q=  label search; /query  SPARQL editor
 * // /.well-known/void   VoID description;  /dumps/litkg.trig, litkg.nq.gz, litkg.jsonld   whole-graph downloads
 * }</pre>
 *
 * Only query and GSP-read operations are registered, so SPARQL Update, GSP writes and uploads have
 * no endpoint to reach and are refused with a 4xx. Every query runs under a time limit. CORS lets
 * any origin read, without credentials ({@link CorsFilter}).
 */
public final class KgServer {

    public static final String DATASET = "/kg";

    /**
     * How to serve: the port (0 picks a free one), the query time limit, and the public base URL
     * absolute links are given under (null: the scheme, host and port each request came in on).
     */
    public record Options(int port, long queryTimeoutMillis, String publicBase) {
    }

    private KgServer() {
    }

    /** Starts the server; {@code port} 0 picks a free port (see {@link FusekiServer#getPort()}). */
    public static FusekiServer start(DatasetGraph dsg, int port, long queryTimeoutMillis) {
        return start(dsg, new Options(port, queryTimeoutMillis, null));
    }

    public static FusekiServer start(DatasetGraph dsg, Options options) {
        LabelSearch search = LabelSearch.buildInBackground(dsg);
        // A view with its own context, so each server's limits are its own and the store is untouched.
        DatasetGraph searchable = search.wrap(dsg);
        Context context = Context.setupContextForDataset(dsg.getContext(), searchable);
        context.set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
        DatasetGraph view = new DatasetGraphWrapper(searchable, context);
        DataService service = DataService.newBuilder(view)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        PageServlet pages = new PageServlet(dsg, search, CannedQueries.load());
        return FusekiServer.create()
                .port(options.port())
                .add(DATASET, service)
                .addFilter("/*", new CorsFilter())
                .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter(dsg, options.publicBase()))
                .addServlet(DumpServlet.PATH + "/*", new DumpServlet(dsg))
                .addServlet(LinkedDataServlet.PATH + "/*", new LinkedDataServlet(dsg))
                .addServlet(DatasetDescription.WELL_KNOWN_PATH, new VoidServlet(dsg, options.publicBase()))
                .addServlet(AssetServlet.PATH + "/*", new AssetServlet())
                .addServlet(PageServlet.SEARCH, pages)
                .addServlet(PageServlet.QUERY, pages)
                .addServlet("", pages)
                .enablePing(true)
                .enableCors(false, null)
                .build()
                .start();
    }
}
