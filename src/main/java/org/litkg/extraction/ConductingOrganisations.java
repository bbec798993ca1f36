package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Organisations a sentence gives a study to without a researcher: one that is the subject of running or testing in a
 * trial ("X4 is also testing mavorixafor in a phase 3 trial called 4WARD", "the company completed a phase 1 trial at
 * Y"), whose trial it is; and the institutions a study is a collaboration between ("The study, a collaboration between
 * the University of Oxford and Karolinska Institutet, was led by"), each of which conducts it.
 */
final class ConductingOrganisations {

    /** Verbs of running a trial or testing a drug in one. */
    private static final Set<String> RUNNING = Set.of("testing", "tests", "tested", "running", "runs", "ran",
            "conducting", "conducts", "conducted", "completed", "completes", "started", "starts", "began", "begins",
            "launched", "launches", "enrolling", "enrolled", "stopped", "halted", "paused", "ended", "discontinued",
            "terminated"); // "Valmont Oncology has stopped a phase 2 trial of VX-414": whose trial it was
    /** Nouns a text calls a company by once it has named it: "the company completed a trial". */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "biotech", "drugmaker");
    /** Words between the subject and its verb: "is also testing", "has now completed". */
    private static final Set<String> BETWEEN = Set.of("is", "was", "has", "had", "also", "now", "already", "recently",
            "currently", "still", "are", "have", "not", "never");
    /** Participles that give a trial to another before "by": "a trial run by the NCI". */
    private static final Set<String> RUN_BY = Set.of("run", "led", "conducted", "sponsored", "organised", "organized");
    /** How far after the verb the trial may be named: "testing mavorixafor in chronic neutropenia, in a trial". */
    private static final int TRIAL_REACH = 14;

    private ConductingOrganisations() {
    }

    static void read(Reading r, int si, Supplier<Study> study, List<Statement> out) {
        collaboration(r, si, study, out);
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            Argument company = m.type() == EntityType.ORGANIZATION ? r.argument(m, StudyPatterns.ORGS) : null;
            boolean subject = m.from() == 0 || !s.token(m.from() - 1).pos().equals("ADP"); // not "a deal with X"
            if (company != null && subject) {
                conduct(r, si, company, m.from(), m.to(), study, out);
            }
        }
        for (int k = 1; k < s.size(); k++) { // "the company completed a phase 1 trial": the company named before
            Argument named = COMPANY_NOUNS.contains(s.lower(k)) && s.lower(k - 1).equals("the")
                    ? r.namedBefore(si, k, k - 1, EnumSet.of(EntityType.ORGANIZATION)) : null;
            if (named != null) {
                conduct(r, si, named, k - 1, k + 1, study, out);
            }
        }
    }

    /** Nouns of a joint study: "a collaboration between X and Y", "a partnership of". */
    private static final Set<String> JOINT_NOUNS = Set.of("collaboration", "partnership");

    /** "a collaboration between X and Y" in a sentence about a study: each institution conducts the study. */
    private static void collaboration(Reading r, int si, Supplier<Study> study, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 2 < s.size(); k++) {
            boolean joint = JOINT_NOUNS.contains(s.lower(k))
                    && (s.lower(k + 1).equals("between") || s.lower(k + 1).equals("of"))
                    && java.util.stream.IntStream.range(0, s.size())
                            .anyMatch(j -> StudyPossessors.isStudyWord(r, s, j)); // in a sentence about a study
            int at = s.lower(k + 2).equals("the") ? k + 3 : k + 2;
            Mention first = joint ? r.startingAt(si, at) : null;
            Argument org = first == null ? null : r.argument(first, StudyPatterns.ORGS);
            if (org != null) {
                List<Argument> orgs = r.withFollowingConjuncts(si, org, first.to(), StudyPatterns.ORGS);
                Argument subject = Argument.studyWord(study.get(), s, k);
                r.emit(RelationType.CONDUCTED_BY, List.of(subject), orgs, si, k, k + 1, k, k + 2,
                        "study-collaboration", 0.8, out);
            }
        }
    }

    /**
     * Has the company, named at tokens from..k, conduct the trial that a running verb from token k names in its clause;
     * "is not running" denies it.
     */
    private static void conduct(Reading r, int si, Argument company, int from, int k, Supplier<Study> study,
            List<Statement> out) {
        Sentence s = r.sentence(si);
        int verb = k;
        while (verb < s.size() && BETWEEN.contains(s.lower(verb))) {
            verb++;
        }
        int trial = verb < s.size() && RUNNING.contains(s.lower(verb)) ? trialAfter(r, si, verb) : -1;
        if (trial > 0) {
            Argument subject = Argument.studyWord(study.get(), s, trial);
            int before = out.size();
            r.emit(RelationType.CONDUCTED_BY, List.of(subject), List.of(company), si, from, k, verb, verb + 1,
                    "study-company-runs", 0.7, out);
            for (int i = before; i < out.size() && s.lower(verb).equals("testing"); i++) {
                // "is testing X" leaves X's effect open, not who runs the trial
                out.set(i, new Statement(out.get(i).relation(), out.get(i).evidence().unhedged()));
            }
        }
    }

    /** The token of the trial the verb at k runs, named in its clause ("a phase 3 trial called 4WARD"), else -1. */
    private static int trialAfter(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        for (int j = k + 1; j < Math.min(s.size(), k + 1 + TRIAL_REACH); j++) {
            if (s.lower(j).equals(".") || s.lower(j).equals(";") || s.lower(j).equals("by")) {
                return -1; // "tested in a trial run by the NCI": another's trial
            }
            Mention m = r.startingAt(si, j);
            if (m != null && m.type() == EntityType.CLINICAL_TRIAL || s.lower(j).equals("trial")) {
                int end = m != null ? m.to() : j + 1;
                boolean others = RUN_BY.contains(s.lower(end)) && s.lower(end + 1).equals("by");
                return others ? -1 : j; // "in a trial run by the National Cancer Institute": another's trial
            }
        }
        return -1;
    }
}
