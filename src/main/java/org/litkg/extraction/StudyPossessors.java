package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Whose study a possessive says it is: "her best-known work", "Raman's earlier paper", "her team's study". */
final class StudyPossessors {

    private StudyPossessors() {
    }

    /** A person's possessives ("her work"); "their" may stand for a team too. */
    static final Set<String> PERSON_POSSESSIVES = Set.of("his", "her");

    /**
     * Whether token k is a study's noun ("study", "paper", "manuscript"), no name's part; not in "accepted for
     * publication in J", where the manuscript before it is the study.
     */
    static boolean isStudyWord(Reading r, Sentence s, int k) {
        boolean forPublication = s.lower(k).equals("publication") && s.lower(k - 1).equals("for");
        return r.cues.is(Category.STUDY_NOUN, s.lower(k)) && r.endingAt(s.index(), k) == null && !forPublication;
    }

    /** "her team's trial of X with Y, published in J", "His trial was published in J": a person's trial is a study. */
    static boolean isPossessedTrial(Reading r, int si, int k) {
        return r.sentence(si).lower(k).equals("trial") && r.endingAt(si, k) == null && possessiveBefore(r, si, k) >= 0;
    }

    /** What a person's own findings are called before the claim: "her discovery that", "his study showing that". */
    private static final Set<String> FINDING_NOUNS = Set.of("discovery", "finding", "findings", "work", "research",
            "project", "thesis", "study", "paper", "abstract", "poster"); // a prize's "His abstract showed that"
    private static final Set<String> CLAIM_OPENERS = Set.of("that", "showing", "demonstrating", "revealing");

    /**
     * "in recognition of her discovery that regulatory T cells carry CCR8", a student's "My project found part of the
     * answer": the possessive's token, whose person led the work that found what follows; else -1.
     */
    static int ownFindingAt(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (int k = 0; k + 2 < s.size(); k++) {
            boolean owner = PERSON_POSSESSIVES.contains(s.lower(k)) || s.lower(k).equals("my");
            boolean claim = CLAIM_OPENERS.contains(s.lower(k + 2)) || isFound(s, k + 2);
            if (owner && FINDING_NOUNS.contains(s.lower(k + 1)) && claim) {
                return k;
            }
            // "Our work on CXCR3 is the part I am proudest of: we found that", from a member of a lab the text names
            if (s.lower(k).equals("our") && FINDING_NOUNS.contains(s.lower(k + 1))
                    && LabMembers.writersHead(r, si) != null && java.util.stream.IntStream.range(k + 2, s.size() - 1)
                        .anyMatch(j -> s.lower(j).equals("we") && isFound(s, j + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** Words of a time between a finding's verb and its "that": "showed last year that", "found in 2019 that". */
    private static final Set<String> TIMES = Set.of("last", "this", "in", "recently", "earlier", "previously");

    /** Whether "that" opens what the verb at k found, perhaps past a time: "showed that", "showed last year that". */
    static boolean claimAfter(Sentence s, int k) {
        return s.lower(k + 1).equals("that")
                || TIMES.contains(s.lower(k + 1)) && s.anyWordBetween(k + 1, k + 4, Set.of("that"));
    }

    /** A finding's verb in the past at k: "found", "showed" (not "find", nor "finding"). */
    private static boolean isFound(Sentence s, int k) {
        String w = s.lower(k);
        return LeaderCues.FINDING_VERBS.contains(s.token(k).lemma()) && !w.endsWith("ing")
                && !w.equals(s.token(k).lemma());
    }

    /** A writer's own possessives ("our new paper"), which stand for the writer a blog or a letter introduced. */
    static final Set<String> WRITER_POSSESSIVES = Set.of("our", "my");
    /** Words between a possessive and the work it owns: "her lab's new findings", "his group's latest paper". */
    static final Set<String> NEWNESS = Set.of("new", "latest", "recent", "newest", "published");

    /** Tags that end the study noun's phrase before a possessive could open it: a determiner, a preposition, an auxiliary. */
    private static final Set<String> PHRASE_BREAKS = Set.of("DET", "ADP", "AUX");

    /** How many tokens before its noun a possessive may be: "her best - known work". */
    private static final int POSSESSIVE_REACH = 5;
    /**
     * How many tokens before "trial" its owner's possessive may be: "our ongoing Phase 1 / 2 trial", "its phase 2b / 3
     * BEACON - IPF trial".
     */
    private static final int OWN_TRIAL_REACH = 9;

    /**
     * "his", "her" or a person's "'s" opening the study noun's phrase ("her best-known work", "Raman's earlier work"):
     * its token, else -1.
     */
    static int possessiveBefore(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        int addressed = Addressees.subjectBefore(r, si, noun); // "you claimed in a paper in J": the addressee's paper
        if (addressed >= 0 || DEMONSTRATIVES.contains(s.lower(noun - 1)) && writersBefore(r, si)) {
            return addressed >= 0 ? addressed : noun - 1; // "In our mouse model, ... This work was published in J"
        }
        for (int k = noun - 1; k >= Math.max(0, noun - POSSESSIVE_REACH); k--) {
            Mention owner = s.lower(k).equals("'s") || s.lower(k).equals("’s") ? r.endingAt(si, k - 1) : null;
            boolean addressees = s.lower(k).equals("your") && Addressees.of(r) != null;
            if (PERSON_POSSESSIVES.contains(s.lower(k)) || owner != null && owner.type() == EntityType.PERSON
                    || WRITER_POSSESSIVES.contains(s.lower(k)) || addressees) {
                return k; // "her paper", "our new paper", a letter's "your manuscript"
            }
            boolean teams = owner != null || r.cues.is(Category.RESEARCHER_NOUN, s.lower(k - 1)); // "her team's paper"
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-") && !(s.token(k).isPossessive() && teams)
                    || PHRASE_BREAKS.contains(s.token(k).pos())) {
                return -1; // "his name is on a paper": the possessive opens another phrase
            }
        }
        return -1;
    }

    /** Words that point back at the work the sentences before described: "This work", "These results". */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** How many sentences back "this work" may point at the writer's own: "In our model, ... . ... . This work". */
    private static final int DESCRIBED_REACH = 2;

    /** Nouns of the writer's own results after "our": "our data showed", "our experiments". */
    private static final Set<String> RESULT_NOUNS = Set.of("data", "results", "findings", "experiments");

    /**
     * Whether one of the few sentences before si, naming no person, speaks of the writer's own work: "In our mouse
     * model, ...", "Our data show"; not "Our immunology team, led by Dr. X, showed", nor "Our first speaker is X",
     * nor the work of a person named after it.
     */
    private static boolean writersBefore(Reading r, int si) {
        for (int k = si - 1; k >= Math.max(0, si - DESCRIBED_REACH); k--) {
            if (r.mentions(k).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
                return false;
            }
            Sentence before = r.sentence(k);
            for (int j = 0; j < before.size(); j++) {
                if (WRITER_POSSESSIVES.contains(before.lower(j))
                        && (before.lower(j - 1).equals("in") || RESULT_NOUNS.contains(before.lower(j + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the possessive at k is the writer's: "our new paper", or "This work" after the writer's own. */
    static boolean isWritersOwn(Sentence s, int k) {
        return WRITER_POSSESSIVES.contains(s.lower(k)) || DEMONSTRATIVES.contains(s.lower(k));
    }

    /**
     * Who led the work the possessive at k owns: a writer's "our paper" is the head's of the lab the writer said they
     * work in ("After six years in Dr. X's group"), else the writer's, as "my paper" and "this work" are; "her work"
     * is the person's the possessive stands for.
     */
    static Argument leaderOf(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!isWritersOwn(s, k)) {
            return r.possessor(si, k);
        }
        return s.lower(k).equals("our") ? teamOwner(r, si, k) : Narrator.writer(r, si, k);
    }

    /**
     * Whose team the possessive at k names: "my group showed" is the form's, the blog's or the letter's writer, where
     * the text names one, and "your group's study" the letter's addressee; "a study from her group" the titled
     * researcher, as with "which she leads" (not a fellow quoted since); "her team" otherwise the person named last.
     */
    static Argument teamOwner(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (s.lower(k).equals("my") || s.token(k).isPossessive() && Narrator.isFormRole(s.lower(k - 1))) {
            return Narrator.writer(r, si, k); // "my group", and a form's "the applicant's group": its "Applicant:"
        }
        if (s.lower(k).equals("your")) {
            return Addressees.at(r, si, k); // "Dear Dr. X, ... your group's 2025 study"
        }
        Argument head = s.lower(k).equals("our") ? LabMembers.writersHead(r, si) : null;
        if (head != null) { // "I am a PhD student in Professor X's lab ... our lab's work": the lab's head's
            return new Argument(head.node(), s.token(k).span(), s.token(k).text(), true);
        }
        if (s.lower(k).equals("our")) {
            return Narrator.writer(r, si, k); // a note signed "Dr. X and the BLOOM team": "our team showed" is X's
        }
        return s.lower(k - 1).equals("from") ? RelativeLeaders.titledPersonBefore(r, si, k) : r.possessor(si, k);
    }

    /** How many words of praise may stand between "your" and "PI": "your proud PI". */
    private static final int PRAISE_WORDS = 3;

    /** "your proud PI", "my PI": whose supervisor someone is, not a study's principal investigator. */
    static boolean supervisor(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 1 - PRAISE_WORDS); j--) {
            if (s.lower(j).equals("your") || s.lower(j).equals("my")) {
                return true;
            }
            if (!s.token(j).text().chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return false;
    }

    /** The nouns for a thesis, whose supervisors lead the work it reports. */
    private static final Set<String> THESES = Set.of("thesis", "dissertation");

    /**
     * "I thank my supervisor, Professor X at Y": in a thesis (a sentence of the text names one), the writer's
     * supervisor, named from token {@code start}, leads the work it reports, as a thesis's labelled "Supervisors:" do.
     */
    static boolean thesisSupervisor(Reading r, int si, int start) {
        Sentence s = r.sentence(si);
        int noun = s.lower(start - 1).equals(",") ? start - 2 : start - 1;
        String role = s.lower(noun);
        if (!(role.equals("supervisor") || role.equals("supervisors") || role.equals("co-supervisor"))
                || !(s.lower(noun - 1).equals("my") || s.lower(noun - 1).equals("our"))) {
            return false;
        }
        for (int i = 0; i < r.sentenceCount(); i++) {
            Sentence other = r.sentence(i);
            for (int k = 0; k < other.size(); k++) {
                if (THESES.contains(other.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far before the journal a participle of publishing may be: "published online this month in". */
    private static final int PUBLISHED_REACH = 6;

    /**
     * "Her team's answer, published this month in Cancer Cell, is ...": the noun before the comma that opens the
     * participle's aside, which names what the journal published, whatever the noun; else -1.
     */
    static int nounBeforePublished(Reading r, int si, int journal) {
        Sentence s = r.sentence(si);
        for (int k = journal - 1; k >= Math.max(2, journal - PUBLISHED_REACH); k--) {
            if (s.lower(k).equals(",")) {
                return -1;
            }
            if (r.cues.is(Category.PUBLISH_VERB, s.token(k).lemma()) && s.lower(k).endsWith("ed") && s.lower(k - 1).equals(",")) {
                return s.token(k - 2).isPunctuation() ? -1 : k - 2;
            }
        }
        return -1;
    }

    /** Verbs of running a trial, in a relative clause after the organisation that ran it. */
    private static final Set<String> RAN = Set.of("ran", "runs", "conducted", "conducts", "led", "leads");
    /** Possessives a company's own trial takes: "its phase 1 trial", "their trial". */
    private static final Set<String> ORG_POSSESSIVES = Set.of("its", "their");
    /** A company's own trial or study; "its research" or "its annual report" is no study of its own. */
    private static final Set<String> OWN_TRIALS = Set.of("trial", "study");
    /** What closes a bracketed definition of the company's name before its verb: '(the "Company") announced'. */
    private static final Set<String> CLOSINGS = Set.of(")", "\"", "”", "’", "'");
    /** How far before "its" the company may be named: "X (the \"Company\") is pleased to announce that ... in its". */
    private static final int OWNER_REACH = 16;

    /** The name in ", which X ran" right after the study noun at {@code noun}: who ran it; else null. */
    private static Mention runnerAfter(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        Mention runner = s.lower(noun + 1).equals(",") && Reading.RELATIVE_PRONOUNS.contains(s.lower(noun + 2))
                ? r.startingAt(si, noun + 3) : null;
        return runner != null && !runner.anaphoric() && RAN.contains(s.lower(runner.to())) ? runner : null;
    }

    /**
     * "the ALDER-2 trial, which Novartis ran with the Mayo Clinic": the partner an owner ran the trial just named with,
     * where an organisation follows "with"; else null ("which Verastem ran with investigators").
     */
    static Argument runningPartner(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        Mention runner = runnerAfter(r, si, noun);
        if (runner == null || !s.lower(runner.to() + 1).equals("with")) {
            return null;
        }
        int name = s.lower(runner.to() + 2).equals("the") ? runner.to() + 3 : runner.to() + 2;
        Mention partner = r.startingAt(si, name);
        return partner == null || partner.anaphoric() ? null : r.argument(partner, StudyPatterns.ORGS);
    }

    /**
     * "Tessaline announced results from its phase 1 trial", "Replimune's trial", "Qilu, which ran the trial": the
     * organisation whose own trial the noun at {@code noun} is (for "its", the nearest name before it, when that is an
     * organisation); else null.
     */
    static Argument owningOrganisation(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        if (RAN.contains(s.lower(noun - 2)) && Reading.RELATIVE_PRONOUNS.contains(s.lower(noun - 3))
                && s.lower(noun - 4).equals(",")) { // "Qilu Pharmaceutical, which ran the trial,"
            Mention runner = r.endingAt(si, noun - 5);
            return runner == null || runner.anaphoric() ? null : r.argument(runner, StudyPatterns.ORGS);
        }
        if (RAN.contains(s.lower(noun - 2)) && s.lower(noun - 1).equals("the")) {
            int end = noun - 3; // "Genmab, the sponsor, runs the trial": the name before the apposition
            Mention runner = s.lower(end).equals(",") ? r.subjectBeforeParenthetical(si, end) : r.endingAt(si, end);
            Argument org = runner == null || runner.anaphoric() ? null : r.argument(runner, StudyPatterns.ORGS);
            if (org != null) {
                return org;
            }
        }
        Mention runner = runnerAfter(r, si, noun);
        if (runner != null) {
            return r.argument(runner, StudyPatterns.ORGS); // "the RAMP 201 trial, which Verastem ran with investigators"
        }
        Argument ours = SpeakingOrganisation.runByUs(r, si, noun); // "VERIDIAN-2, which we run at nine sites"
        if (ours != null) {
            return ours;
        }
        boolean trial = OWN_TRIALS.contains(Lemmatizer.singular(s.lower(noun))); // not "the Company's annual report"
        for (int k = noun - 1; trial && k >= Math.max(0, noun - OWN_TRIAL_REACH); k--) { // "Our phase 2 trial, X,"
            if (k > 0 && s.token(k).isPossessive()) {
                Mention owner = r.endingAt(si, k - 1);
                return owner == null || owner.anaphoric() ? CompanyReferences.at(r, si, k - 2) // "the company's main trial"
                        : r.argument(owner, StudyPatterns.ORGS);
            }
            if (s.lower(k).equals("our")) { // "our ongoing Phase 1/2 trial" in a filing that defines its "we"
                Mention speaker = r.speakers.defined();
                return speaker == null ? null : r.argument(speaker, StudyPatterns.ORGS);
            }
            if (ORG_POSSESSIVES.contains(s.lower(k))) {
                int[] found = new int[2];
                Argument nearest = r.leftOf(si, k, OWNER_REACH, java.util.EnumSet.allOf(EntityType.class), found);
                Mention owner = nearest == null || nearest.reference() ? null : r.startingAt(si, found[0]);
                // the company is the clause's subject, a verb right after it (past the close of 'X (the "Company")'):
                // not "X, developed by Roche, ... its trial"
                int after = found[1];
                while (after < s.size() - 1 && CLOSINGS.contains(s.lower(after))) {
                    after++;
                }
                owner = owner != null && RelativeHeads.isVerbLike(s.token(after)) ? owner : null;
                owner = owner != null ? owner : openingCompany(r, si, k);
                return owner != null ? r.argument(owner, StudyPatterns.ORGS) : companySubject(r, si, k);
            }
            boolean betweenAdjectives = s.lower(k).equals(",") && s.lower(k - 1).endsWith("ed"); // "its randomized, placebo-"
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-") && !s.lower(k).equals("/") && !betweenAdjectives
                    || PHRASE_BREAKS.contains(s.token(k).pos()) && !Character.isDigit(s.lower(k).charAt(0))) {
                // but "its ongoing Phase 1/2 trial" goes on, and "its Phase 2b trial", whose "2b" the tagger calls ADP
                return null;
            }
        }
        return null;
    }

    /**
     * "The company also announced that it has completed enrollment in CHIME-2, its Phase 2 trial": "the company" opening
     * the sentence, no other party named before "its" at k, owns the trial; else null.
     */
    private static Argument companySubject(Reading r, int si, int k) {
        boolean otherParty = r.mentions(si).stream().anyMatch(m -> m.from() >= 2 && m.from() < k && !m.anaphoric()
                && isParty(m));
        return otherParty ? null : CompanyReferences.at(r, si, 0);
    }

    /** An organisation, an agency or a person: who may own a trial. */
    private static boolean isParty(Mention m) {
        return m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON || m.type() == EntityType.REGULATORY_AGENCY;
    }

    /** How many tokens a dateline may take before its dash: "SOUTH SAN FRANCISCO, Calif., Nov 24 (BioPharma Wire) -". */
    private static final int DATELINE_TOKENS = 16;
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** The token after a dateline's dash (no verb before it; the dash may open the sentence, "Mass. - X"), else 0. */
    private static int afterDateline(Sentence s) {
        for (int k = 0; k < Math.min(s.size(), DATELINE_TOKENS); k++) {
            if (s.token(k).pos().equals("VERB")) {
                return 0;
            }
            if (DASHES.contains(s.lower(k)) && !s.isJoiningHyphen(k)) {
                int after = k + 1; // a dash set apart, not the hyphen of "clinical-stage"; "--" is two tokens
                return after < s.size() && DASHES.contains(s.lower(after)) ? after + 1 : after;
            }
        }
        return 0;
    }

    /**
     * A release's opening company (after a dateline, if any), the only organisation or person named before "its" at k:
     * "Quellon Therapeutics plc (AIM: QLN), the clinical-stage company ..., announces results from SOLENT-2, its Phase 2b
     * trial"; else null.
     */
    private static Mention openingCompany(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int opening = afterDateline(s); // "BOSTON, Nov 24 (Wire) - X said": the dateline's wire is no party
        Mention first = r.mentions(si).stream().filter(m -> m.from() >= opening).findFirst().orElse(null);
        if (first == null || first.type() != EntityType.ORGANIZATION || first.anaphoric()
                || first.from() > (s.lower(opening).equals("the") ? opening + 1 : opening)) {
            return null;
        }
        for (Mention m : r.mentions(si)) {
            if (m != first && m.from() >= opening && m.from() < k && isParty(m)) {
                return null; // "Roche licensed X from Genmab, which runs its trial": whose "its" is unclear
            }
        }
        return first;
    }
}
