package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * A receptor named after its ligand with the ligand's abbreviation in brackets before "receptor": "the
 * glucose-dependent insulinotropic polypeptide (GIP) receptor", "the glucagon-like peptide 1 (GLP-1) receptor". The
 * whole phrase, from the first word the abbreviation's letters stand for to "receptor", names the receptor
 * "GIP receptor"; without this the ligand's name was read and the receptor lost.
 */
final class BracketedReceptorNames implements MentionRecognizer {

    /** How many words before the bracket the abbreviation's letters may stand for. */
    private static final int MAX_WORDS = 6;

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int open = 1; open + 3 < s.size(); open++) {
            String abbreviation = s.token(open + 1).text();
            if (!s.token(open).text().equals("(") || !s.token(open + 2).text().equals(")")
                    || !s.lower(open + 3).startsWith("receptor") || !ShapeRecognizer.isCapitalSymbol(abbreviation)) {
                continue;
            }
            int first = firstWordOf(s, open, abbreviation);
            if (first >= 0) {
                out.add(MentionRecognizer.mention(s, first, open + 4, EntityType.RECEPTOR, abbreviation + " receptor",
                        null, 0.8, "shape-bracketed-receptor", false));
            }
        }
    }

    /**
     * The nearest token back from the bracket that starts the words the abbreviation stands for, by the test the alias
     * detector uses for "long form (SF)" (Schwartz and Hearst), the first letter opening that token; or -1.
     */
    private static int firstWordOf(Sentence s, int open, String abbreviation) {
        char first = Character.toLowerCase(abbreviation.charAt(0));
        for (int k = open - 1; k >= Math.max(0, open - MAX_WORDS); k--) {
            if (s.lower(k).charAt(0) == first && AliasDetector.isAcronymOf(abbreviation, s.textOf(k, open))) {
                return k;
            }
        }
        return -1;
    }
}
