package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * "(Haugland-Mbeki et al., Journal of Experimental Medicine, 2026)", "As Okafor et al. reported": a citation names its
 * first author by the surname alone before "et al.", perhaps after an initial ("A. Haugland et al."). The surname is a
 * person's, whether or not the document names her in full; a given name before it is left to the name recognisers,
 * which read the whole name.
 */
final class CitedSurnames implements MentionRecognizer {

    /** How a cited first author's surname is marked. */
    static final String METHOD = "cited-surname";

    private final Cues cues;

    CitedSurnames(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int et = 1; et + 1 < s.size(); et++) {
            if (!s.lower(et).equals("et") || !(s.lower(et + 1).equals("al.") || s.lower(et + 1).equals("al"))
                    || !isSurnamePart(s, et - 1)) {
                continue;
            }
            int from = et - 1;
            while (from >= 2 && s.isJoiningHyphen(from - 1) && isSurnamePart(s, from - 2)) {
                from -= 2; // "Haugland-Mbeki", which the tokenizer cuts at its hyphen
            }
            if (from > 0 && isInitial(s.token(from - 1).text())) {
                from--; // "A. Haugland et al."
            } else if (from > 0 && s.token(from - 1).isTitleCase()
                    && !cues.is(Category.NOT_A_NAME, s.token(from - 1).text()) && !openingWord(s, from - 1)) {
                continue; // "Rafael Haddad et al.": a full name, read by the name recognisers
            }
            out.add(MentionRecognizer.mention(s, from, et, EntityType.PERSON, s.textOf(from, et), null, 0.7, METHOD,
                    false));
        }
    }

    /** A capitalised word that can be (part of) a surname: not a title, a role, an institution's head or a cue word. */
    private boolean isSurnamePart(Sentence s, int k) {
        String w = s.token(k).text();
        return w.length() >= 2 && s.token(k).isCapitalised() && w.chars().anyMatch(Character::isLowerCase)
                && !cues.isRoleOrTitle(w) && !cues.is(Category.NOT_A_NAME, w) && !cues.is(Category.ORG_HEAD, w);
    }

    /** Tags of a sentence's opening word that no given name has: "See Burns et al.", "As Okafor et al. showed". */
    private static final java.util.Set<String> OPENING_TAGS = java.util.Set.of("VERB", "ADP", "SCONJ", "ADV", "AUX",
            "DET", "PRON", "CCONJ");

    /** Whether token k opens the sentence as a word of another kind than a name. */
    private static boolean openingWord(Sentence s, int k) {
        return k == 0 && OPENING_TAGS.contains(s.token(k).pos());
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }
}
