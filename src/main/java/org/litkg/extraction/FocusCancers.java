package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "The tumour" and "cancer cells" stand for the cancer in focus: the latest cancer named so far, or, in a text that
 * names one only a little later (a headline's "tumour cells", then the lead's cancer), the first.
 */
final class FocusCancers {

    private FocusCancers() {
    }

    /** How many sentences on the cancer that cells named before any cancer belong to may be named. */
    private static final int CATAPHORA_SENTENCES = 3;

    /** Words for any cancer, which a reference may end in without naming a kind: "the tumour", "the cancer cells". */
    private static final Set<String> ANY_CANCER_HEADS = Set.of("tumor", "tumour", "cancer", "disease", "malignancy");

    static Node.EntityNode at(RecognizedDocument doc, int si, int token, Set<EntityType> allowed) {
        return at(doc, si, token, allowed, null);
    }

    /**
     * What a reference to a cancer stands for: nothing for the kind in general ("a hormone made by many tumours"), else
     * the cancer in focus, of the kind its head names if it names one ("the lymphoma cells").
     */
    static Node.EntityNode referredTo(RecognizedDocument doc, Mention m, Set<EntityType> allowed) {
        if (isGeneric(doc, m)) {
            return null;
        }
        String head = org.litkg.analysis.Lemmatizer.singular(m.text().toLowerCase(java.util.Locale.ROOT).replaceAll(".*\\s", ""));
        return at(doc, m.sentence(), m.from(), allowed, head);
    }

    private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "several", "all", "other", "various");

    /**
     * A tumour or cancer after a quantifier ("made by many tumours", "most cancers"): the kind, not the one the text is
     * about. Cells are not ("many tumour cells carry CD155" in a story on one cancer are that cancer's).
     */
    private static boolean isGeneric(RecognizedDocument doc, Mention m) {
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(m.sentence());
        boolean quantified = QUANTIFIERS.contains(s.lower(m.from())) || QUANTIFIERS.contains(s.lower(m.from() - 1));
        return quantified && m.type().kind() == EntityType.Kind.DISEASE && !s.lower(m.to() - 1).startsWith("cell")
                && !s.lower(m.to()).startsWith("cell");
    }


    /**
     * As {@link #at(RecognizedDocument, int, int, Set)}; a reference headed by a kind of cancer ("the lymphoma cells",
     * {@code head} "lymphoma") stands for the latest cancer of that kind ("follicular lymphoma"), not a nearer general
     * one apposed to it ("a slow-growing blood cancer").
     */
    static Node.EntityNode at(RecognizedDocument doc, int si, int token, Set<EntityType> allowed, String head) {
        boolean kind = head != null && !ANY_CANCER_HEADS.contains(head);
        DocumentEntities.Entity latestOfKind = null;
        DocumentEntities.Entity latest = null;
        DocumentEntities.Entity first = null;
        int firstSentence = -1;
        List<Sentence> sentences = doc.analyzed().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Mention m : doc.mentions().get(s)) {
                if (m.anaphoric() || m.type() != EntityType.CANCER) {
                    continue;
                }
                DocumentEntities.Entity e = doc.entities().of(m);
                if (first == null) {
                    firstSentence = s;
                    first = e;
                }
                if (s < si || (s == si && m.to() <= token)) {
                    latest = e;
                    latestOfKind = kind && m.text().toLowerCase(java.util.Locale.ROOT).endsWith(head) ? e : latestOfKind;
                }
            }
        }
        // named only later: the cancer the next sentences name (a headline's "tumour cells", the lead's cancer), not one
        // a deck names slides after its "tumour cells"
        DocumentEntities.Entity focus = latestOfKind != null ? latestOfKind : latest != null ? latest
                : firstSentence - si <= CATAPHORA_SENTENCES ? first : null;
        return focus != null && allowed.contains(focus.type()) ? new Node.EntityNode(focus) : null;
    }
}
