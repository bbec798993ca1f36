package org.litkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import java.util.function.Supplier;
import org.litkg.ingest.IngestQueue;
import org.litkg.ingest.InputLimits;
import org.litkg.pipeline.Pipeline;
import org.litkg.web.AdmissionFilter;
import org.litkg.web.AssetServlet;
import org.litkg.web.DocumentsServlet;
import org.litkg.web.WriteAccess;
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
     * How to serve: the port (0 picks a free one), the query time limit, the public base URL
     * absolute links are given under (null: the scheme, host and port each request came in on), and
     * whether SPARQL moves to an in-memory copy of the store once it is made ({@link ServingDataset}).
     */
    public record Options(int port, long queryTimeoutMillis, String publicBase, boolean inMemory, QueryLimits limits) {

        public Options(int port, long queryTimeoutMillis, String publicBase, boolean inMemory) {
            this(port, queryTimeoutMillis, publicBase, inMemory, QueryLimits.defaults());
        }

        public Options(int port, long queryTimeoutMillis, String publicBase) {
            this(port, queryTimeoutMillis, publicBase, false);
        }
    }

    /**
     * Whether and how the server accepts documents: who may write, the pipeline that reads them
     * (loaded on first use), the input limits, and how many commits go between compactions.
     */
    public record Writing(WriteAccess access, Supplier<Pipeline> pipeline, InputLimits limits, long compactAfterCommits) {

        public static Writing off() {
            return new Writing(WriteAccess.off(), () -> {
                throw new IllegalStateException("writing is off");
            }, InputLimits.DEFAULT, 0);
        }
    }

    private KgServer() {
    }

    /** Starts the server; {@code port} 0 picks a free port (see {@link FusekiServer#getPort()}). */
    public static FusekiServer start(DatasetGraph dsg, int port, long queryTimeoutMillis) {
        return start(dsg, new Options(port, queryTimeoutMillis, null));
    }

    public static FusekiServer start(DatasetGraph dsg, Options options) {
        return start(dsg, options, Writing.off());
    }

    /**
     * Starts the server; with writing on, {@code POST /kg/documents} and {@code DELETE
     * /kg/documents/{id}} change the store while it serves, and SPARQL stays on the store (an
     * in-memory copy would fall behind it).
     */
    public static FusekiServer start(DatasetGraph dsg, Options options, Writing writing) {
        LabelSearch search = LabelSearch.buildInBackground(dsg);
        IngestQueue queue = writing.access().enabled()
                ? new IngestQueue(dsg, () -> writing.pipeline().get().lexicon(),
                        change -> search.apply(change.addedNames(), change.removedNames()), writing.compactAfterCommits())
                : null;
        DocumentsServlet documents = new DocumentsServlet(writing.access(), writing.limits(), writing.pipeline(), queue);
        // One filter on both paths: one set of places, so the limit is on all SPARQL requests together.
        AdmissionFilter admission = new AdmissionFilter(options.limits().maxConcurrent(), options.limits().maxRequestBytes());
        GuardedExpressions guards = new GuardedExpressions(options.limits());
        DataService service = sparqlService(dsg, search, options, guards);
        PageServlet pages = new PageServlet(dsg, search, CannedQueries.load());
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .registerOperation(Operation.Query, new GuardedQueryProcessor(options.limits(), guards))
                .add(DATASET, service)
                .addFilter("/*", new CorsFilter())
                .addFilter(DATASET + "/*", admission)
                .addFilter(DATASET, admission)
                .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter(dsg, options.publicBase()))
                .addServlet(DumpServlet.PATH + "/*", new DumpServlet(dsg))
                .addServlet(LinkedDataServlet.PATH + "/*", new LinkedDataServlet(dsg))
                .addServlet(DatasetDescription.WELL_KNOWN_PATH, new VoidServlet(dsg, options.publicBase()))
                .addServlet(AssetServlet.PATH + "/*", new AssetServlet())
                .addServlet(DocumentsServlet.PATH, documents)
                .addServlet(DocumentsServlet.PATH + "/*", documents)
                .addServlet(PageServlet.SEARCH, pages)
                .addServlet(PageServlet.QUERY, pages)
                .addServlet("", pages)
                .enablePing(true)
                .enableCors(false, null)
                .build()
                .start();
        if (options.inMemory() && queue != null) {
            System.err.println("litkg: writing is on, so SPARQL answers from the store (an in-memory copy would fall behind it)");
        } else if (options.inMemory()) {
            moveToMemoryInBackground(server, dsg, search, options, guards);
        }
        return server;
    }

    /** The read-only SPARQL service over {@code data}, with {@code text:query} and the query time limit. */
    private static DataService sparqlService(DatasetGraph data, LabelSearch search, Options options, GuardedExpressions guards) {
        // A view with its own context, so each server's limits are its own and the store is untouched.
        Context context = Context.setupContextForDataset(data.getContext(), data);
        context.set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
        search.answerTextQueries(context);
        guards.install(context);
        DatasetGraph view = new DatasetGraphWrapper(data, context);
        return DataService.newBuilder(view)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
    }

    /**
     * Copies the store into memory on a background thread, then points {@code /kg} at the copy:
     * queries under way finish on the store, later ones run on the copy. Until then, and if the
     * copy fails, the store answers.
     */
    private static void moveToMemoryInBackground(FusekiServer server, DatasetGraph store, LabelSearch search, Options options,
                                                 GuardedExpressions guards) {
        Thread mover = new Thread(() -> {
            try {
                long start = System.nanoTime();
                if (!ServingDataset.fitsInHeap(store)) {
                    System.err.println("litkg: the store is too large to copy into this heap (raise -Xmx in LITKG_JAVA_OPTS);"
                            + " SPARQL answers from the store");
                    return;
                }
                DatasetGraph memory = ServingDataset.inMemory(store);
                DataService service = sparqlService(memory, search, options, guards);
                service.setEndpointProcessors(server.getOperationRegistry());
                service.goActive();
                server.getDataAccessPointRegistry().put(DATASET, new DataAccessPoint(DATASET, service));
                System.err.printf(java.util.Locale.ROOT, "litkg: SPARQL now answers from memory (copied in %.1f s)%n",
                        (System.nanoTime() - start) / 1e9);
            } catch (RuntimeException e) {
                System.err.println("litkg: could not copy the store into memory (" + e + "); SPARQL stays on the store");
            }
        }, "copy-to-memory");
        mover.setDaemon(true);
        mover.start();
    }
}
