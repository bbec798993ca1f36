package org.litkg.recognition;

import java.util.ArrayList;
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
                    || !s.lower(open + 3).startsWith("receptor") || !isAbbreviation(abbreviation)) {
                continue;
            }
            int first = firstWordOf(s, open, initials(abbreviation));
            if (first >= 0) {
                out.add(MentionRecognizer.mention(s, first, open + 4, EntityType.RECEPTOR, abbreviation + " receptor",
                        null, 0.8, "shape-bracketed-receptor", false));
            }
        }
    }

    /** Capitals, with digits and hyphens: "GIP", "GLP-1". */
    private static boolean isAbbreviation(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    /** The abbreviation's letters, lower case, and its digits as whole numbers: "GLP-1" is g, l, p, 1. */
    private static List<String> initials(String abbreviation) {
        List<String> parts = new ArrayList<>();
        String digits = "";
        for (char c : abbreviation.toCharArray()) {
            if (Character.isDigit(c)) {
                digits += c;
                continue;
            }
            if (!digits.isEmpty()) {
                parts.add(digits);
                digits = "";
            }
            if (Character.isLetter(c)) {
                parts.add(String.valueOf(Character.toLowerCase(c)));
            }
        }
        if (!digits.isEmpty()) {
            parts.add(digits);
        }
        return parts;
    }

    /**
     * The token where the words the initials stand for begin, reading back from the bracket, or -1. A hyphen splits a
     * word, written as one token or three: "glucagon-like" is g and l; a part after a hyphen may be left out
     * ("glucose-dependent insulinotropic polypeptide" is GIP), a word on its own may not.
     */
    private static int firstWordOf(Sentence s, int open, List<String> initials) {
        int need = initials.size() - 1;
        for (int k = open - 1; k >= Math.max(0, open - MAX_WORDS) && need >= 0; k--) {
            String word = s.lower(k);
            if (word.equals("-")) {
                continue;
            }
            String[] pieces = word.split("-");
            boolean afterHyphen = k > 0 && s.lower(k - 1).equals("-"); // "glucose" "-" "dependent"
            for (int p = pieces.length - 1; p >= 0 && need >= 0; p--) {
                if (pieces[p].startsWith(initials.get(need))) {
                    need--;
                } else if (p == 0 && !afterHyphen) {
                    return -1; // a word the abbreviation does not stand for
                }
            }
            if (need < 0) {
                return k;
            }
        }
        return -1;
    }
}
