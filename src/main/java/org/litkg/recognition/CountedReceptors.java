package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/** Receptor subtypes that only the counted class before their list shows to be receptors: "two receptors, M1 and M4". */
final class CountedReceptors {

    private CountedReceptors() {
    }

    /** A receptor subtype's short symbol: M1, H2, D2, ETA, 5-HT3 (which only a list's head shows to be a receptor). */
    private static final Pattern SUBTYPE_SYMBOL =
            Pattern.compile("[A-Z]{1,3}\\d{0,2}[A-Z]?|\\d-[A-Z]{2,3}\\d[A-Z]?|[A-Z]\\d[A-Z]\\d");

    /**
     * "stimulates two muscarinic receptors in the brain, M1 and M4", "blocks two receptors: ETA and ETB": a short
     * symbol in a list that follows counted receptors names one of them.
     */
    static boolean isListItem(Sentence s, int i) {
        String before = s.lower(i - 1);
        if (!isListJoint(before) && !before.equals(":")) {
            return false; // the cheap test first: a list item follows a comma, a colon or a conjunction
        }
        int first = i;
        while (first >= 2 && isListJoint(s.lower(first - 1)) && isSubtypeName(s.token(first - 2).text())) {
            first -= 2;
        }
        String open = s.lower(first - 1);
        if (!isSubtypeName(s.token(i).text()) || !open.equals(",") && !open.equals(":")) {
            return false;
        }
        for (int k = first - 2; k >= 1 && k >= first - 6; k--) {
            if (s.lower(k).equals("receptors")) {
                return countedClassBefore(s, k); // "three sphingosine 1-phosphate receptors, S1P1, S1P4 and S1P5"
            }
        }
        return false;
    }

    /** How many tokens a counted class of receptors may take: "three sphingosine 1 - phosphate receptors". */
    private static final int COUNTED_RECEPTOR_TOKENS = 6;

    /** A counting word opens the phrase of receptors ending at k, within the phrase ("two of them; receptors" is no). */
    private static boolean countedClassBefore(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - COUNTED_RECEPTOR_TOKENS); j--) {
            if (ListAndTargetWords.COUNTS.contains(s.lower(j))) {
                return true;
            }
            if (!s.lower(j).equals("-") && s.token(j).isPunctuation() || isListJoint(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /** "M1", "ETA", "S1P4", or a numbered word: "both orexin receptors, orexin-1 and orexin-2". */
    private static boolean isSubtypeName(String w) {
        return SUBTYPE_SYMBOL.matcher(w).matches() || ShapeRecognizer.NUMBERED_WORD.matcher(w).matches();
    }

    private static boolean isListJoint(String w) {
        return w.equals(",") || w.equals("and") || w.equals("or");
    }
}
