package org.litkg.extraction;

import java.util.List;
import java.util.function.BiConsumer;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "A PhD student at Karolinska Institutet has found ...", then "said Elin Sandberg, the PhD student who is the first
 * author": a person apposed to a definite role the text introduced before, unnamed, with an indefinite article and a
 * workplace ("a PhD student at Y"), is the one it introduced, and works at Y.
 */
final class IntroducedRoles {

    /** How many words a role's phrase may take before its noun: "the PhD student", "the young graduate student". */
    private static final int ROLE_WORDS = 3;
    /** How many sentences back the role may have been introduced. */
    private static final int INTRODUCED_WITHIN = 8;

    private IntroducedRoles() {
    }

    static void read(Reading r, int si, BiConsumer<Argument, Argument> remember, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            if (m.type() != EntityType.PERSON || m.anaphoric()) {
                continue;
            }
            int noun = s.lower(m.to()).equals(",") ? roleNounAfter(r, s, m.to() + 1) : -1; // "X, the PhD student"
            noun = noun >= 0 ? noun : s.lower(m.from() - 1).equals(",") ? roleNounBefore(r, s, m.from() - 1) : -1;
            Mention place = noun < 0 ? null : introducedPlace(r, si, Lemmatizer.singular(s.lower(noun)));
            Argument person = place == null ? null : r.argument(m, StudyPatterns.PEOPLE);
            Argument workplace = person == null ? null : r.argument(place, StudyPatterns.ORGS);
            if (workplace != null) {
                remember.accept(person, workplace);
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(workplace), si, m.from(), m.to(), noun,
                        noun + 1, "person-introduced-role", 0.65, out);
            }
        }
    }

    /** The role noun of "the PhD student" opening at k, or -1. */
    private static int roleNounAfter(Reading r, Sentence s, int k) {
        if (!s.lower(k).equals("the")) {
            return -1;
        }
        for (int j = k + 1; j <= Math.min(s.size() - 1, k + ROLE_WORDS); j++) {
            if (isRoleNoun(r, s.lower(j))) {
                return j;
            }
            if (s.token(j).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** The role noun of "The PhD student, X," whose comma is at k, or -1. */
    private static int roleNounBefore(Reading r, Sentence s, int comma) {
        int noun = comma - 1;
        boolean opened = java.util.stream.IntStream.rangeClosed(Math.max(0, noun - ROLE_WORDS), noun - 1)
                .anyMatch(j -> s.lower(j).equals("the"));
        return noun > 0 && opened && isRoleNoun(r, s.lower(noun)) ? noun : -1;
    }

    private static boolean isRoleNoun(Reading r, String word) {
        return r.cues.is(Category.RESEARCHER_NOUN, Lemmatizer.singular(word)) || r.cues.isRoleNoun(word);
    }

    /**
     * The workplace of "a PhD student at Y" in a sentence before si that names nobody (so that the role stands for
     * no person it names itself), with the role noun {@code lemma}; null if none.
     */
    private static Mention introducedPlace(Reading r, int si, String lemma) {
        for (int j = si - 1; j >= Math.max(0, si - INTRODUCED_WITHIN); j--) {
            Sentence p = r.sentence(j);
            if (r.mentions(j).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                continue;
            }
            for (int k = 1; k + 2 < p.size(); k++) {
                boolean at = p.lower(k + 1).equals("at") || p.lower(k + 1).equals("from");
                if (at && Lemmatizer.singular(p.lower(k)).equals(lemma) && indefiniteBefore(p, k)) {
                    Mention place = r.startingAt(j, p.lower(k + 2).equals("the") ? k + 3 : k + 2);
                    return place != null && place.type() == EntityType.ORGANIZATION ? place : null;
                }
            }
        }
        return null;
    }

    /** Whether "a" or "an" opens the phrase whose noun is at k: "A PhD student". */
    private static boolean indefiniteBefore(Sentence p, int k) {
        for (int j = k - 1; j >= Math.max(0, k - ROLE_WORDS); j--) {
            if (p.lower(j).equals("a") || p.lower(j).equals("an")) {
                return true;
            }
            if (p.token(j).isPunctuation()) {
                return false;
            }
        }
        return false;
    }
}
