package org.litkg.web.pages;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.web.LabelSearch;

/** The ranked results of a search over labels, aliases and document titles. Callers hold a read transaction. */
public final class SearchPage {

    private SearchPage() {
    }

    public static String render(DatasetGraph dsg, String typed, List<LabelSearch.Hit> hits) {
        GraphView v = new GraphView(dsg);
        StringBuilder body = new StringBuilder("<section class=\"results\"><h1>Search: ")
                .append(Html.esc(typed)).append("</h1>");
        if (hits.isEmpty()) {
            body.append("<p class=\"none\">Nothing in the graph is called that. Try part of a name (\"plerix\"), ")
                    .append("another name (\"AMD3100\"), or ask the <a href=\"/query\">SPARQL endpoint</a>.</p>");
        } else {
            body.append("<ol class=\"hits\">");
            for (LabelSearch.Hit hit : hits) {
                String label = v.label(hit.node());
                body.append("<li class=\"hit kind-").append(v.kind(hit.node())).append("\">")
                        .append(Html.link(hit.node().getURI(), label))
                        .append(" <span class=\"type\">").append(Html.esc(v.kind(hit.node()))).append("</span>");
                if (!hit.matchedName().equalsIgnoreCase(label)) {
                    body.append(" <span class=\"matched\">as ").append(Html.esc(hit.matchedName())).append("</span>");
                }
                body.append("</li>");
            }
            body.append("</ol>");
        }
        return Html.page("Search: " + typed, "", body.append("</section>").toString());
    }
}
