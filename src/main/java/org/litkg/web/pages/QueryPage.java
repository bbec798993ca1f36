package org.litkg.web.pages;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.litkg.web.CannedQueries;

/**
 * The SPARQL editor: YASGUI, served from litkg's own jar (no CDN), pointed at {@code /kg/sparql},
 * with one tab per canned query; {@code ?name=} opens that query's tab.
 */
public final class QueryPage {

    private QueryPage() {
    }

    public static String render(List<CannedQueries.Query> queries, String selected) {
        JsonArrayBuilder canned = Json.createArrayBuilder();
        for (CannedQueries.Query q : queries) {
            canned.add(Json.createObjectBuilder().add("name", q.name()).add("question", q.question()).add("text", q.text()));
        }
        String head = "<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">"
                + "<script src=\"/assets/yasgui/yasgui.min.js\"></script>";
        String body = "<section class=\"query\"><h1>Ask the graph in SPARQL</h1>"
                + "<p>The endpoint is <code>/kg/sparql</code>; the default graph is the union of all graphs. "
                + "Each tab holds one of the questions in <code>queries/</code>; press ▶ to run it.</p>"
                + "<div id=\"yasgui\"></div></section>"
                + "<script id=\"canned-queries\" type=\"application/json\">" + inScript(canned.build()) + "</script>"
                + "<script id=\"selected-query\" type=\"application/json\">"
                + inScript(Json.createValue(selected == null ? "" : selected)) + "</script>"
                + "<script src=\"/assets/query.js\"></script>";
        return Html.page("SPARQL", head, body);
    }

    /** JSON inside a script element: "</" would close the element, so it is written "<\/", which JSON reads the same. */
    private static String inScript(JsonValue json) {
        return json.toString().replace("</", "<\\/");
    }
}
