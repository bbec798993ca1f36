package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * What a leading or presenting verb takes: a study ("led the trial", "presented the phase 2 trial", "leading this
 * work"), whose subject leads it, or another task named by a bare noun phrase ("leads vaccine safety work"), whose
 * subject leads no study here.
 */
final class LeadObjects {

    private LeadObjects() {
    }

    /** "led the trial", "headed the new study" at token k: a leading verb with a study noun among the next three. */
    static boolean leadsStudyAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int participle = s.lower(k + 1).equals("now") ? k + 2 : k + 1;
        // "Dr. X, a cardiologist at Y, is leading a trial of finerenone": work under way
        boolean progressive = Copulas.COPULAS.contains(s.lower(k)) && s.lower(participle).equals("leading");
        int verb = progressive ? participle : s.lower(k).equals("will") ? k + 1 : k; // "Dr. X will lead the study"
        return (progressive || r.cues.is(Category.LEADING_VERB, s.lower(verb)))
                && (studyNounAfter(r, si, verb) || leadsStudyNamedBefore(r, si, verb));
    }

    /**
     * "The trial is called PANCRIS-3, and Dr. X leads it": "it" after the leading verb at k, where the sentence named a
     * study or a trial before the verb.
     */
    static boolean leadsStudyNamedBefore(Reading r, int si, int k) {
        return r.sentence(si).lower(k + 1).equals("it") && LeaderCues.studyNamedBefore(r, si, k);
    }

    /**
     * "X of Y presented the phase 2 trial": a congress's presenter of a trial leads it, as an abstract's presenting author
     * does; "presented the results of the trial" too, a study noun among the five tokens after the verb at k.
     */
    static boolean presentsStudyAt(Reading r, int si, int k) {
        String verb = r.sentence(si).lower(k);
        return (verb.equals("presented") || verb.equals("presents")) && studyNounWithin(r, si, k, PRESENTED_REACH);
    }

    private static final int PRESENTED_REACH = 5;
    static final int LED_REACH = 3;

    /** A study noun among the three tokens after k: "leading this work", "heads the study" (not "heads the programme"). */
    static boolean studyNounAfter(Reading r, int si, int k) {
        return studyNounWithin(r, si, k, LED_REACH);
    }

    /**
     * "who leads vaccine safety work at Y": the lead verb at k takes a bare noun phrase that names another task (no
     * study noun heads it), so its subject leads no study here.
     */
    static boolean leadsOtherTask(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (s.lower(k + 1).equals("its") && unitWithin(s, k + 2)) {
            // "mentored by Professor X, who leads its neutrophil biology group": the centre's group, a post; but "who
            // leads its phase 1 cohort" leads the drug's study
            return true;
        }
        if (k + 1 >= s.size() || s.token(k + 1).isCapitalised() || !Character.isLetter(s.token(k + 1).text().charAt(0))
                || OBJECT_OPENERS.contains(s.lower(k + 1))) {
            return false; // "who led the trial", "who led it", "who leads Pfizer's programme"
        }
        return !studyNounWithin(r, si, k, LED_REACH); // the tagger may call "vaccine" a pronoun: the words decide
    }

    /** The parts of an institution a person heads: "its neutrophil biology group", "its infectious diseases unit". */
    private static final Set<String> UNITS = java.util.stream.Stream.concat(SurnameTeams.TEAM_NOUNS.stream(),
            java.util.stream.Stream.of("unit", "department", "division", "programme", "program", "centre", "center",
                    "section", "service")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a unit's noun ends the bare noun phrase that starts at token k. */
    private static boolean unitWithin(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size(), k + LED_REACH); j++) {
            if (UNITS.contains(s.lower(j))) {
                return true;
            }
            if (!Character.isLetter(s.token(j).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Words that open a lead verb's object other than a bare noun phrase. */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "my", "your", "it", "them", "both", "two", "three", "several");

    /**
     * A study noun among the {@code reach} tokens after k, after a determiner or adjectives: "led the phase 3 trial",
     * "led clinical trials"; not a noun that other nouns modify into another task ("leads trachoma elimination work").
     */
    static boolean studyNounWithin(Reading r, int si, int k, int reach) {
        Sentence s = r.sentence(si);
        boolean determined = k + 1 < s.size() && OBJECT_OPENERS.contains(s.lower(k + 1)); // the words: "vaccine" may be a PRON
        for (int j = k + 1; j < Math.min(s.size(), k + reach + 1); j++) {
            if (r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(j)))) {
                return true;
            }
            if (!determined && s.token(j).pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "who led ...", "who presented the trial" (a trial's presenter leads it, though "who presented the work", of a
     * group named apart from the presenter, does not) and "who showed that ...": the verb after a person's "who" at k
     * says they lead.
     */
    /**
     * A leader's noun at k ({@link LeaderCues#isLeaderNoun}), or a participle leading the study in a person's
     * apposition: "Dr. X, the neuro-oncologist leading the trial".
     */
    static boolean isLeaderAt(Reading r, Sentence s, int k) {
        boolean leading = s.lower(k).equals("leading")
                && (s.lower(k + 1).equals("the") || s.lower(k + 1).equals("this"))
                && r.cues.isStudyOrTrial(org.litkg.analysis.Lemmatizer.singular(s.lower(k + 2)));
        return leading || LeaderCues.isLeaderNoun(s, k);
    }

    static boolean leadsAfterWho(Sentence s, int k) {
        return LeaderCues.LEAD_WORDS.contains(s.lower(k)) || s.lower(k).equals("presented") && s.lower(k + 1).equals("the")
                && (s.lower(k + 2).equals("trial") || s.lower(k + 2).equals("study"))
                || LeaderCues.foundThatAt(s, k);
    }
}
