package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "OX40 is a receptor on activated T cells", "CXCL16, a chemokine made by ...": where the text says what
 * kind of protein a name is, the name takes that type, even if its shape only told us "protein". The
 * statement must end at the type noun ("a receptor antagonist" declares a drug, not a receptor).
 */
final class DeclaredTypes {

    private static final Map<String, EntityType> TYPE_NOUNS = Map.of("receptor", EntityType.RECEPTOR,
            "chemokine", EntityType.CHEMOKINE);
    private static final Set<String> LINKS = Set.of("is", "was", ",");
    /** What may follow the type noun so that it heads the phrase: "a receptor on T cells", "a chemokine that". */
    private static final Set<String> AFTER_HEAD = Set.of(".", ",", ";", ")", "on", "for", "of", "in", "that", "which",
            "found", "expressed", "made", "produced", "and");
    private static final int MAX_MODIFIERS = 2;

    private DeclaredTypes() {
    }

    static List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions) {
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < mentions.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> updated = new ArrayList<>(mentions.get(si).size());
            for (Mention m : mentions.get(si)) {
                EntityType declared = m.type() == EntityType.PROTEIN && !m.anaphoric() ? declaredType(s, m.to()) : null;
                updated.add(declared == null ? m : m.withType(declared));
            }
            out.add(updated);
        }
        return out;
    }

    /** The type a phrase like "is a receptor" at token k declares, or null. */
    private static EntityType declaredType(Sentence s, int k) {
        if (!LINKS.contains(s.lower(k)) || !s.lower(k + 1).equals("a") && !s.lower(k + 1).equals("an")) {
            return null;
        }
        for (int noun = k + 2; noun <= k + 2 + MAX_MODIFIERS && noun < s.size(); noun++) {
            EntityType type = TYPE_NOUNS.get(s.lower(noun));
            if (type != null) {
                return AFTER_HEAD.contains(s.lower(noun + 1)) || noun + 1 >= s.size() ? type : null;
            }
            if (s.token(noun).isPunctuation()) {
                return null;
            }
        }
        return null;
    }
}
