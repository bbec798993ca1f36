package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import org.litkg.web.Descriptions;
import org.litkg.web.Representation;
import org.litkg.web.Site;

/**
 * The page of an entity (or any other litkg node): its names, types and identifiers, a picture of
 * its neighbourhood, every relation in and out with the sentences it was read from, its other
 * properties, and the documents that mention it. Callers hold a read transaction.
 */
public final class EntityPage {

    private EntityPage() {
    }

    public static String render(DatasetGraph dsg, Node node) {
        GraphView v = new GraphView(dsg);
        String label = v.label(node);
        StringBuilder body = new StringBuilder();
        body.append("<article class=\"entity kind-").append(v.kind(node)).append("\">");
        body.append("<h1>").append(Html.esc(label)).append("</h1>");
        body.append("<p class=\"types\">");
        for (Node type : v.objects(node, Vocab.type)) {
            body.append("<span class=\"type\">").append(Html.esc(type.isURI() ? v.termLabel(type) : type.toString())).append("</span> ");
        }
        body.append("</p>");
        names(body, v, node);
        body.append(dataLinks(node.getURI()));
        Neighbourhood hood = Neighbourhood.around(v, node);
        if (hood.rings().size() > 1) {
            body.append("<figure>").append(NeighbourhoodPicture.svg(v, hood))
                    .append("<figcaption>The graph around ").append(Html.esc(label))
                    .append(": relations one and two steps away. Every name is a link.</figcaption></figure>");
        }
        relations(body, v, node);
        otherProperties(body, v, node);
        mentionedIn(body, v, node);
        body.append("</article>");
        return Html.page(label, alternates(node.getURI()), body.toString());
    }

    private static void names(StringBuilder body, GraphView v, Node node) {
        List<Node> aliases = v.objects(node, Vocab.altLabel);
        List<Node> matches = v.objects(node, Vocab.exactMatch);
        if (aliases.isEmpty() && matches.isEmpty()) {
            return;
        }
        body.append("<dl class=\"names\">");
        if (!aliases.isEmpty()) {
            body.append("<dt>Also called</dt><dd class=\"aliases\">");
            aliases.stream().map(Node::getLiteralLexicalForm).sorted(String.CASE_INSENSITIVE_ORDER)
                    .forEach(a -> body.append("<span class=\"alias\">").append(Html.esc(a)).append("</span> "));
            body.append("</dd>");
        }
        if (!matches.isEmpty()) {
            body.append("<dt>Identifiers</dt><dd class=\"identifiers\">");
            matches.stream().filter(Node::isURI).map(Node::getURI).sorted().forEach(iri -> body.append("<a class=\"xref\" href=\"")
                    .append(Html.esc(iri)).append("\" rel=\"external\">").append(Html.esc(curie(iri))).append("</a> "));
            body.append("</dd>");
        }
        body.append("</dl>");
    }

    /** {@code https://identifiers.org/uniprot:P61073} reads as {@code uniprot:P61073}. */
    private static String curie(String iri) {
        int slash = iri.lastIndexOf('/');
        return slash >= 0 && iri.substring(slash).contains(":") ? iri.substring(slash + 1) : iri;
    }

    static String dataLinks(String iri) {
        StringBuilder out = new StringBuilder("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code> · data:");
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                out.append(" <a href=\"").append(Html.esc(Site.href(iri))).append("?format=").append(r.formatName())
                        .append("\">").append(r.formatName()).append("</a>");
            }
        }
        return out.append("</p>").toString();
    }

    static String alternates(String iri) {
        StringBuilder out = new StringBuilder();
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                out.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                        .append(Html.esc(Site.href(iri))).append("?format=").append(r.formatName()).append("\">");
            }
        }
        return out.toString();
    }

    private static void relations(StringBuilder body, GraphView v, Node node) {
        List<Triple> relations = v.relationsOf(node);
        if (relations.isEmpty()) {
            return;
        }
        relations.sort(Comparator.comparingDouble((Triple t) -> -belief(v, t)).thenComparing(t -> t.toString()));
        body.append("<section class=\"relations\"><h2>Relations</h2>");
        for (Triple t : relations) {
            body.append("<div class=\"relation\"><h3>");
            end(body, v, t.getSubject(), node);
            body.append(" <span class=\"property\">").append(Html.esc(v.termLabel(t.getPredicate()))).append("</span> ");
            end(body, v, t.getObject(), node);
            double belief = belief(v, t);
            if (belief >= 0) {
                body.append(" <span class=\"belief\">belief ").append(String.format(java.util.Locale.ROOT, "%.2f", belief)).append("</span>");
            }
            body.append("</h3><ul class=\"evidence-list\">");
            for (EvidenceView e : EvidenceView.of(v, t)) {
                body.append(e.html(v));
            }
            body.append("</ul></div>");
        }
        body.append("</section>");
    }

    /** One end of a relation: the page's own node in bold, any other as a link. */
    private static void end(StringBuilder body, GraphView v, Node end, Node self) {
        if (end.equals(self)) {
            body.append("<strong>").append(Html.esc(v.label(end))).append("</strong>");
        } else {
            body.append(Html.link(end.getURI(), v.label(end)));
        }
    }

    /** The statement's aggregate belief, or -1 when no statement node carries one. */
    static double belief(GraphView v, Triple t) {
        return v.reifiers(t, LKG.Statement).stream().flatMap(st -> v.literal(st, LKG.belief).stream())
                .mapToDouble(Double::parseDouble).findFirst().orElse(-1);
    }

    /** Properties other than names, types and relations: dates, counts, evidence fields. */
    private static void otherProperties(StringBuilder body, GraphView v, Node node) {
        List<Triple> rest = new ArrayList<>();
        v.union.find(node, Node.ANY, Node.ANY).forEach(t -> {
            Node p = t.getPredicate();
            if (!Descriptions.isRelation(t) && !p.equals(Vocab.type) && !p.equals(Vocab.label) && !p.equals(Vocab.altLabel)
                    && !p.equals(Vocab.exactMatch) && !p.equals(Vocab.identifier)) {
                rest.add(t);
            }
        });
        if (rest.isEmpty()) {
            return;
        }
        rest.sort(Comparator.comparing(t -> t.getPredicate().getURI()));
        body.append("<section class=\"properties\"><h2>Properties</h2><table>");
        for (Triple t : rest) {
            body.append("<tr><th>").append(Html.esc(v.termLabel(t.getPredicate()))).append("</th><td>");
            Node o = t.getObject();
            if (o.isURI()) {
                body.append(Html.link(o.getURI(), o.getURI().startsWith(LKG.ID) ? v.label(o) : o.getURI()));
            } else if (o.isTripleTerm()) {
                Triple inner = o.getTriple();
                body.append(Html.link(inner.getSubject().getURI(), v.label(inner.getSubject()))).append(' ')
                        .append(Html.esc(v.termLabel(inner.getPredicate()))).append(' ')
                        .append(Html.link(inner.getObject().getURI(), v.label(inner.getObject())));
            } else if (o.isLiteral()) {
                body.append(Html.esc(o.getLiteralLexicalForm()));
            }
            body.append("</td></tr>");
        }
        body.append("</table></section>");
    }

    private static void mentionedIn(StringBuilder body, GraphView v, Node node) {
        List<Node> documents = new ArrayList<>();
        v.union.find(Node.ANY, LKG.mentions, node).forEach(t -> documents.add(t.getSubject()));
        if (documents.isEmpty()) {
            return;
        }
        documents.sort(Comparator.comparing(v::label));
        body.append("<section class=\"documents\"><h2>Mentioned in</h2><ul>");
        for (Node d : documents) {
            body.append("<li>").append(Html.link(d.getURI(), v.label(d))).append("</li>");
        }
        body.append("</ul></section>");
    }
}
