package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.StudyFields;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Studies an organisation ran or hosted: "The trial was run by Genentech", "The study was conducted at X and Y". */
final class HostedStudies {

    private static final Set<EntityType> ORGS = StudyPatterns.ORGS;

    private HostedStudies() {
    }

    private static final Set<String> RUN_VERBS = Set.of("run", "conducted", "performed", "carried", "done", "organised",
            "organized", "coordinated", "presented");

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "several");

    /** Verbs whose "at" names the host of a study, not of a talk about it ("presented at the congress"). */
    static final Set<String> HOSTED_VERBS = Set.of("run", "conducted", "performed", "carried", "done", "designed", "runs",
            "ran", "running"); // "The trial runs at A, B and C"
    /** The words that point at the writer's own place before its name: "the work was done here at X". */
    private static final Set<String> HERE = Set.of("here", "there");

    /** Nouns for who makes a drug, apposed before the company's name: "the drug's maker, Astellas". */
    private static final Set<String> MAKER_NOUNS = Set.of("maker", "developer", "manufacturer", "sponsor", "owner");
    /** How many words "the drug's maker" may take after "by". */
    private static final int MAKER_WORDS = 5;

    /** The comma after "by the drug's maker" at {@code by}, before the company's name; else -1. */
    private static int makerApposedAt(Sentence s, int by) {
        for (int k = by + 1; k < Math.min(s.size() - 1, by + 1 + MAKER_WORDS); k++) {
            if (MAKER_NOUNS.contains(s.lower(k)) && s.lower(k + 1).equals(",")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** A study's parts that a partner may do for it: "the imaging was done at the Fenwick Institute". */
    private static final Set<String> STUDY_PARTS = Set.of("imaging", "sequencing", "genotyping", "scanning", "immunology",
            "histology", "pathology", "analysis", "analyses", "assays", "modelling", "modeling");

    /** "the imaging was done at Y" ending at the verb {@code verb}, once the document has a study to do it for. */
    private static boolean partOfStudy(Sentence s, int verb, boolean studyKnown) {
        return studyKnown && (s.lower(verb - 1).equals("was") || s.lower(verb - 1).equals("were"))
                && STUDY_PARTS.contains(s.lower(verb - 2)) && s.lower(verb - 3).equals("the");
    }

    /**
     * "carried out (together) with X", "conducted in collaboration with X", "is run with X": the run verb before the
     * "with" at k, whose object is a partner that ran the study too; else -1.
     */
    private static int partnerVerbBefore(Sentence s, int k) {
        if (!s.lower(k).equals("with")) {
            return -1;
        }
        int before = JOINTLY.contains(s.lower(k - 1)) ? k - 2
                : s.lower(k - 1).equals("collaboration") && s.lower(k - 2).equals("in") ? k - 3
                : s.lower(k - 1).equals("run") || s.lower(k - 1).equals("out") ? k - 1 : -1; // "is run with X", "carried out with X"
        int verb = s.lower(before).equals("out") ? before - 1 : before; // "carried out together with"
        // a finite passive, "was carried out": not "a trial ..., run jointly with Y", which may be one still to come
        // "The trial was led by Dr. X and run with Y": the passive's "was" before its first participle serves both
        boolean passive = VerbForms.beBefore(s, verb) || VerbForms.sharedBeBefore(s, verb);
        return before > 0 && RUN_VERBS.contains(s.lower(verb)) && passive ? verb : -1;
    }

    private static final Set<String> JOINTLY = Set.of("together", "jointly");

    /** Nouns after "with" that make the organisation after them a funder: "with support from", "with funding from". */
    private static final Set<String> FUNDING_NOUNS = Set.of("support", "funding", "grants", "grant", "money", "backing",
            "sponsorship", "financial");

    /** Whether the "with" at k brings in who paid for the study: "with support from Cancer Research UK". */
    private static boolean funds(Sentence s, int k) {
        int noun = s.lower(k + 1).equals("a") || s.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return FUNDING_NOUNS.contains(s.lower(noun));
    }

    /** How many words a field's label may take before its colon: "Participating study sites". */
    private static final int LABEL_WORDS = 3;

    /**
     * Each organisation a "Participating sites:" field lists ran the study; so does each a trial listing's "Where:"
     * field lists, beside its chief investigator's field (where an event's "Where:" names only a room).
     */
    private static void listedSites(Reading r, int si, List<StudyPatterns.Researchers> found) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        if (colon < 0 || !StudyFields.isSiteLabel(s.textOf(0, colon))
                && !(StudyFields.isListingPlaceLabel(s.textOf(0, colon)) && besideLeaderField(r, si))) {
            return;
        }
        for (Mention m : r.mentions(si)) {
            Argument site = m.from() > colon ? r.argument(m, ORGS) : null;
            if (site != null && site.node().type() == EntityType.ORGANIZATION) {
                found.add(new StudyPatterns.Researchers(site, colon));
            }
        }
    }

    /** How many field lines from a listing's "Where:" its investigator's field may be. */
    private static final int LISTING_FIELDS = 3;

    /** Whether a field line within {@link #LISTING_FIELDS} of sentence si names a trial's leader. */
    private static boolean besideLeaderField(Reading r, int si) {
        for (int k = Math.max(0, si - LISTING_FIELDS); k < Math.min(r.sentenceCount(), si + LISTING_FIELDS + 1); k++) {
            int colon = r.sentence(k).labelColon(LABEL_WORDS);
            if (colon > 0 && StudyFields.isLeaderLabel(r.sentence(k).textOf(0, colon))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs by which the organisation a relative clause opens with runs the study before it: "which Y runs". */
    private static final Set<String> RELATIVE_RUNS = Set.of("runs", "ran", "conducts", "conducted", "hosts", "hosted",
            "coordinates", "coordinated");
    /** How far back an "and which" may look for the relative clause before it: "which X leads and which Y runs". */
    private static final int FIRST_CLAUSE_REACH = 8;

    /**
     * "the X trial, which Y runs", "the trial, which Dr. Z leads and which the Y Trials Unit runs": an organisation
     * that opens a relative clause on a study and runs it; null if the sentence has none. {@code at} gets its token.
     */
    static Argument relativeRunner(Reading r, int si, int[] at) {
        Sentence s = r.sentence(si);
        for (int w = 2; w + 2 < s.size(); w++) {
            if (!Reading.RELATIVE_PRONOUNS.contains(s.lower(w))) {
                continue;
            }
            Mention m = r.startingAt(si, s.lower(w + 1).equals("the") ? w + 2 : w + 1);
            Argument org = m == null || !RELATIVE_RUNS.contains(s.lower(m.to())) ? null : r.argument(m, ORGS);
            if (org != null && LeaderCues.isStudyAt(r, si, pastDrugOfStudy(r, si, antecedent(s, w)))) {
                at[0] = m.to();
                return org;
            }
        }
        return null;
    }

    /** How far back an apposition to a study's drug may open: ", an antibody that blocks CCL11,". */
    private static final int APPOSITION_WORDS = 10;

    /**
     * "the trial of bertilimumab, an antibody that blocks CCL11, which Y ran": from the word before the relative's
     * comma, past an apposition to the drug and the drug named after "of", to the study's noun; else k itself.
     */
    private static int pastDrugOfStudy(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int j = k;
        for (int c = k - 1; c > 0 && c >= k - APPOSITION_WORDS; c--) {
            if (s.lower(c).equals(",")) {
                j = Reading.ARTICLES.contains(s.lower(c + 1)) ? c - 1 : k;
                break;
            }
        }
        Mention drug = r.endingAt(si, j);
        return drug != null && drug.type().kind() == EntityType.Kind.DRUG && s.lower(drug.from() - 1).equals("of")
                ? drug.from() - 2 : k;
    }

    /** The token a relative pronoun at w refers to, past its comma and past a first clause joined by "and which". */
    private static int antecedent(Sentence s, int w) {
        int which = w;
        if (s.lower(w - 1).equals("and")) {
            for (int k = w - 2; k >= Math.max(1, w - FIRST_CLAUSE_REACH); k--) {
                if (Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                    which = k;
                    break;
                }
            }
        }
        return s.lower(which - 1).equals(",") ? which - 2 : which - 1;
    }

    /**
     * "The trial, SKYSCRAPER-01, was run by Genentech", "The study was conducted at X and Y": a study or trial that an
     * organisation ran or hosted; once a study is known ({@code studyKnown}), a part of it done elsewhere too.
     */
    static void runBy(Reading r, int si, boolean studyKnown, List<StudyPatterns.Researchers> found) {
        Sentence s = r.sentence(si);
        listedSites(r, si, found);
        int[] runnerAt = new int[1];
        Argument runner = relativeRunner(r, si, runnerAt);
        if (runner != null && runner.node().type() == EntityType.ORGANIZATION) {
            found.add(new StudyPatterns.Researchers(runner, runnerAt[0])); // "the trial, which the Y Trials Unit runs"
        }
        for (int k = 1; k < s.size() - 1; k++) {
            int verb = s.lower(k - 1).equals("out") ? k - 2 : k - 1; // "carried out by"
            verb = s.lower(k - 2).equals("in") && RUN_VERBS.contains(s.lower(k - 3)) ? k - 3 : verb; // "run in China by"
            int partnerVerb = partnerVerbBefore(s, k);
            verb = partnerVerb > 0 ? partnerVerb : verb;
            verb = s.lower(k).equals("at") && HERE.contains(s.lower(k - 1)) ? k - 2 : verb; // "was done here at X"
            boolean by = (s.lower(k).equals("by") || partnerVerb > 0) && RUN_VERBS.contains(s.lower(verb));
            boolean hostedAt = s.lower(k).equals("at") && HOSTED_VERBS.contains(s.lower(verb));
            // a slide's or a fact sheet's line drops its subject, the study: "Run by Vertex Pharmaceuticals at 94 sites."
            boolean opening = verb == 0;
            if (!by && !hostedAt
                    || !opening && !LeaderCues.subjectIsStudy(r, si, verb) && !partOfStudy(s, verb, studyKnown)) {
                continue;
            }
            int[] at = new int[2];
            // "run at two hospitals, X and Y": the count and its noun stand before the names
            int named = hostedAt && COUNTS.contains(s.lower(k + 1)) && s.lower(k + 3).equals(",") ? k + 3 : k;
            named = by ? Math.max(named, makerApposedAt(s, k)) : named; // "run by the drug's maker, Astellas"
            Argument org = r.rightOf(si, named, 3, ORGS, at);
            if (org == null && by && (org = CompanyReferences.at(r, si, named + 1)) != null) {
                at = new int[] {named + 1, named + 3}; // "a trial of 48 patients run by the company"
            }
            int partner = org == null ? LeaderCues.togetherWithAfter(s, k) : -1;
            org = partner > 0 ? r.rightOf(si, partner, 3, ORGS, at) : org; // "run by our group together with the X"
            if (org != null && !(opening && s.lower(at[1]).equals(","))) { // "Run by X, the programme ...": its own subject
                List<Argument> conjuncts = r.withFollowingConjuncts(si, org, at[1], ORGS);
                for (Argument each : conjuncts) {
                    found.add(new StudyPatterns.Researchers(each, k));
                }
                Mention first = r.startingAt(si, at[0]);
                // "at the Kimmel Cancer Center at Johns Hopkins", "at X and the Blizard Institute at Queen Mary ...": the
                // institutions the places named are part of did it too
                for (Mention part : first == null ? List.<Mention>of() : Workplaces.institutionChain(r, si, first)) {
                    Argument whole = r.argument(part, ORGS);
                    if (whole != null && conjuncts.stream().noneMatch(c -> c.node().equals(whole.node()))) {
                        found.add(new StudyPatterns.Researchers(whole, k));
                    }
                }
                int with = partner < 0 ? LeaderCues.togetherWithAfter(s, at[1] - 1) : -1;
                with = with < 0 && partner < 0 && s.lower(at[1]).equals("with") ? at[1] : with; // "at X with Y"
                with = with > 0 && funds(s, with) ? -1 : with; // "at X with support from Y": Y paid for it, no more
                Argument second = with > 0 ? r.rightOf(si, with, 3, ORGS, at) : null; // "run by X together with Y"
                if (second != null) {
                    found.add(new StudyPatterns.Researchers(second, k));
                }
            }
        }
    }
}
