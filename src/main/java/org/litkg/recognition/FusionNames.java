package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Fusion proteins named by their two genes joined with a hyphen, one numbered: "BCR-ABL1", "EML4-ALK". The tokenizer
 * cuts them at the hyphen, and each half alone is another protein; a drug that blocks BCR-ABL1 blocks the fusion, not
 * BCR. A pair joined before "axis", "pathway" or "interaction" is two proteins that act together ("the CXCL12-CXCR4
 * axis", "the PI3K-AKT pathway"), not one.
 */
final class FusionNames implements MentionRecognizer {

    /** Nouns after a joined pair that make it two partners, not a fusion. */
    private static final Set<String> PAIR_NOUNS = Set.of("axis", "pathway", "pathways", "signalling", "signaling",
            "interaction", "interactions", "complex", "pair", "binding", "cascade", "loop", "ratio");

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int k = 1; k + 1 < s.size(); k++) {
            if (!s.isJoiningHyphen(k) || s.isJoiningHyphen(k - 2) || s.isJoiningHyphen(k + 2)) {
                continue; // one hyphen between two symbols: not "SARS-CoV-2" or a three-part code
            }
            String first = s.token(k - 1).text();
            String second = s.token(k + 1).text();
            // a gene's number on one side at least: "APPLY-PNH" is a trial's name
            boolean numbered = (first + second).chars().anyMatch(Character::isDigit);
            if (isGeneSymbol(first) && isGeneSymbol(second) && numbered && !PAIR_NOUNS.contains(s.lower(k + 2))) {
                out.add(MentionRecognizer.mention(s, k - 1, k + 2, EntityType.PROTEIN, first + "-" + second, null, 0.7,
                        "shape-fusion", false));
            }
        }
    }

    /** A gene symbol's shape of three characters at least, letters and digits only: "BCR", "ABL1", "EML4". */
    private static boolean isGeneSymbol(String w) {
        return w.length() >= 3 && w.chars().allMatch(Character::isLetterOrDigit) && ShapeRecognizer.isCapitalSymbol(w);
    }
}
