package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "The trial is run by the University of Manchester and led by Professor X, a rheumatologist at Salford Royal
 * Hospital": where the sentence says which university or hospital ran the study, the leader's own workplace did not
 * run it too. A company that runs a trial sponsors it, and the leader's institution conducts it all the same ("ATTAIN-1
 * was run by Eli Lilly and led by Dr. X of McMaster University").
 */
final class NamedConductors {

    /** Head words of the institutions that do research or give care, as against companies. */
    private static final Set<String> INSTITUTION_HEADS = Set.of("University", "Hospital", "Institute", "College",
            "School", "Centre", "Center", "Trust", "Clinic", "Infirmary", "Institutet", "Unit"); // a clinical trials unit
    /** Participles of running a study before "by": "is run by", "was conducted by", "carried out by". */
    private static final Set<String> RUN = Set.of("run", "conducted", "carried");

    private NamedConductors() {
    }

    /**
     * Whether the sentence says an organisation other than org ran the study, before the leader or after: "BRIGHT-UC was
     * led by Professor X, a surgeon at Y, and run by the Z Trials Centre", "... and is being carried out at W"; or the
     * next one says where "it" or "the trial" is run.
     */
    static boolean other(Reading r, int si, Argument org) {
        // "a trial called X, which I lead with Dr. Y of Z. It is being run at W" (or "The trial is being run at W"): the
        // next sentence, whose subject is the study, says where it ran
        Argument runner = HostedStudies.relativeRunner(r, si, new int[1]); // "the trial, which the Y Trials Unit runs"
        return otherIn(r, si, org, false) || si + 1 < r.sentenceCount() && otherIn(r, si + 1, org, true)
                || formerLabBefore(r, si, org) || runner != null && !runner.node().equals(org.node())
                || otherTeamPlace(r, si, org);
    }

    /**
     * "A mouse study from her group at Leiden University": the sentence places the leader's group at another
     * of her workplaces, which did the work.
     */
    private static boolean otherTeamPlace(Reading r, int si, Argument org) {
        Sentence s = r.sentence(si);
        for (int k = 0; k + 3 < s.size(); k++) {
            int at = PossessedWorkplaces.teamPlaceAt(s, k);
            if (at < 0) {
                continue;
            }
            Mention place = r.startingAt(si, s.lower(at).equals("the") ? at + 1 : at);
            Argument team = place == null ? null : r.argument(place, StudyPatterns.ORGS);
            if (team != null && !team.node().equals(org.node())) {
                return true;
            }
        }
        return false;
    }

    /** A past first-person lab: "Before Y, I ran a lab at the University of Leeds." */
    private static final Set<String> RAN = Set.of("ran", "had", "led", "headed");
    /** How many sentences before the study's the past lab may be told. */
    private static final int FORMER_LAB_REACH = 2;

    /**
     * "Before Y, I ran a lab at the University of Leeds. In a 2025 paper in X, my lab showed": the writer's
     * lab was at Leeds when it did the work, not at the company the writer runs now.
     */
    private static boolean formerLabBefore(Reading r, int si, Argument org) {
        for (int back = si - 1; back >= Math.max(0, si - FORMER_LAB_REACH); back--) {
            Sentence s = r.sentence(back);
            for (int k = 0; k + 4 < s.size(); k++) {
                int at = Reading.ARTICLES.contains(s.lower(k + 2)) ? k + 4 : k + 3;
                boolean ran = s.token(k).text().equals("I") && RAN.contains(s.lower(k + 1))
                        && SurnameTeams.TEAM_NOUNS.contains(s.lower(at - 1)) && s.lower(at).equals("at");
                Mention lab = ran ? r.startingAt(back, s.lower(at + 1).equals("the") ? at + 2 : at + 1) : null;
                Argument place = lab == null ? null : r.argument(lab, StudyPatterns.ORGS);
                if (place != null && !place.node().equals(org.node())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean otherIn(Reading r, int si, Argument org, boolean nextSentence) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 1 < s.size(); k++) {
            int by = s.lower(k).equals("carried") && s.lower(k + 1).equals("out") ? k + 2 : k + 1;
            // "It is being run at W"; "X is led by Dr. Y of Z and was carried out at W"
            boolean hosted = s.lower(by).equals("at") && VerbForms.beBefore(s, k);
            if (!RUN.contains(s.lower(k)) || !s.lower(by).equals("by") && !hosted
                    || nextSentence && !s.lower(0).equals("it") && !LeaderCues.subjectIsStudy(r, si, k)) {
                continue;
            }
            Mention ran = r.startingAt(si, s.lower(by + 1).equals("the") ? by + 2 : by + 1);
            Argument runner = ran == null ? null : r.argument(ran, StudyPatterns.ORGS);
            boolean institution = ran != null && java.util.Arrays.stream(ran.text().split("\\s+"))
                    .anyMatch(INSTITUTION_HEADS::contains);
            if (runner != null && institution && runner.node().type() == EntityType.ORGANIZATION
                    && !runner.node().equals(org.node())) {
                return true;
            }
        }
        return false;
    }
}
