package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * An antibody phrase said of a drug named before it describes that drug and names nothing of its own: in
 * "Mogamulizumab, an antibody against CCR4", "Velimab is an antibody against CCL2" and "Penpulimab is a single-domain
 * anti-PD-1 antibody that blocks PD-1" the phrase is no second drug, so what it does, the named drug does. Elsewhere
 * ("combined with an anti-PD-1 antibody", "in mice, a neutralising antibody against X") the phrase is a drug of its own.
 */
final class DescribedAntibodies {

    /** How many words may describe the antibody between its determiner and the phrase: "a fully human monoclonal". */
    private static final int MAX_MODIFIER_WORDS = 5;
    /** What stands between the named drug and the article: an apposition's comma or dash, or a copula. */
    private static final Set<String> DESCRIBING = Set.of(",", "—", "is", "was");

    private DescribedAntibodies() {
    }

    /**
     * Whether the "anti-X antibody" phrase at {@code head} is a drug of its own: it describes no drug found before it
     * ("X is an anti-PD-1 antibody that ...") and is not followed by the name it introduces ("the anti-PD-1 antibody
     * balstilimab": {@code nameAfter}).
     */
    static boolean namesNoOtherDrug(Sentence s, int head, List<Mention> found, boolean nameAfter) {
        return !nameAfter && !describesNamedDrug(s, head, found);
    }

    /** Whether the antibody phrase whose first word is at {@code head} describes a drug already found before it. */
    static boolean describesNamedDrug(Sentence s, int head, List<Mention> found) {
        int from = modifiersStart(s, head);
        int before = from - 2;
        if (from < 2 || !DrugContextRecognizer.DETERMINERS.contains(s.lower(from - 1)) || !DESCRIBING.contains(s.lower(before))) {
            return false;
        }
        // the name ends before the phrase's article, or before a parenthetical there: "Ligufalimab (AK117) is an ..."
        int nameEnd = DrugContextRecognizer.beforeParenthetical(s, before - 1) + 1;
        return found.stream().anyMatch(m -> (m.to() == before || m.to() == nameEnd) && m.type().kind() == EntityType.Kind.DRUG);
    }

    /** Where the words describing the antibody at head begin: adjectives, "-ing" words, "monoclonal", "single-domain". */
    static int modifiersStart(Sentence s, int head) {
        int from = head;
        while (from > 0 && head - from < MAX_MODIFIER_WORDS) {
            if (s.token(from - 1).pos().equals("ADJ") || s.lower(from - 1).endsWith("ing")
                    || s.lower(from - 1).equals("monoclonal")) {
                from--;
            } else if (from >= 3 && s.isJoiningHyphen(from - 2)) {
                from -= 3; // "a single-domain anti-PD-L1 antibody"
            } else {
                break;
            }
        }
        return from;
    }
}
