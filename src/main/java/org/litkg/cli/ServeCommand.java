package org.litkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.analysis.NameFinder;
import org.litkg.ingest.InputLimits;
import org.litkg.pipeline.CorpusFingerprint;
import org.litkg.pipeline.Pipeline;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;
import org.litkg.web.WriteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code litkg serve}: build the store from data/corpus if it changed, then serve it over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph of every document under --data into a TDB2 store (reused when the",
                "corpus is unchanged) and serves it read-only over SPARQL until interrupted."})
final class ServeCommand implements Callable<Integer> {

    static final String EXAMPLE_QUERY = """
            PREFIX lkg: <https://w3id.org/litkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?drug ?receptor WHERE {
              ?d lkg:blocks ?r . ?d rdfs:label ?drug . ?r rdfs:label ?receptor .
            }""";

    @Option(names = "--data", defaultValue = "data/corpus", paramLabel = "DIR", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", defaultValue = "store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query time limit (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Base URL the server is reached at, for absolute links in the VoID and service descriptions "
                    + "(default: the scheme, host and port of each request).")
    String publicUrl;

    @Option(names = "--in-memory", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Once started, copy the store into memory and answer SPARQL from the copy, about twice as fast "
                    + "(default; skipped when the heap is too small; the TDB2 store answers until the copy is made). "
                    + "--no-in-memory keeps SPARQL on the store.")
    boolean inMemory;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Turn writing on: POST /kg/documents and DELETE /kg/documents/{id} need 'Authorization: Bearer' "
                    + "with the token in FILE (or in the LITKG_TOKEN environment variable). Without either, writing is off.")
    Path tokenFile;

    @Option(names = "--max-body-mb", defaultValue = "16", paramLabel = "MB",
            description = "Largest write request body, after gzip is undone (default: ${DEFAULT-VALUE} MB).")
    long maxBodyMb;

    @Option(names = "--compact-after", defaultValue = "200", paramLabel = "COMMITS",
            description = "Compact the store after this many write commits (default: ${DEFAULT-VALUE}; 0: never).")
    long compactAfter;

    @Option(names = "--rebuild", description = "Rebuild the store from --data even if documents were added to it over HTTP "
            + "or with 'litkg add' (they are lost).")
    boolean rebuild;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws java.io.IOException {
        long started = System.nanoTime();
        requireFreePort(); // before a build that may take minutes, not after it
        List<Path> inputs = List.of(data);
        List<Path> lexiconFiles = lexicons.filesOrImported();
        Optional<Path> nameModel = names.givenOrTrained();
        Optional<NameFinder> nameFinder = NameModelOption.load(nameModel);
        String fingerprint = CorpusFingerprint.of(inputs, lexiconFiles, nameModel);
        Optional<String> existing = KnowledgeStore.fingerprint(store);
        WriteAccess access = WriteAccess.configure(tokenFile, System.getenv("LITKG_TOKEN"));
        int status = 0;
        if (existing.isPresent() && existing.get().equals(fingerprint)) {
            Progress.say("corpus unchanged: reusing the store at " + store);
        } else if (existing.isPresent() && !rebuild && existing.get().startsWith(KnowledgeStore.LOADED_PREFIX)) {
            Progress.say("the store at " + store + " was loaded from N-Quads ('litkg restore' or 'litkg load'); serving it as it is "
                    + "(rebuild it from " + data + " with --rebuild)");
        } else if (existing.isPresent() && !rebuild && KnowledgeStore.hasIngests(store)) {
            Progress.say("the corpus under " + data + " changed, but documents were added to the store at " + store
                    + " since it was built; serving it as it is, so none is lost (add the new files with 'litkg add', "
                    + "or rebuild with --rebuild)");
        } else {
            Progress.say("building the store at " + store + " from " + data);
            Pipeline pipeline = new Pipeline(lexiconFiles, nameFinder);
            Pipeline.Summary[] built = new Pipeline.Summary[1];
            KnowledgeStore.build(store, stream -> built[0] = pipeline.stream(inputs, fingerprint, stream, Progress::say), fingerprint);
            status = BuildCommand.report(built[0].errors());
            Progress.say("stored " + built[0].quads() + " quads from " + built[0].documents() + " documents");
        }
        DatasetGraph dsg = KnowledgeStore.open(store);
        KgServer.Writing writing = KgServer.Writing.off();
        if (access.enabled()) {
            java.util.concurrent.CompletableFuture<Pipeline> pipeline =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> new Pipeline(lexiconFiles, nameFinder));
            writing = new KgServer.Writing(access, pipeline::join,
                    new InputLimits(maxBodyMb << 20, InputLimits.DEFAULT.maxDocumentChars(), InputLimits.DEFAULT.maxDocuments(),
                            InputLimits.DEFAULT.maxHtmlDepth()), compactAfter);
        }
        FusekiServer server;
        try {
            server = KgServer.start(dsg, new KgServer.Options(port, timeoutSeconds * 1000, publicUrl, inMemory), writing);
        } catch (RuntimeException e) {
            KnowledgeStore.close(dsg);
            throw isBindFailure(e) ? portInUse() : e; // taken since the check above
        }
        String home = "http://localhost:" + server.getPort();
        String endpoint = home + KgServer.DATASET + "/sparql";
        System.out.printf(java.util.Locale.ROOT, "litkg is serving the knowledge graph at %s (ready in %.1f s)%n", endpoint,
                (System.nanoTime() - started) / 1e9);
        if (access.enabled()) {
            System.out.println("Writing is on: POST documents to " + home + "/kg/documents with 'Authorization: Bearer TOKEN'");
        }
        System.out.println("Browse it at " + home + "/  (search, entity pages, SPARQL editor at " + home + "/query)");
        System.out.println("Try:  curl -s " + endpoint + " --data-urlencode 'query=" + EXAMPLE_QUERY.replaceAll("\\s+", " ").strip()
                + "' -H 'Accept: text/csv'");
        System.out.flush();
        server.join();
        return status;
    }

    /** Fails with a message a user can act on when another process (another litkg serve?) holds the port. */
    private void requireFreePort() {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds: a port left in TIME_WAIT is free
            probe.bind(new java.net.InetSocketAddress(port));
        } catch (java.io.IOException e) {
            throw portInUse();
        }
    }

    private IllegalStateException portInUse() {
        return new IllegalStateException("port " + port + " is already in use (another litkg serve?); stop that process "
                + "or choose another port with --port");
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.BindException || String.valueOf(c.getMessage()).startsWith("Failed to bind")) {
                return true;
            }
        }
        return false;
    }
}
