package org.litkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * SPARQL 1.1 Service Description: a GET on the endpoint with no query answers with the
 * description of the service (as the recommendation asks), every other request goes on to Fuseki.
 */
public final class ServiceDescriptionFilter implements Filter {

    private final DatasetGraph dsg;
    private final String publicBase;

    /** {@code publicBase} may be null: absolute URLs then follow the request. */
    public ServiceDescriptionFilter(DatasetGraph dsg, String publicBase) {
        this.dsg = dsg;
        this.publicBase = publicBase;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean bare = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && req.getQueryString() == null;
        if (!bare) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Representation> r = RdfResponses.choose(req, resp, VoidServlet.OFFERED);
        if (r.isPresent()) {
            Graph description = Txn.calculateRead(dsg, () -> DatasetDescription.serviceDescription(Site.of(publicBase, req), DatasetDescription.count(dsg)));
            RdfResponses.write(resp, description, r.get());
        }
    }
}
