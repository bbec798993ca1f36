package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The person a letter is written to, named in its salutation ("Dear Dr. Calloway-Nakamura,") or called by name
 * before "you" (a judge's "Dr Simon Hallam, you were a senior lecturer at Y"): what the letter then
 * calls "your group's 2025 study" is a study that person leads, and where "the award will be held" is where they work.
 * An award letter, a reviewer's decision letter and a referee's reply speak to their reader so.
 */
final class Addressees {

    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    /** How many sentences into the text the salutation may stand: past a reference line and a date. */
    private static final int SALUTATION_REACH = 4;

    private Addressees() {
    }

    /** Words that open a card's greeting before its comma: "Happy 60th birthday, Professor X!". */
    private static final Set<String> GREETINGS = Set.of("happy", "congratulations");
    /** How far into a card's greeting its comma may come: "Happy 60th birthday ,". */
    private static final int GREETING_WORDS = 5;

    /**
     * The person of the text's "Dear X," salutation or a card's "Happy 60th birthday, Professor X!", or null where it
     * opens with none or greets no one by name.
     */
    static Mention of(Reading r) {
        for (int si = 0; si < Math.min(r.sentenceCount(), SALUTATION_REACH); si++) {
            Sentence s = r.sentence(si);
            int name = s.lower(0).equals("dear") ? 1 : GREETINGS.contains(s.lower(0)) ? greetingComma(s) + 1 : -1;
            Mention called = r.startingAt(si, Narrator.afterTitles(r, s, 0)); // a judge's "Dr X, you were a lecturer"
            boolean vocative = called != null && s.lower(called.to()).equals(",")
                    && s.lower(called.to() + 1).equals("you");
            if (name <= 0 && !vocative) {
                continue;
            }
            Mention m = vocative ? called : r.startingAt(si, Narrator.afterTitles(r, s, name)); // "Dear Dr. X"
            boolean closes = m != null && (m.to() == s.size() || s.lower(m.to()).equals(",")
                    || s.lower(m.to()).equals("!"));
            return closes && m.type() == EntityType.PERSON && !m.anaphoric() ? m : null;
        }
        return null;
    }

    /** The comma closing a card's greeting, or -1: "Happy 60th birthday," before the name. */
    private static int greetingComma(Sentence s) {
        for (int k = 1; k < Math.min(s.size(), GREETING_WORDS); k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The addressee as an argument at token k of sentence si (the "your" that stands for them), or null. */
    static Argument at(Reading r, int si, int k) {
        Mention addressee = of(r);
        Argument person = addressee == null ? null : r.argument(addressee, PEOPLE);
        Sentence s = r.sentence(si);
        return person == null ? null : new Argument(person.node(), s.token(k).span(), s.token(k).text(), true);
    }

    /** How far before a study's noun "you" and its verb may stand: "you falsely claimed in a paper". */
    private static final int SUBJECT_REACH = 5;

    /**
     * "In 2022 you falsely claimed in a paper in the journal Gut that ...", "you published a paper in J": "you", then a
     * verb, before the study noun at {@code noun}, in a text with an addressee, whose paper it is; the token of "you",
     * else -1.
     */
    static int subjectBefore(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        for (int k = noun - 2; k >= Math.max(0, noun - SUBJECT_REACH); k--) {
            if (s.token(k).isPunctuation()) {
                return -1;
            }
            boolean verb = s.token(k + 1).pos().equals("VERB") || s.token(k + 2).pos().equals("VERB")
                    && s.token(k + 1).pos().equals("ADV"); // "you falsely claimed"
            if (s.lower(k).equals("you") && verb) {
                return of(r) != null ? k : -1;
            }
        }
        return -1;
    }
}
