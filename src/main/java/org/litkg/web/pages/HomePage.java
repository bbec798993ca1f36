package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import org.litkg.web.CannedQueries;

/**
 * The front door: what the graph holds (entities by class, statements by relation, documents), the
 * search box, and the canned questions one click away. Callers hold a read transaction.
 */
public final class HomePage {

    static final int DOCUMENTS_LISTED = 100;

    private HomePage() {
    }

    public static String render(DatasetGraph dsg, List<CannedQueries.Query> queries) {
        GraphView v = new GraphView(dsg);
        StringBuilder body = new StringBuilder("<section class=\"intro\"><h1>litkg</h1>")
                .append("<p>A knowledge graph read from biomedical literature: which drug blocks which receptor, which tumour ")
                .append("secretes which chemokine, where each study was published, and the sentence behind every link.</p>")
                .append("<form class=\"search big\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input id=\"home-search\" type=\"search\" name=\"q\" placeholder=\"plerixafor, CXCR4, fibrolamellar…\" aria-label=\"Search the graph\" autofocus>")
                .append("<button type=\"submit\">Search</button></form></section>");
        body.append("<div class=\"columns\">");
        counts(body, "Entities by class", "classes", entityClasses(v), v);
        counts(body, "Statements by relation", "relations", relations(v), v);
        body.append("</div>");
        questions(body, queries);
        documents(body, v);
        return Html.page("litkg", "", body.toString());
    }

    private static Map<Node, Integer> entityClasses(GraphView v) {
        Map<Node, Integer> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
        v.dsg.getGraph(Iris.ENTITIES_GRAPH).find(Node.ANY, Vocab.type, Node.ANY)
                .forEach(t -> counts.merge(t.getObject(), 1, Integer::sum));
        v.union.find(Node.ANY, Vocab.type, LKG.term("Study")).forEach(t -> counts.merge(t.getObject(), 1, Integer::sum));
        return counts;
    }

    private static Map<Node, Integer> relations(GraphView v) {
        Map<Node, Integer> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
        v.dsg.getGraph(Iris.STATEMENTS_GRAPH).find(Node.ANY, Vocab.reifies, Node.ANY).forEach(t -> {
            if (t.getObject().isTripleTerm()) {
                counts.merge(t.getObject().getTriple().getPredicate(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static void counts(StringBuilder body, String title, String css, Map<Node, Integer> counts, GraphView v) {
        body.append("<section class=\"counts ").append(css).append("\"><h2>").append(Html.esc(title)).append("</h2><table>");
        counts.entrySet().stream().sorted(Map.Entry.<Node, Integer>comparingByValue().reversed()).forEach(e ->
                body.append("<tr><th>").append(Html.esc(v.termLabel(e.getKey()))).append("</th><td>")
                        .append(e.getValue()).append("</td></tr>"));
        body.append("</table></section>");
    }

    private static void questions(StringBuilder body, List<CannedQueries.Query> queries) {
        body.append("<section class=\"questions\"><h2>Questions to ask</h2><ul>");
        for (CannedQueries.Query q : queries) {
            body.append("<li><a href=\"/query?name=").append(Html.esc(q.name())).append("\">")
                    .append(Html.esc(q.question())).append("</a></li>");
        }
        body.append("</ul></section>");
    }

    private static void documents(StringBuilder body, GraphView v) {
        List<Node> docs = new ArrayList<>();
        v.union.find(Node.ANY, Vocab.type, LKG.Document).forEach(t -> docs.add(t.getSubject()));
        docs.sort(Comparator.comparing((Node d) -> v.literal(d, Vocab.date).orElse("")).reversed().thenComparing(v::label));
        body.append("<section class=\"documents\"><h2>Documents (").append(docs.size()).append(")</h2><ul>");
        for (Node d : docs.subList(0, Math.min(DOCUMENTS_LISTED, docs.size()))) {
            body.append("<li>").append(Html.link(d.getURI(), v.label(d)));
            v.literal(d, Vocab.date).ifPresent(date -> body.append(" <span class=\"date\">").append(Html.esc(date)).append("</span>"));
            body.append("</li>");
        }
        if (docs.size() > DOCUMENTS_LISTED) {
            body.append("<li>… and ").append(docs.size() - DOCUMENTS_LISTED).append(" more: ask the SPARQL endpoint.</li>");
        }
        body.append("</ul></section>");
    }
}
