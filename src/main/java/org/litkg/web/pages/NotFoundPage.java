package org.litkg.web.pages;

/** The page for an IRI or path the graph does not know. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static String render(String what) {
        return Html.page("Not found", "", "<section class=\"notfound\"><h1>Not in the graph</h1><p>litkg knows nothing of <code>"
                + Html.esc(what) + "</code>. Try the search box, or start from the <a href=\"/\">home page</a>.</p></section>");
    }
}
