package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "Golimumab and certolizumab bind TNF. Etanercept works as a decoy. All three are approved by the FDA": "all" and a
 * count before a verb stand, as a pronoun, for that many things of one type named last before it.
 */
final class CountedReferences {

    private CountedReferences() {
    }

    private static final Map<String, Integer> COUNTS = Map.of("three", 3, "four", 4, "five", 5, "six", 6);
    /** How many sentences back the things counted may be named. */
    private static final int SENTENCES_BACK = 4;

    /** The count a reference's words give ("three"), or 0. */
    static int count(String word) {
        return COUNTS.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0);
    }

    /**
     * "All three are approved", "all four bind", "and the two can be given together": the count at k after "all" (or
     * "the two"), before a verb, opening its clause.
     */
    static boolean isAllCount(Sentence s, int k) {
        boolean counted = count(s.lower(k)) > 0 && s.lower(k - 1).equals("all")
                || s.lower(k).equals("two") && s.lower(k - 1).equals("the");
        if (k < 1 || !counted || k + 1 >= s.size()) {
            return false;
        }
        String pos = s.token(k + 1).pos();
        boolean opens = k == 1 || s.token(k - 2).isPunctuation() || s.lower(k - 2).equals("and")
                || s.lower(k - 2).equals("but");
        return opens && (pos.equals("AUX") || pos.equals("VERB"));
    }

    /**
     * The last {@code n} entities of the type named before token {@code token} of sentence si, the latest first; empty
     * where fewer are named.
     */
    static List<Node.EntityNode> lastNamed(RecognizedDocument doc, int si, int token, int n, EntityType type) {
        List<Node.EntityNode> found = new ArrayList<>();
        for (int s = si; s >= Math.max(0, si - SENTENCES_BACK) && found.size() < n; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0 && found.size() < n; i--) {
                Mention m = ms.get(i);
                Node.EntityNode node = m.anaphoric() || s == si && m.to() > token ? null
                        : new Node.EntityNode(doc.entities().of(m));
                if (node != null && node.type() == type && !found.contains(node)) {
                    found.add(node);
                }
            }
        }
        return found.size() == n ? found : List.of();
    }
}
