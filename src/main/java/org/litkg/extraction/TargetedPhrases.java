package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "a B7-H4-directed conjugate", "a DLL3-targeted T-cell engager", "a CD20-targeting antibody": the protein hyphenated
 * to a participle of aiming, ahead of a drug's noun, is what the drug the phrase names binds; "a BCL-2-selective
 * inhibitor", "a COX-2-specific inhibitor": the protein a drug is selective for is its target too.
 */
final class TargetedPhrases {

    private static final Set<String> AIMING = Set.of("directed", "targeted", "targeting");
    /** Adjectives of selectivity, after a symbol only: "BCL-2-selective", but "non-selective" or "isoform-selective" name none. */
    private static final Set<String> SELECTIVE = Set.of("selective", "specific");
    /** Nouns for a drug built on an antibody that the drug nouns do not list. */
    private static final Set<String> CONSTRUCT_NOUNS = Set.of("conjugate", "engager", "bispecific");
    /** Words that may stand between the participle and the noun: "CD19-directed CAR T-cell therapy". */
    private static final int MODIFIERS = 2;

    private TargetedPhrases() {
    }

    /** Whether the noun at t, with lemma {@code lemma}, is a drug's noun with a target hyphenated before it. */
    static boolean isTargetedDrug(Reading r, Sentence s, int t, String lemma) {
        return (CONSTRUCT_NOUNS.contains(lemma) || r.cues.is(org.litkg.recognition.Cues.Category.DRUG_NOUN, lemma))
                && targetEnd(s, t) >= 0;
    }

    /** The last token of the target named before "-directed" ahead of the noun at t, or -1. */
    static int targetEnd(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(2, t - 1 - MODIFIERS); k--) {
            if (AIMING.contains(s.lower(k)) && s.lower(k - 1).equals("-")) {
                return k - 2;
            }
            if (SELECTIVE.contains(s.lower(k)) && s.lower(k - 1).equals("-") && isSymbol(s.token(k - 2).text())) {
                return k - 2;
            }
            if (!Character.isLetterOrDigit(s.token(k).text().charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isSymbol(String w) {
        return w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
