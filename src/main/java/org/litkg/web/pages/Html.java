package org.litkg.web.pages;

import org.litkg.web.Site;

/** Escaping and the frame every page shares: the header with search, and the stylesheet. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link to a litkg node's page (by local path) or to an external IRI. */
    static String link(String iri, String text) {
        return "<a href=\"" + esc(Site.href(iri)) + "\">" + esc(text) + "</a>";
    }

    /** A whole page; {@code head} is extra markup for the head (scripts, alternates). */
    static String page(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · litkg</title>
                <link rel="stylesheet" href="/assets/litkg.css">
                %s
                </head>
                <body>
                <header class="top">
                  <a class="brand" href="/">litkg</a>
                  <form class="search" action="/search" method="get" role="search">
                    <input type="search" name="q" placeholder="Search drugs, receptors, diseases, documents…" aria-label="Search">
                    <button type="submit">Search</button>
                  </form>
                  <nav><a href="/query">SPARQL</a> <a href="/.well-known/void">VoID</a></nav>
                </header>
                <main>
                %s
                </main>
                <footer>litkg: a knowledge graph read from biomedical literature. Data: <a href="/dumps/litkg.trig">TriG</a>,
                <a href="/dumps/litkg.nq.gz">N-Quads</a>, <a href="/dumps/litkg.jsonld">JSON-LD</a>. Endpoint: <code>/kg/sparql</code>.</footer>
                </body>
                </html>
                """.formatted(esc(title), head, body);
    }
}
