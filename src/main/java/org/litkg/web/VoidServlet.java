package org.litkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The VoID description at {@code /.well-known/void} (RFC 8615 well-known location, VoID section 7). */
public final class VoidServlet extends HttpServlet {

    static final List<Representation> OFFERED = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML);

    private final transient DatasetGraph dsg;
    private final String publicBase;

    /** {@code publicBase} may be null: absolute URLs then follow the request. */
    public VoidServlet(DatasetGraph dsg, String publicBase) {
        this.dsg = dsg;
        this.publicBase = publicBase;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Representation> r = RdfResponses.choose(req, resp, OFFERED);
        if (r.isPresent()) {
            Graph description = Txn.calculateRead(dsg, () -> DatasetDescription.voidGraph(Site.of(publicBase, req), DatasetDescription.count(dsg)));
            RdfResponses.write(resp, description, r.get());
        }
    }
}
