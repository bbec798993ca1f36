package org.litkg.recognition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * "Margarethe Osei-Lindqvist found the answer. ... Professor Osei-Lindqvist now leads the centre": a name written
 * plainly, where nothing around it shows it to be a person's, is one when the document gives its surname a title
 * elsewhere. The full name is added as a person, so that "her group" and the titled surname resolve to it.
 */
final class TitledSurnames {

    private TitledSurnames() {
    }

    static void add(List<Sentence> sentences, List<List<Mention>> mentions, Cues cues) {
        Set<String> surnames = titledSurnames(sentences, mentions, cues);
        if (surnames.isEmpty()) {
            return;
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = mentions.get(si);
            for (int k = 1; k < s.size(); k++) {
                int end = LaterUses.hyphenatedEnd(s, k);
                if (!surnames.contains(s.textOf(k, end)) || AliasDetector.covered(ms, k)
                        || !isGivenName(s, k - 1, ms, cues) || end < s.size() && s.token(end).isCapitalised()) {
                    continue;
                }
                ms.add(MentionRecognizer.mention(s, k - 1, end, EntityType.PERSON, s.textOf(k - 1, end), null, 0.75,
                        "titled-surname", false));
                ms.sort(java.util.Comparator.comparingInt(Mention::from));
                k = end - 1;
            }
        }
    }

    /** The one-word surnames the document sets a title before: "Professor Osei-Lindqvist", "Dr. Haugen". */
    private static Set<String> titledSurnames(List<Sentence> sentences, List<List<Mention>> mentions, Cues cues) {
        Set<String> found = new HashSet<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type() == EntityType.PERSON && !m.anaphoric() && !m.text().contains(" ")
                        && NameRuns.titleRightBefore(sentences.get(m.sentence()), m.from(), cues)) {
                    found.add(m.text());
                }
            }
        }
        return found;
    }

    /** A capitalised word no mention covers that can be a given name: not a title, a role, a month or a name's connector. */
    private static boolean isGivenName(Sentence s, int k, List<Mention> ms, Cues cues) {
        String w = s.token(k).text();
        return s.token(k).isTitleCase() && !AliasDetector.covered(ms, k) && !cues.isRoleOrTitle(w)
                && !cues.is(Category.NOT_A_NAME, w) && !cues.is(Category.ORG_HEAD, w)
                && !MonthNames.isDate(s, k);
    }
}
