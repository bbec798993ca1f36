package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The head of the laboratory a study was done in, who leads it: "The work was carried out in the laboratory of Dr. X at
 * Y", a CV's or a sketch's "As a graduate student in the laboratory of Dr. X at Y, I found that ...".
 */
final class LaboratoryHeads {

    private LaboratoryHeads() {
    }

    /** Whether "of" at k opens the name of the head of a laboratory a study was done in. */
    static boolean leadsAt(Reading r, int si, int k) {
        return doneInLaboratoryOf(r, si, k) || foundInLaboratoryOf(r, si, k) || studyByLaboratoryOf(r, si, k);
    }

    /** The nouns for a laboratory or group a study was done in, named for its head. */
    private static final Set<String> LABORATORIES = Set.of("laboratory", "lab", "group");

    /**
     * "The work was carried out in the laboratory of Dr. X at Y": the head of the laboratory the study was done in
     * leads it, "of" at k.
     */
    private static boolean doneInLaboratoryOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("of") || !LABORATORIES.contains(s.lower(k - 1)) || !s.lower(k - 2).equals("the")
                || !s.lower(k - 3).equals("in")) {
            return false;
        }
        int v = s.lower(k - 4).equals("out") ? k - 5 : k - 4;
        // the participles of a study hosted somewhere: "was carried out in", "was done in", "was run in"
        return HostedStudies.HOSTED_VERBS.contains(s.lower(v)) && VerbForms.beBefore(s, v) && LeaderCues.subjectIsStudy(r, si, v);
    }

    /**
     * "a 2026 study in Parasite Immunology by the group of Dr. X": a study whose authors are named as its head's group or
     * laboratory, "of" at k.
     */
    private static boolean studyByLaboratoryOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        return s.lower(k).equals("of") && SurnameTeams.TEAM_NOUNS.contains(s.lower(k - 1))
                && s.lower(k - 2).equals("the") && s.lower(k - 3).equals("by")
                && LeaderCues.studyNounJustBefore(r, si, k - 3);
    }

    /** How far after "of" the clause with the finding may open: "of Dr. X at the University of Y School of Medicine, I". */
    private static final int LABORATORY_CLAUSE_REACH = 16;

    /**
     * "As a graduate student in the laboratory of Dr. X at Y, I found that ...": a CV's or a sketch's finding made in
     * a laboratory is a study its head leads, "of" at k.
     */
    private static boolean foundInLaboratoryOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(0).equals("as") || !s.lower(k).equals("of") || !LABORATORIES.contains(s.lower(k - 1))
                || !s.lower(k - 2).equals("the") || !s.lower(k - 3).equals("in")) {
            return false;
        }
        for (int c = k + 1; c + 2 < s.size() && c <= k + LABORATORY_CLAUSE_REACH; c++) {
            boolean firstPerson = s.token(c + 1).text().equals("I") || s.lower(c + 1).equals("we");
            if (s.lower(c).equals(",") && firstPerson) {
                return LeaderCues.FINDING_VERBS.contains(s.token(c + 2).lemma()) && !s.lower(c + 2).endsWith("ing");
            }
        }
        return false;
    }
}
