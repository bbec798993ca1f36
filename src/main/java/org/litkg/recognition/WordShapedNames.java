package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * Names shaped as English words, told from words by their endings: a protein's "-in" word and its number
 * ("endothelin-1"), a drug named as an "-ic" acid ("zoledronic acid").
 */
final class WordShapedNames {

    private WordShapedNames() {
    }

    private static final Pattern NUMBERED_PROTEIN_WORD = Pattern.compile("[A-Za-z][a-z]{3,}in-\\d{1,2}[a-z]?");
    private static final List<String> NOT_PROTEIN_WORDS = List.of("protein", "idin", "azin", "olin", "epin");

    /** A protein's "-in" word and its number: "endothelin-1", "claudin-18"; not "protein-1" or "pyridin-2" (a ring). */
    static boolean isNumberedProteinWord(String w) {
        if (!NUMBERED_PROTEIN_WORD.matcher(w).matches()) {
            return false;
        }
        String word = w.substring(0, w.indexOf('-')).toLowerCase(Locale.ROOT);
        return NOT_PROTEIN_WORDS.stream().noneMatch(word::endsWith);
    }

    /** Acids that are the cell's own large molecules, not drugs. */
    private static final Set<String> NOT_DRUG_ACIDS = Set.of("nucleic", "ribonucleic", "deoxyribonucleic");

    /** "zoledronic acid", "ursodeoxycholic acid": a drug named as an acid, its word in lower case
     * after a capital at most. */
    /** A letter naming one compound of a series: "C" in "lichenamide C", "A2" in "ganoderic acid A2". */
    private static final java.util.regex.Pattern SERIES_LETTER = java.util.regex.Pattern.compile("[A-Z][0-9]?");

    /**
     * The end of a chemical name ending at token {@code end} (exclusive) with the letter of its series after it, as
     * natural products are named ("kushenol F", "ganoderic acid T"); {@code end} itself where no letter follows. A
     * letter with a full stop and more after it is an initial ("acid B. Smith"), not a series letter.
     */
    static int withSeriesLetter(Sentence s, int end) {
        if (end >= s.size() || !SERIES_LETTER.matcher(s.token(end).text()).matches()) {
            return end;
        }
        boolean initial = s.lower(end + 1).equals(".") && end + 2 < s.size();
        boolean joined = end + 1 < s.size() && s.writtenTogether(end, end + 1) && !s.token(end + 1).isPunctuation();
        return initial || joined ? end : end + 1;
    }

    /** A word and its series letter: "lichenamide C", "kushenol F". */
    static boolean isSeriesName(String text) {
        int space = text.indexOf(' ');
        return space > 0 && space == text.lastIndexOf(' ')
                && text.substring(0, space).chars().allMatch(Character::isLetter)
                && SERIES_LETTER.matcher(text.substring(space + 1)).matches();
    }

    /** The drug named as an acid at token i, with its series letter ("ganoderic acid T"), or null. */
    static Mention icAcid(Sentence s, int i) {
        if (!isIcAcid(s, i)) {
            return null;
        }
        int end = withSeriesLetter(s, i + 2);
        String name = s.lower(i) + " acid" + (end > i + 2 ? " " + s.token(i + 2).text() : "");
        return MentionRecognizer.mention(s, i, end, EntityType.DRUG, name, null, 0.7, "shape", false);
    }

    private static boolean isIcAcid(Sentence s, int i) {
        String w = s.lower(i);
        return w.length() >= 8 && w.endsWith("ic") && w.chars().allMatch(Character::isLetter) && s.lower(i + 1).equals("acid")
                && s.token(i).text().substring(1).equals(w.substring(1)) && !NOT_DRUG_ACIDS.contains(w)
                && !s.lower(i + 2).equals("receptor"); // "the retinoic acid receptor gamma" names the receptor
    }
}
