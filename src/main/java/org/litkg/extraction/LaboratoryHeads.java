package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The head of the laboratory a study was done in, who leads it: "The work was carried out in the laboratory of Dr. X at
 * Y", a CV's or a sketch's "As a graduate student in the laboratory of Dr. X at Y, I found that ...".
 */
final class LaboratoryHeads {

    private LaboratoryHeads() {
    }

    /** Whether "of" at k opens the name of the head of a laboratory a study was done in. */
    static boolean leadsAt(Reading r, int si, int k) {
        return doneInLaboratoryOf(r, si, k) || foundInLaboratoryOf(r, si, k) || studyByLaboratoryOf(r, si, k)
                || laboratoryFound(r, si, k) || headWhoFound(r, si, k) || memberWhoFound(r, si, k);
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
        // "Chloe did the work in the lab of Professor X", "carried out the experiments in the lab of"
        boolean didWork = WORK_NOUNS.contains(s.lower(k - 4)) && s.lower(k - 5).equals("the")
                && DOING.contains(s.lower(k - 6));
        // the participles of a study hosted somewhere: "was carried out in", "was done in", "was run in"
        return didWork || HostedStudies.HOSTED_VERBS.contains(s.lower(v)) && VerbForms.beBefore(s, v)
                && LeaderCues.subjectIsStudy(r, si, v);
    }

    /** What a researcher did in someone's laboratory: "did the work", "carried out the experiments". */
    private static final Set<String> WORK_NOUNS = Set.of("work", "research", "experiments", "study");
    /** Verbs of doing the work, "out" standing for "carried out". */
    private static final Set<String> DOING = Set.of("did", "does", "do", "out", "performed");

    /**
     * "a 2026 study in Parasite Immunology by the group of Dr. X", "The paper comes from the group of Professor X": a
     * study whose authors are named as its head's group or laboratory, "of" at k.
     */
    private static boolean studyByLaboratoryOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("of") || !SurnameTeams.TEAM_NOUNS.contains(s.lower(k - 1))
                || !s.lower(k - 2).equals("the")) {
            return false;
        }
        // "The paper comes from the group of Professor X": a study's source is its laboratory
        boolean comes = s.lower(k - 3).equals("from") && (COMING.contains(s.lower(k - 4))
                && LeaderCues.isStudyAt(r, si, k - 5) || LeaderCues.isStudyAt(r, si, k - 4)); // "a paper from"
        return s.lower(k - 3).equals("by") && ByLeaders.studyNounJustBefore(r, si, k - 3) || comes;
    }

    private static final Set<String> COMING = Set.of("comes", "came", "come");

    /** Who did the work, from the laboratory they belong to: "The authors, from the group of Dr. X at Y, report". */
    private static final Set<String> WORKERS = Set.of("authors", "researchers", "scientists", "team", "investigators");
    /** How a group's members are said to belong to it: "researchers in the lab of", "the authors, from the group". */
    private static final Set<String> BELONGING = Set.of("from", "in", "of");

    /**
     * "The lab of Dr. X at Y found that ...", "The authors, from the group of Dr. X at Y, report that ...",
     * "Researchers in the laboratory of Dr. X showed": the subject is the laboratory or its members and the verb after
     * the name a finding's, so its head leads the study; "of" at k.
     */
    private static boolean laboratoryFound(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("of") || !LABORATORIES.contains(s.lower(k - 1)) || !s.lower(k - 2).equals("the")) {
            return false;
        }
        int worker = s.lower(k - 4).equals(",") ? k - 5 : k - 4; // "The authors, from the group of"
        boolean members = BELONGING.contains(s.lower(k - 3)) && WORKERS.contains(s.lower(worker))
                && (worker == 0 || worker == 1 && s.lower(0).equals("the"));
        if (k - 2 != 0 && !members) {
            return false;
        }
        for (int v = k + 2; v < s.size() && v <= k + LABORATORY_CLAUSE_REACH; v++) {
            if (LeaderCues.FINDING_VERBS.contains(s.token(v).lemma()) && !s.lower(v).endsWith("ing")
                    && !s.lower(v - 1).equals("to")) {
                return true;
            }
            if (s.lower(v).equals("that") || s.lower(v).equals(";")) {
                return false; // the finding's clause opened before any finding verb
            }
        }
        return false;
    }

    /**
     * "Our science began in the lab of Professor X at Y, who showed in 2022 that ...": the head a laboratory is named
     * for is said, in a relative clause, to have found something; what she found is a study she leads, "of" at k.
     */
    private static boolean headWhoFound(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("of") || !LABORATORIES.contains(s.lower(k - 1)) || !s.lower(k - 2).equals("the")) {
            return false;
        }
        for (int c = k + 2; c + 2 < s.size() && c <= k + LABORATORY_CLAUSE_REACH; c++) {
            if (s.lower(c).equals(",") && s.lower(c + 1).equals("who")) {
                return LeaderCues.FINDING_VERBS.contains(s.token(c + 2).lemma()) && !s.lower(c + 2).endsWith("ing")
                        && s.wordBetween(c + 2, Math.min(s.size(), c + 3 + LABORATORY_CLAUSE_REACH), "that");
            }
            if (s.lower(c).equals("that") || s.lower(c).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** How far before "in the lab of" an apposition to its member may open: ", a second-year PhD student in". */
    private static final int MEMBER_APPOSITION_REACH = 6;

    /**
     * "First author X, a PhD student in the lab of Professor Y at Z, has found that ...": a member of a laboratory,
     * described so in an apposition, found what the sentence says, which is a study the laboratory's head leads too;
     * "of" at k.
     */
    private static boolean memberWhoFound(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("of") || !LABORATORIES.contains(s.lower(k - 1)) || !s.lower(k - 2).equals("the")
                || !s.lower(k - 3).equals("in")) {
            return false;
        }
        int open = -1;
        for (int c = k - 4; c > 0 && c >= k - 3 - MEMBER_APPOSITION_REACH && open < 0; c--) {
            open = s.lower(c).equals(",") && Reading.ARTICLES.contains(s.lower(c + 1)) ? c : open;
        }
        Mention member = open > 0 ? r.endingAt(si, open - 1) : null;
        if (member == null || member.type() != EntityType.PERSON) {
            return false;
        }
        for (int c = k + 2; c + 1 < s.size() && c <= k + LABORATORY_CLAUSE_REACH; c++) {
            if (s.lower(c).equals(",")) {
                int v = s.lower(c + 1).equals("has") || s.lower(c + 1).equals("have") ? c + 2 : c + 1;
                return LeaderCues.foundThatAt(s, v); // "has found that", "showed that"
            }
        }
        return false;
    }

    /** How far after "of" the clause with the finding may open: "of Dr. X at the University of Y School of Medicine, I". */
    private static final int LABORATORY_CLAUSE_REACH = 16;

    /** Words that name a period of training, whose supervisor leads what the trainee found: "During my PhD with X". */
    private static final Set<String> TRAINING_WORDS = Set.of("phd", "dphil", "doctorate", "doctoral", "postdoc",
            "postdoctoral", "graduate", "fellowship", "master's", "masters");
    /** How far into the sentence the training word may stand: "As a second-year graduate student". */
    private static final int TRAINING_WORD_REACH = 5;

    /**
     * "As a graduate student in the laboratory of Dr. X at Y, I found that ...", "During my PhD at Y with Professor X, I
     * showed that ...": a CV's, a sketch's or a personal statement's finding made in a laboratory, or in training with a
     * supervisor, is a study its head leads, "of" or "with" at k.
     */
    private static boolean foundInLaboratoryOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        boolean inLaboratory = (s.lower(0).equals("as") || inTraining(s, k)) && s.lower(k).equals("of")
                && LABORATORIES.contains(s.lower(k - 1)) && s.lower(k - 2).equals("the") && s.lower(k - 3).equals("in");
        if (!inLaboratory && !(s.lower(k).equals("with") && inTraining(s, k))) {
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

    /**
     * "During my PhD at Y with Professor X, I showed that ...": the trainee's "I" before the finding verb at k, who
     * leads the study with the head of the laboratory; else -1.
     */
    static int traineeAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (k < 2 || !s.token(k - 1).text().equals("I") || !s.lower(k - 2).equals(",")
                || !LeaderCues.FINDING_VERBS.contains(s.token(k).lemma())) {
            return -1;
        }
        for (int j = 1; j < k - 2; j++) {
            if ((s.lower(j).equals("with") || s.lower(j).equals("of")) && foundInLaboratoryOf(r, si, j)) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Whether the sentence opens with a period of training before k: "During my PhD", "As a postdoctoral fellow". */
    static boolean inTraining(Sentence s, int k) {
        if (!s.lower(0).equals("as") && !s.lower(0).equals("during") && !s.lower(0).equals("while")) {
            return false;
        }
        for (int j = 1; j < Math.min(k, TRAINING_WORD_REACH); j++) {
            if (TRAINING_WORDS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }
}
