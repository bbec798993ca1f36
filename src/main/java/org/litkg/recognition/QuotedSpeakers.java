package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * People named in full where nothing near the name says it is a person, and quoted later by surname alone: "When
 * Anna Nowak was told she had hepatitis D ... 'I inject it every evening,' Nowak said." The quote shows the surname
 * is a person's, so the first name and surname written together elsewhere in the document name that person.
 * (Companies are quoted too, "Pfizer said", which is why a quoted word alone is not made a person.)
 */
final class QuotedSpeakers {

    private QuotedSpeakers() {
    }

    /** Verbs that report what someone said, after or before the speaker's name (NameRecognizer reads them too). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "added", "explained", "noted", "told",
            "recalled", "warned", "cautioned", "admitted", "asked", "wrote", "writes");
    /** What ends a quotation right before its speaker: a closing quote or a comma. */
    private static final Set<String> QUOTE_ENDS = Set.of("\"", "”", "'", "’", ",");

    /** The mentions with each quoted surname's full name added as a person where it was not recognised. */
    static List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions, Cues cues) {
        Set<String> surnames = new HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (int k = 1; k < s.size(); k++) {
                boolean after = SPEECH_VERBS.contains(s.lower(k + 1)) && QUOTE_ENDS.contains(s.lower(k - 1));
                boolean before = SPEECH_VERBS.contains(s.lower(k - 1)) && (s.lower(k + 1).equals(".") || k + 1 == s.size());
                if ((after || before) && isNameWord(s.token(k), cues) && !AliasDetector.covered(mentions.get(si), k)) {
                    surnames.add(s.token(k).text()); // "'...,' Nowak said", "'...,' said Nowak."
                }
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = mentions.get(si);
            for (int k = 1; k < s.size(); k++) {
                if (surnames.contains(s.token(k).text()) && isNameWord(s.token(k - 1), cues)
                        && !AliasDetector.covered(ms, k - 1) && !AliasDetector.covered(ms, k)) {
                    ms = ms == mentions.get(si) ? new ArrayList<>(ms) : ms; // copied only where a name is added
                    ms.add(MentionRecognizer.mention(s, k - 1, k + 1, EntityType.PERSON, s.textOf(k - 1, k + 1), null, 0.7,
                            "context-speaker", false));
                    ms.sort(java.util.Comparator.comparingInt(Mention::from));
                }
            }
            out.add(ms);
        }
        return out;
    }

    /** A capitalised word of letters that is no title, role or known non-name: "Anna", "Nowak"; not "Dr", "When". */
    private static boolean isNameWord(Token t, Cues cues) {
        String w = t.text();
        return w.length() >= 2 && t.isCapitalised() && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && w.chars().skip(1).anyMatch(Character::isLowerCase) && !cues.is(Cues.Category.TITLE_WORD, w)
                && !cues.isRoleNoun(w) && !cues.is(Cues.Category.NOT_A_NAME, w) && !t.pos().equals("ADV")
                && !t.pos().equals("SCONJ") && !t.pos().equals("DET") && !t.pos().equals("PRON");
    }

}
