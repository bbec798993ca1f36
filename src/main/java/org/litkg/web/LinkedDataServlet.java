package org.litkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.web.pages.DocumentPage;
import org.litkg.web.pages.EntityPage;
import org.litkg.web.pages.NotFoundPage;

/**
 * Answers litkg's IRIs under {@code /id/}: {@code GET /id/drug/plerixafor} describes
 * {@code https://w3id.org/litkg/id/drug/plerixafor} in Turtle, JSON-LD, N-Triples or RDF/XML, or
 * shows its page to a browser, by the Accept header or {@code ?format=}. The answer carries
 * {@code Vary: Accept} and {@code Link} headers to its other forms; an IRI the graph does not
 * know is a 404.
 */
public final class LinkedDataServlet extends HttpServlet {

    public static final String PATH = "/id";
    private static final List<Representation> OFFERED = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);

    private final transient DatasetGraph dsg;

    public LinkedDataServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Representation> chosen = RdfResponses.choose(req, resp, OFFERED);
        if (chosen.isEmpty()) {
            return;
        }
        String rawPath = req.getRequestURI().substring(req.getContextPath().length() + PATH.length());
        String iri = Site.iriOfPath(rawPath.startsWith("/") ? rawPath.substring(1) : rawPath);
        if (rawPath.length() <= 1 || !IRIs.check(iri)) {
            notFound(resp, chosen.get(), iri);
            return;
        }
        Node node = NodeFactory.createURI(iri);
        resp.setHeader("Link", alternates(rawPath));
        Representation r = chosen.get();
        try {
            Txn.executeRead(dsg, () -> answer(resp, node, r));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void answer(HttpServletResponse resp, Node node, Representation r) {
        try {
            Graph description = Descriptions.describe(dsg, node);
            if (description.isEmpty()) {
                notFound(resp, r, node.getURI());
            } else if (r == Representation.HTML) {
                Node documentGraph = Descriptions.documentGraphOf(node);
                String page = documentGraph != null && dsg.containsGraph(documentGraph)
                        ? DocumentPage.render(dsg, node, dsg.getGraph(documentGraph))
                        : EntityPage.render(dsg, node);
                Responses.html(resp, 200, page);
            } else {
                RdfResponses.write(resp, description, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notFound(HttpServletResponse resp, Representation r, String iri) throws IOException {
        if (r == Representation.HTML) {
            Responses.html(resp, 404, NotFoundPage.render(iri));
        } else {
            Responses.error(resp, 404, "litkg knows nothing of <" + iri + ">");
        }
    }

    private static String alternates(String rawPath) {
        StringBuilder link = new StringBuilder();
        for (Representation r : OFFERED) {
            link.append(link.isEmpty() ? "" : ", ").append('<').append(PATH).append(rawPath).append("?format=")
                    .append(r.formatName()).append(">; rel=\"alternate\"; type=\"").append(r.mediaType()).append('"');
        }
        return link.toString();
    }
}
