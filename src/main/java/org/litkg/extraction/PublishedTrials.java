package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "after the REMIX-1 and REMIX-2 trials, published in J": two named trials or more, coordinated before the plural noun
 * that the publication's "published in" follows, appeared in J each. The one study a document reports cannot stand for
 * both, so each trial is the subject of its own publication.
 */
final class PublishedTrials {

    private static final Set<EntityType> TRIALS = EnumSet.of(EntityType.CLINICAL_TRIAL);
    /** The plural nouns of trials named together: "the X and Y trials", "the X and Y studies". */
    private static final Set<String> PLURAL_NOUNS = Set.of("trials", "studies");
    /** Words that join the names of a list: "X, Y and Z". */
    private static final Set<String> JOINERS = Set.of("and", ",");

    private PublishedTrials() {
    }

    /**
     * Emits "publishedIn" from each trial named before the plural noun that the journal at {@code journalFrom} follows
     * to the journal, its cue at {@code cue}; whether there were such trials, so the study need not stand for them.
     */
    static boolean read(Reading r, int si, int journalFrom, Argument journal, int cue, List<Statement> out) {
        int noun = pluralNounBefore(r.sentence(si), journalFrom);
        List<Argument> trials = noun < 0 ? List.of() : before(r, si, noun);
        if (!trials.isEmpty()) {
            r.emit(RelationType.PUBLISHED_IN, trials, List.of(journal), si, noun, noun + 1, cue, cue + 1,
                    "trials-publication", 0.85, out);
        }
        return !trials.isEmpty();
    }

    /** How far before the journal the trials' noun may be: "the X and Y trials, both published in the journal J". */
    private static final int NOUN_REACH = 6;

    /** The plural trial noun closest before the journal at {@code journalFrom} in its clause, else -1. */
    private static int pluralNounBefore(Sentence s, int journalFrom) {
        for (int k = journalFrom - 1; k >= Math.max(0, journalFrom - NOUN_REACH); k--) {
            if (PLURAL_NOUNS.contains(s.lower(k))) {
                return k;
            }
            if (s.lower(k).equals(".") || s.lower(k).equals(";")) {
                break;
            }
        }
        return -1;
    }

    /**
     * The trials named just before the plural noun at {@code noun} of sentence si ("the X and Y trials"), each as an
     * argument; empty unless there are two or more.
     */
    private static List<Argument> before(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        List<Argument> trials = new ArrayList<>();
        int end = noun;
        for (Mention m = r.endingAt(si, end - 1); m != null && m.type() == EntityType.CLINICAL_TRIAL; ) {
            Argument trial = r.argument(m, TRIALS);
            if (trial == null) {
                return List.of();
            }
            trials.add(0, trial);
            end = m.from();
            if (!JOINERS.contains(s.lower(end - 1))) {
                break;
            }
            end -= s.lower(end - 1).equals("and") && s.lower(end - 2).equals(",") ? 2 : 1; // "X, Y, and Z"
            m = r.endingAt(si, end - 1);
        }
        return trials.size() >= 2 ? trials : List.of();
    }
}
