package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.litkg.rdf.LKG;

/** One reading of a relation as a page shows it: the sentence with both mentions marked, and why. */
record EvidenceView(Node node, Triple triple, Node document, String sentence, long sentenceStart,
                    long subjectStart, long subjectEnd, long objectStart, long objectEnd,
                    String confidence, boolean negative, boolean hedged, String method) {

    /** Every evidence node of {@code triple}, positive first, then by document and position. */
    static List<EvidenceView> of(GraphView v, Triple triple) {
        List<EvidenceView> out = new ArrayList<>();
        for (Node e : v.reifiers(triple, LKG.Evidence)) {
            out.add(read(v, e, triple));
        }
        out.sort(Comparator.comparing(EvidenceView::negative)
                .thenComparing(e -> e.document().toString()).thenComparingLong(EvidenceView::sentenceStart));
        return out;
    }

    static EvidenceView read(GraphView v, Node e, Triple triple) {
        return new EvidenceView(e, triple, v.object(e, LKG.document).orElse(Node.ANY),
                v.literal(e, LKG.sentenceText).orElse(""), v.integer(e, LKG.sentenceStart, 0),
                v.integer(e, LKG.subjectStart, -1), v.integer(e, LKG.subjectEnd, -1),
                v.integer(e, LKG.objectStart, -1), v.integer(e, LKG.objectEnd, -1),
                v.literal(e, LKG.confidence).orElse("?"),
                v.object(e, LKG.polarity).map(LKG.Negative::equals).orElse(false),
                v.literal(e, LKG.hedged).map(Boolean::parseBoolean).orElse(false),
                v.literal(e, LKG.method).orElse(""));
    }

    /** The sentence, subject and object marked, then the document, confidence and qualifiers. */
    String html(GraphView v) {
        StringBuilder out = new StringBuilder("<li class=\"evidence").append(negative ? " denied" : "").append("\">");
        out.append("<blockquote>").append(markedSentence()).append("</blockquote><div class=\"meta\">");
        if (document.isURI()) {
            out.append(Html.link(document.getURI(), v.label(document))).append(" · ");
        }
        out.append("confidence ").append(Html.esc(confidence));
        if (hedged) {
            out.append(" · <span class=\"tag\">hedged</span>");
        }
        if (negative) {
            out.append(" · <span class=\"tag\">denied: not asserted</span>");
        }
        out.append(" · <span class=\"method\">").append(Html.esc(method)).append("</span>");
        return out.append("</div></li>").toString();
    }

    private String markedSentence() {
        record Mark(int from, int to, String role) {
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark((int) (subjectStart - sentenceStart), (int) (subjectEnd - sentenceStart), "subject"));
        marks.add(new Mark((int) (objectStart - sentenceStart), (int) (objectEnd - sentenceStart), "object"));
        marks.sort(Comparator.comparingInt(Mark::from));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            if (m.from() < at || m.to() > sentence.length() || m.from() >= m.to()) {
                continue; // a mark outside the sentence or overlapping the previous one is left out
            }
            out.append(Html.esc(sentence.substring(at, m.from())))
                    .append("<mark class=\"").append(m.role()).append("\">")
                    .append(Html.esc(sentence.substring(m.from(), m.to()))).append("</mark>");
            at = m.to();
        }
        return out.append(Html.esc(sentence.substring(at))).toString();
    }
}
