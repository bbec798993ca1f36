package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/**
 * The page of a document: its metadata, its text with every recognised mention marked and linked
 * to its entity, and the statements read from it with their sentences. Callers hold a read
 * transaction; {@code graph} is the document's named graph.
 */
public final class DocumentPage {

    private record MentionSpan(int start, int end, Node entity) {
    }

    private DocumentPage() {
    }

    public static String render(DatasetGraph dsg, Node doc, Graph graph) {
        GraphView v = new GraphView(dsg);
        String title = v.label(doc);
        StringBuilder body = new StringBuilder("<article class=\"document\">");
        body.append("<h1>").append(Html.esc(title)).append("</h1><dl class=\"metadata\">");
        v.literal(doc, Vocab.date).ifPresent(d -> body.append("<dt>Date</dt><dd>").append(Html.esc(d)).append("</dd>"));
        v.literal(doc, Vocab.source).ifPresent(s -> body.append("<dt>Source</dt><dd>").append(Html.esc(s)).append("</dd>"));
        v.literal(doc, LKG.readAt).ifPresent(r -> body.append("<dt>Read</dt><dd>").append(Html.esc(r)).append("</dd>"));
        body.append("</dl>").append(EntityPage.dataLinks(doc.getURI()));
        String text = v.literal(doc, LKG.text).orElse("");
        body.append("<section class=\"text\"><h2>Text</h2><p class=\"legend\">Recognised entities are marked; each links to its page.</p>");
        body.append(markedText(v, text, mentions(graph))).append("</section>");
        statements(body, v, graph);
        body.append("</article>");
        return Html.page(title, EntityPage.alternates(doc.getURI()), body.toString());
    }

    /** The spans of {@code <doc#char=S,E> lkg:refersTo <entity>}, in text order, overlaps dropped. */
    private static List<MentionSpan> mentions(Graph graph) {
        List<MentionSpan> spans = new ArrayList<>();
        graph.find(Node.ANY, LKG.refersTo, Node.ANY).forEach(t -> {
            String iri = t.getSubject().getURI();
            int at = iri.lastIndexOf("#char=");
            if (at >= 0) {
                String[] offsets = iri.substring(at + 6).split(",");
                try {
                    spans.add(new MentionSpan(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]), t.getObject()));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    // not a span litkg wrote; nothing to mark
                }
            }
        });
        spans.sort(Comparator.comparingInt(MentionSpan::start).thenComparingInt(m -> -m.end()));
        List<MentionSpan> kept = new ArrayList<>();
        int end = 0;
        for (MentionSpan m : spans) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    private static String markedText(GraphView v, String text, List<MentionSpan> mentions) {
        StringBuilder out = new StringBuilder("<div class=\"doctext\"><p>");
        int at = 0;
        for (MentionSpan m : mentions) {
            if (m.end() > text.length()) {
                break;
            }
            out.append(paragraphs(text.substring(at, m.start())));
            out.append("<a class=\"mention kind-").append(v.kind(m.entity())).append("\" href=\"")
                    .append(Html.esc(org.litkg.web.Site.href(m.entity().getURI()))).append("\" title=\"")
                    .append(Html.esc(v.label(m.entity()) + " (" + v.kind(m.entity()) + ")")).append("\">")
                    .append(Html.esc(text.substring(m.start(), m.end()))).append("</a>");
            at = m.end();
        }
        return out.append(paragraphs(text.substring(at))).append("</p></div>").toString();
    }

    private static String paragraphs(String s) {
        return Html.esc(s).replaceAll("\\n\\s*\\n?", "</p><p>");
    }

    private static void statements(StringBuilder body, GraphView v, Graph graph) {
        List<EvidenceView> evidence = new ArrayList<>();
        graph.find(Node.ANY, Vocab.type, LKG.Evidence).forEach(t ->
                graph.find(t.getSubject(), Vocab.reifies, Node.ANY).forEach(r -> {
                    if (r.getObject().isTripleTerm()) {
                        evidence.add(EvidenceView.read(v, t.getSubject(), r.getObject().getTriple()));
                    }
                }));
        if (evidence.isEmpty()) {
            return;
        }
        evidence.sort(Comparator.comparingLong(EvidenceView::sentenceStart).thenComparingLong(EvidenceView::subjectStart));
        body.append("<section class=\"statements\"><h2>Statements read from this document</h2><ul class=\"evidence-list\">");
        for (EvidenceView e : evidence) {
            var t = e.triple();
            body.append("<li class=\"statement\"><h3>").append(Html.link(t.getSubject().getURI(), v.label(t.getSubject())))
                    .append(" <span class=\"property\">").append(Html.esc(v.termLabel(t.getPredicate()))).append("</span> ")
                    .append(Html.link(t.getObject().getURI(), v.label(t.getObject()))).append("</h3><ul>")
                    .append(e.html(v)).append("</ul></li>");
        }
        body.append("</ul></section>");
    }
}
