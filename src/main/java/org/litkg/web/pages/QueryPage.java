package org.litkg.web.pages;

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
        StringBuilder json = new StringBuilder("[");
        for (CannedQueries.Query q : queries) {
            json.append(json.length() > 1 ? "," : "").append("{\"name\":").append(jsonString(q.name()))
                    .append(",\"question\":").append(jsonString(q.question()))
                    .append(",\"text\":").append(jsonString(q.text())).append('}');
        }
        json.append(']');
        String head = "<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">"
                + "<script src=\"/assets/yasgui/yasgui.min.js\"></script>";
        String body = "<section class=\"query\"><h1>Ask the graph in SPARQL</h1>"
                + "<p>The endpoint is <code>/kg/sparql</code>; the default graph is the union of all graphs. "
                + "Each tab holds one of the questions in <code>queries/</code>; press ▶ to run it.</p>"
                + "<div id=\"yasgui\"></div></section>"
                + "<script id=\"canned-queries\" type=\"application/json\">" + json + "</script>"
                + "<script id=\"selected-query\" type=\"application/json\">" + jsonString(selected == null ? "" : selected) + "</script>"
                + "<script src=\"/assets/query.js\"></script>";
        return Html.page("SPARQL", head, body);
    }

    /** A JSON string literal; also safe inside a script element once "</" is escaped. */
    public static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
