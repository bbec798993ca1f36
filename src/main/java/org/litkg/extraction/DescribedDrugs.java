package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * An antibody phrase said of a named drug stands for that drug: in "Penpulimab is an anti-PD-1 antibody that blocks
 * PD-1" and "camrelizumab, an anti-PD-1 antibody, combined with rivoceranib" it is penpulimab that blocks and
 * camrelizumab that is combined. Elsewhere ("combined with an anti-PD-1 antibody") the phrase is a drug of its own.
 */
final class DescribedDrugs {

    /** How many tokens may describe the antibody between the article and the phrase: "a single-domain, humanised". */
    private static final int MAX_MODIFIERS = 6;
    private static final Set<String> ARTICLES = Set.of("a", "an");

    private DescribedDrugs() {
    }

    /** The named drug m is, if m is an antibody phrase said of one; else m. */
    static Mention named(org.litkg.recognition.RecognizedDocument doc, Mention m) {
        Mention described = describedBy(doc.analyzed().sentences().get(m.sentence()), doc.mentions().get(m.sentence()), m);
        return described != null ? described : m;
    }

    /** The named drug the antibody phrase m is said of, in apposition or after a copula; null if none. */
    static Mention describedBy(Sentence s, List<Mention> mentions, Mention m) {
        if (m.anaphoric() || m.type() != EntityType.DRUG || !m.name().startsWith("anti-") || !m.name().endsWith(" antibody")) {
            return null;
        }
        int k = m.from() - 1;
        for (int words = 0; words < MAX_MODIFIERS && k > 0 && isModifier(s, k); words++) {
            k--;
        }
        if (k < 2 || !ARTICLES.contains(s.lower(k))) {
            return null;
        }
        int before = k - 1; // the comma of an apposition, or the copula
        if (!s.lower(before).equals(",") && !Copulas.COPULAS.contains(s.lower(before))) {
            return null;
        }
        for (Mention named : mentions) {
            if (named.to() == before && !named.anaphoric() && named.type().kind() == EntityType.Kind.DRUG && named != m) {
                return named;
            }
        }
        return null;
    }

    /** A word describing the antibody: "single", "-", "domain", "humanised", or a comma between two such words. */
    private static boolean isModifier(Sentence s, int k) {
        return s.token(k).text().equals("-") || isLowerWord(s, k)
                || s.lower(k).equals(",") && k > 1 && isLowerWord(s, k - 1);
    }

    private static boolean isLowerWord(Sentence s, int k) {
        String w = s.token(k).text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !ARTICLES.contains(s.lower(k))
                && !Copulas.COPULAS.contains(s.lower(k));
    }
}
