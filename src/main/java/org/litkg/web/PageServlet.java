package org.litkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.web.pages.HomePage;
import org.litkg.web.pages.NotFoundPage;
import org.litkg.web.pages.QueryPage;
import org.litkg.web.pages.SearchPage;

/**
 * The pages that are not a resource's: the home page ({@code /}), search ({@code /search?q=}) and
 * the SPARQL editor ({@code /query}). A search whose best hit is named exactly what was typed goes
 * straight to that page, as a person typing "plerixafor" expects; {@code &format=json} gives the
 * hits as JSON for scripts.
 */
public final class PageServlet extends HttpServlet {

    public static final String HOME = "";
    public static final String SEARCH = "/search";
    public static final String QUERY = "/query";
    static final int HITS = 50;

    private final transient DatasetGraph dsg;
    private final transient LabelSearch search;
    private final transient List<CannedQueries.Query> queries;

    public PageServlet(DatasetGraph dsg, LabelSearch search, List<CannedQueries.Query> queries) {
        this.dsg = dsg;
        this.search = search;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "", "/" -> Responses.html(resp, 200, Txn.calculateRead(dsg, () -> HomePage.render(dsg, queries)));
            case SEARCH -> search(req, resp);
            case QUERY -> Responses.html(resp, 200, QueryPage.render(queries, req.getParameter("name")));
            default -> Responses.html(resp, 404, NotFoundPage.render(path));
        }
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String typed = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (typed.isEmpty()) {
            resp.sendRedirect("/");
            return;
        }
        List<LabelSearch.Hit> hits = search.search(typed, HITS);
        if ("json".equals(req.getParameter("format"))) {
            json(resp, hits);
        } else if (!hits.isEmpty() && hits.get(0).matchedName().equalsIgnoreCase(typed)
                && hits.stream().skip(1).noneMatch(h -> h.matchedName().equalsIgnoreCase(typed))) {
            resp.setStatus(303);
            resp.setHeader("Location", Site.href(hits.get(0).node().getURI()));
        } else {
            Responses.html(resp, 200, Txn.calculateRead(dsg, () -> SearchPage.render(dsg, typed, hits)));
        }
    }

    private static void json(HttpServletResponse resp, List<LabelSearch.Hit> hits) throws IOException {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (LabelSearch.Hit h : hits) {
            out.add(Json.createObjectBuilder().add("iri", h.node().getURI()).add("page", Site.href(h.node().getURI()))
                    .add("matched", h.matchedName()).add("score", h.score()));
        }
        Responses.json(resp, 200, out.build());
    }
}
