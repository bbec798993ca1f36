package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Where a person works, said by a verb: "Okafor trained in London before joining the University of Leeds". */
final class Workplaces {

    private static final Set<String> JOINING = Set.of("joined", "joining", "joins", "rejoined");
    /** Words that end the person's clause before a verb could be theirs: "X said the company joined Y". */
    private static final Set<String> CLAUSE_ENDS = Set.of("said", "says", "that", "who", "which", ";", ".");
    /** How far after the person the verb may be: "trained in London before joining". */
    private static final int REACH = 8;

    private Workplaces() {
    }

    /** The organisation the person at {@code person} joined, in the same clause; else null. */
    static Mention joined(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        for (int k = person.to(); k < Math.min(s.size() - 1, person.to() + REACH); k++) {
            Mention other = r.startingAt(si, k);
            if (other != null && other.type() == EntityType.PERSON || CLAUSE_ENDS.contains(s.lower(k))
                    || Reading.isQuote(s, k)) {
                return null;
            }
            if (JOINING.contains(s.lower(k))) {
                Mention org = r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
                return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
            }
        }
        return null;
    }

    /** How many words may stand between the article and the noun: "a gastrointestinal oncologist". */
    private static final int DESCRIPTION_WORDS = 3;

    /**
     * "Lena Park, a gastrointestinal oncologist at Stanford Medicine": the noun at k describes the person before it, so
     * the organisation after it is where that person works (the person's affiliation), not who did a study.
     */
    static boolean describesPerson(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int article = k - 1;
        while (article > k - 1 - DESCRIPTION_WORDS && article > 1 && !s.lower(article).equals("a")
                && !s.lower(article).equals("an")) {
            article--;
        }
        boolean apposed = (s.lower(article).equals("a") || s.lower(article).equals("an")) && s.lower(article - 1).equals(",");
        Mention before = apposed ? r.endingAt(si, article - 2) : null;
        return before != null && before.type() == EntityType.PERSON;
    }

    /** How far after a researcher noun "not involved" may stand: "an oncologist at X who was not involved". */
    private static final int NOT_INVOLVED_REACH = 10;

    /** "an oncologist at Johns Hopkins who was not involved in the trial": an outside voice, whose workplace ran nothing. */
    static boolean notInvolvedAfter(Sentence s, int k) {
        for (int j = k + 1; j + 1 < s.size() && j <= k + NOT_INVOLVED_REACH; j++) {
            if (s.lower(j).equals("not") && (s.lower(j + 1).equals("involved") || s.lower(j + 2).equals("involved"))) {
                return true;
            }
        }
        return false;
    }
}
