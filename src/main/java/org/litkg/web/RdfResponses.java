package org.litkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.litkg.rdf.JsonLdExport;

/** Choosing a representation for a request and writing a graph in it. */
final class RdfResponses {

    private RdfResponses() {
    }

    /**
     * The representation {@code ?format=} names, or else the best by the Accept header, among
     * {@code offered}; empty after sending the 400 (unknown format) or 406 (nothing acceptable).
     * Always sets {@code Vary: Accept}, since the answer depends on it.
     */
    static Optional<Representation> choose(HttpServletRequest req, HttpServletResponse resp, List<Representation> offered)
            throws IOException {
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        if (format != null) {
            Optional<Representation> named = Representation.byFormatName(format).filter(offered::contains);
            if (named.isEmpty()) {
                Responses.error(resp, 400, "unknown format '" + format + "': use one of " + names(offered));
            }
            return named;
        }
        Optional<Representation> chosen = Negotiation.choose(req.getHeader("Accept"), offered);
        if (chosen.isEmpty()) {
            Responses.error(resp, 406, "none of the accepted types is available here: this resource is served as "
                    + String.join(", ", offered.stream().map(Representation::mediaType).toList()));
        }
        return chosen;
    }

    private static String names(List<Representation> offered) {
        return String.join(", ", offered.stream().map(Representation::formatName).toList());
    }

    static void write(HttpServletResponse resp, Graph graph, Representation r) throws IOException {
        resp.setContentType(r.mediaType());
        resp.setCharacterEncoding("UTF-8");
        OutputStream out = resp.getOutputStream();
        switch (r) {
            case JSONLD -> JsonLdExport.write(DatasetGraphFactory.wrap(graph), out);
            case RDFXML -> RDFDataMgr.write(out,
                    JsonLdExport.withoutTripleTerms(DatasetGraphFactory.wrap(graph)).getDefaultGraph(), r.rdfFormat());
            case TURTLE, NTRIPLES -> RDFDataMgr.write(out, graph, r.rdfFormat());
            case HTML -> throw new IllegalArgumentException("HTML is written by a page, not from a graph");
        }
    }
}
