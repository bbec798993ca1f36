package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;
import org.litkg.recognition.UnnamedCancerCells;

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
        return at(doc, m.sentence(), m.from(), allowed, head(m));
    }

    /** The last word of a mention, singular: "the lymphoma cells" gives "cell", "malignant brain tumours" "tumour". */
    private static String head(Mention m) {
        String last = m.text().toLowerCase(java.util.Locale.ROOT).replaceAll(".*\\s", "");
        return org.litkg.analysis.Lemmatizer.singular(last);
    }

    /**
     * A tumour or cancer after a quantifier ("made by many tumours", "most cancers"): the kind, not the one the text is
     * about. Cells are not ("many tumour cells carry CD155" in a story on one cancer are that cancer's).
     */
    private static boolean isGeneric(RecognizedDocument doc, Mention m) {
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(m.sentence());
        Set<String> quantifiers = UnnamedCancerCells.QUANTIFIERS;
        boolean quantified = quantifiers.contains(s.lower(m.from())) || quantifiers.contains(s.lower(m.from() - 1));
        return quantified && m.type().kind() == EntityType.Kind.DISEASE && !s.lower(m.to() - 1).startsWith("cell")
                && !s.lower(m.to()).startsWith("cell");
    }


    /** Words between a cancer's name and the class it is put in: "is the most common", ", a rare". */
    private static final Set<String> CLASSING_WORDS = Set.of("a", "an", "the", "most", "common", "rare", "aggressive",
            "deadly", "fast-growing", "slow-growing", "fast", "slow", "growing", "-", "childhood", "type", "form", "kind",
            "of", "uncommon", "invasive");
    /** How many words may stand between the cancer's name and its class: "is a rare, fast-growing". */
    private static final int CLASSING_REACH = 7;

    /**
     * A general cancer the text puts a named one in: "Medulloblastoma is the most common malignant brain tumour of
     * childhood", "Ewing sarcoma, a rare bone cancer,", "Uveal melanoma is a rare, fast-growing eye cancer". The class is
     * not a cancer of its own that "the tumour cells" after it could stand for.
     */
    private static boolean classOfCancerBefore(RecognizedDocument doc, int si, Mention m) {
        if (!ANY_CANCER_HEADS.contains(head(m))) {
            return false;
        }
        Sentence s = doc.analyzed().sentences().get(si);
        int k = m.from() - 1;
        while (k > m.from() - 1 - CLASSING_REACH && k > 0 && (CLASSING_WORDS.contains(s.lower(k))
                || s.lower(k).equals(",") && CLASSING_WORDS.contains(s.lower(k - 1)) && !s.lower(k - 1).equals("-"))) {
            k--; // a comma between two of them too: "a rare, fast-growing eye cancer"
        }
        if (k == m.from() - 1 || !s.lower(k).equals(",") && !Copulas.COPULAS.contains(s.lower(k))) {
            return false;
        }
        int end = k;
        return doc.mentions().get(si).stream().anyMatch(x -> x.to() == end && !x.anaphoric()
                && x.type() == EntityType.CANCER);
    }

    /**
     * As {@link #at(RecognizedDocument, int, int, Set)}; a reference headed by a kind of cancer ("the lymphoma cells",
     * {@code head} "lymphoma") stands for the latest cancer of that kind ("follicular lymphoma"), not a nearer general
     * one apposed to it ("a slow-growing blood cancer").
     */
    static Node.EntityNode at(RecognizedDocument doc, int si, int token, Set<EntityType> allowed, String head) {
        Focus focus = focus(doc, si, token, head);
        return focus.entity() != null && allowed.contains(focus.entity().type())
                ? new Node.EntityNode(focus.entity()) : null;
    }

    /**
     * Whether m is a cancer's cells ("tumour cells") and the cancer in focus was named last together with another
     * ("approved for mycosis fungoides and Sézary syndrome") after being named alone: the cells are its, not both's.
     */
    static boolean cellsOfHeldFocus(RecognizedDocument doc, Mention m) {
        return m.type().kind() == EntityType.Kind.DISEASE && head(m).equals("cell")
                && focus(doc, m.sentence(), m.from(), head(m)).held();
    }

    /** The cancer in focus, and whether a coordination naming it again with another left it in focus. */
    private record Focus(DocumentEntities.Entity entity, boolean held) {
    }

    /** Words that join coordinated names: "X and Y", "X, Y or Z". */
    private static final Set<String> JOINERS = Set.of(",", "and", "or", "&");

    private static boolean joinedOnly(Sentence s, int from, int to) {
        return from < to && java.util.stream.IntStream.range(from, to).allMatch(k -> JOINERS.contains(s.lower(k)));
    }

    private static Focus focus(RecognizedDocument doc, int si, int token, String head) {
        boolean kind = head != null && !ANY_CANCER_HEADS.contains(head);
        DocumentEntities.Entity latestOfKind = null;
        DocumentEntities.Entity latest = null;
        DocumentEntities.Entity first = null;
        DocumentEntities.Entity beforeGroup = null;
        Set<DocumentEntities.Entity> group = new java.util.HashSet<>();
        Mention lastNamed = null;
        boolean held = false;
        int firstSentence = -1;
        List<Sentence> sentences = doc.analyzed().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Mention m : doc.mentions().get(s)) {
                // "solid tumors", the class a trial enrols or a fact is told of, is not the cancer of "tumour cells"
                DocumentEntities.Entity e = m.anaphoric() ? null : doc.entities().of(m);
                if (e == null || m.type() != EntityType.CANCER || classOfCancerBefore(doc, s, m)
                        || e.preferredName().equals(org.litkg.recognition.PhraseRecognizer.SOLID_TUMOR)) {
                    continue;
                }
                if (first == null) {
                    firstSentence = s;
                    first = e;
                }
                if (s < si || (s == si && m.to() <= token)) {
                    boolean coordinated = lastNamed != null && lastNamed.sentence() == s
                            && joinedOnly(sentences.get(s), lastNamed.to(), m.from());
                    if (!coordinated) {
                        beforeGroup = latest;
                        group.clear();
                    }
                    group.add(e);
                    held = coordinated && beforeGroup != null && group.contains(beforeGroup);
                    latest = held ? beforeGroup : e; // "approved for X and Y" after X alone: X stays in focus
                    lastNamed = m;
                    latestOfKind = kind && m.text().toLowerCase(java.util.Locale.ROOT).endsWith(head) ? e : latestOfKind;
                }
            }
        }
        // named only later: the cancer the next sentences name (a headline's "tumour cells", the lead's cancer), not one
        // a deck names slides after its "tumour cells"
        DocumentEntities.Entity focus = latestOfKind != null ? latestOfKind : latest != null ? latest
                : firstSentence - si <= CATAPHORA_SENTENCES ? first : null;
        return new Focus(focus, held && latestOfKind == null);
    }
}
