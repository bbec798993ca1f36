package org.litkg.clients;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;

/** The real server over the example corpus's TDB2 store, on a free port, for the client tests. */
final class ClientsServer implements AutoCloseable {

    private final DatasetGraph dsg;
    private final FusekiServer server;

    ClientsServer() throws java.io.IOException {
        dsg = ExampleGraph.open();
        server = KgServer.start(dsg, new KgServer.Options(0, 30_000, null));
    }

    String base() {
        return "http://localhost:" + server.getPort();
    }

    String endpoint() {
        return base() + KgServer.DATASET + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
        KnowledgeStore.close(dsg);
    }
}
