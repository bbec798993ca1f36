package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * Whether a "by" before a person makes them a study's leader: "led by Dr. X", a trial "run at Y by Dr. X", "a study of
 * 42 adults run by Professor X", "a review by Dr. X of Y".
 */
final class ByLeaders {

    private ByLeaders() {
    }

    /**
     * "led by" at k, or a study "run" or "conducted" by a person there: "In Wales the trial is being run at Singleton
     * Hospital in Swansea by Dr. X" (a company that runs a trial conducts it, read elsewhere; a person leads it).
     */
    static boolean ledOrRunBy(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (LeaderCues.ledByAt(r, s, k) || LaboratoryHeads.leadsAt(r, si, k)) {
            return true;
        }
        if (!s.lower(k).equals("by")) {
            return false;
        }
        if (authoredBy(r, s, k)) {
            return true; // "a review by Dr. X of Y in J", "the new paper by Professor Z"
        }
        for (int v = k - 1; v > 0 && v >= k - RUN_REACH; v--) {
            if (s.lower(v).equals(",") || s.lower(v).equals(";")) {
                return false;
            }
            if (RUN_PARTICIPLES.contains(s.lower(v)) && VerbForms.beBefore(s, v)) {
                return LeaderCues.subjectIsStudy(r, si, v);
            }
            if (RUN_PARTICIPLES.contains(s.lower(v))) {
                return studyNounJustBefore(r, si, v); // "a small study of 42 adults run by Professor X"
            }
        }
        return false;
    }

    /**
     * A paper, a study or a review its authors wrote, "by" at k right after it: "a review by Dr. X". An article or a
     * possessive opens it, so that "under review by" a regulator and "work by" a day's end do not.
     */
    private static boolean authoredBy(Reading r, Sentence s, int k) {
        if (k < 2) {
            return false;
        }
        String noun = Lemmatizer.singular(s.lower(k - 1));
        int opener = s.token(k - 2).pos().equals("ADJ") ? k - 3 : k - 2; // "a new review by"
        opener = opener > 0 && s.token(opener).isCapitalised() ? opener - 1 : opener; // "the Nature paper by"
        opener = s.lower(opener).matches("(19|20)\\d\\d") ? opener - 1 : opener; // "the 2019 Nature paper by"
        return (noun.equals("review") || r.cues.is(Category.STUDY_NOUN, noun)) && !s.token(k - 1).isCapitalised()
                && (Reading.ARTICLES.contains(s.lower(opener)) || LeaderCues.OWNERS.contains(s.lower(opener)));
    }

    /** A study noun a few words before the participle at v, with no verb between: "a study of 42 adults run by". */
    static boolean studyNounJustBefore(Reading r, int si, int v) {
        Sentence s = r.sentence(si);
        for (int k = v - 1; k >= 0 && k >= v - STUDY_NOUN_REACH; k--) {
            if (LeaderCues.isStudyAt(r, si, k)) {
                return true;
            }
            if (s.token(k).pos().equals("VERB") || s.token(k).pos().equals("AUX") || s.lower(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Participles of running a study: "is being run at Y by X", "was conducted in Leeds by X". */
    private static final Set<String> RUN_PARTICIPLES = Set.of("run", "conducted", "coordinated");
    /** How far before "by" the participle may stand: "run at Singleton Hospital in Swansea by". */
    private static final int RUN_REACH = 8;
    /** How far before a reduced "run" its study noun may stand: "a study of 42 adults run by". */
    private static final int STUDY_NOUN_REACH = 4;
}
