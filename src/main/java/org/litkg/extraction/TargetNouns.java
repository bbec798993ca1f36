package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "TNF, the target of older drugs such as adalimumab", "CD20 is the main target of rituximab": the drugs after "the
 * target of" bind the protein the phrase describes, as a drug that "targets" a protein binds it.
 */
final class TargetNouns {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    /** Words between the article and "target": "the main target of", "the only known target of". */
    private static final int MODIFIERS = 2;
    /** How far after "of" the drug may be named: "of older drugs such as adalimumab". */
    private static final int DRUG_REACH = 6;

    private TargetNouns() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 1; t + 1 < s.size(); t++) {
            if (s.lower(t).equals("target") && s.lower(t + 1).equals("of")) {
                targetOf(r, si, t, out);
            }
        }
    }

    private static void targetOf(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int article = t - 1;
        while (article > t - 1 - MODIFIERS && article > 0 && !isArticle(s.lower(article))) {
            article--;
        }
        if (!isArticle(s.lower(article))) {
            return;
        }
        int[] proteinAt = new int[2];
        Argument protein = null;
        if (s.lower(article - 1).equals(",")) {
            Mention apposed = r.endingAt(si, article - 2); // "TNF, the target of"
            protein = apposed == null ? null : r.argument(apposed, NominalPatterns.PROTEINS);
            proteinAt = apposed == null ? proteinAt : new int[] {apposed.from(), apposed.to()};
        } else if (Copulas.COPULAS.contains(s.lower(article - 1))) {
            protein = r.leftOf(si, article - 1, DRUG_REACH, NominalPatterns.PROTEINS, proteinAt); // "CD20 is the target of"
        }
        int[] drugAt = new int[2];
        Argument drug = protein == null ? null : r.rightOf(si, t + 1, DRUG_REACH, DRUGS, drugAt);
        if (drug != null) {
            List<Argument> drugs = r.withFollowingConjuncts(si, drug, drugAt[1], DRUGS);
            r.emit(RelationType.BINDS, drugs, List.of(protein), si, proteinAt[0], proteinAt[1], t, t + 2, "nominal-target",
                    0.75, out);
        }
    }

    private static boolean isArticle(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an");
    }
}
