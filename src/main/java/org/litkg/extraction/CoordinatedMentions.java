package org.litkg.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The entities named together in a coordination ("CXCL12, CCL2 and CCL5"), which a plural reference such as "these
 * chemokines" or "both drugs" stands for.
 */
final class CoordinatedMentions {

    private CoordinatedMentions() {
    }

    /** The mention at index i of sentence s and those joined to it by "and", "or" and commas. */
    static List<Node.EntityNode> of(RecognizedDocument doc, int s, int i, Set<EntityType> allowed) {
        List<Mention> ms = doc.mentions().get(s);
        Sentence sentence = doc.analyzed().sentences().get(s);
        LinkedHashSet<Node.EntityNode> group = new LinkedHashSet<>();
        group.add(new Node.EntityNode(doc.entities().of(ms.get(i))));
        for (int step : new int[] {-1, 1}) {
            for (int j = i; j + step >= 0 && j + step < ms.size(); j += step) {
                Mention a = ms.get(Math.min(j, j + step));
                Mention b = ms.get(Math.max(j, j + step));
                if (!onlyConjunctionsBetween(sentence, a.to(), b.from())) {
                    break;
                }
                Mention next = ms.get(j + step);
                if (next.anaphoric()) {
                    break; // "CD47, a protein that ...": an apposed reference names no entity of its own
                }
                DocumentEntities.Entity e = doc.entities().of(next);
                if (!allowed.contains(e.type())) {
                    break;
                }
                group.add(new Node.EntityNode(e));
            }
        }
        return List.copyOf(group);
    }

    private static boolean onlyConjunctionsBetween(Sentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        boolean linked = false;
        for (int k = from; k < to; k++) {
            int past = Parentheticals.after(s, k); // "lecanemab (Leqembi) and donanemab": a brand no lexicon lists
            k = past > k && past <= to ? past - 1 : k;
            String w = s.lower(k);
            boolean link = w.equals("and") || w.equals("or") || w.equals(",");
            // "thymic stromal lymphopoietin (TSLP) and interleukin-13": a bracketed alias between; "X and the Y"
            if (!link && !w.equals("(") && !w.equals(")") && !w.equals("the")) {
                return false;
            }
            linked |= link || !w.equals("the");
        }
        return linked;
    }
}
