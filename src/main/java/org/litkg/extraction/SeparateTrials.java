package org.litkg.extraction;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In work published last year, the X group showed ... ARC-2 is led by Dr. Y and is being carried out at Z": a named
 * trial, or "a study", led by someone other than the leader of the study the text was reporting is a study of its own,
 * as a trial the text first introduces ("A phase II trial, X, is enrolling", "X, a phase I trial") after a published
 * study is, so the earlier study keeps its leader and its workplace apart from the new one's.
 */
final class SeparateTrials {

    /** How far after "led by" the leader's name may start: "led by her former student Dr. X". */
    private static final int TITLE_REACH = 6;

    private SeparateTrials() {
    }

    /**
     * Whether the sentence names a trial, then "led by" a person who is not the leader the study being reported
     * ({@code current}, perhaps null) already has among the statements read so far.
     */
    static boolean opensOwnStudy(Reading r, int si, Study current, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention trial = current == null ? null : r.mentions(si).stream()
                .filter(m -> m.type() == EntityType.CLINICAL_TRIAL).findFirst().orElse(null);
        int start = trial != null ? trial.to() : current == null ? s.size() : afterIndefiniteStudy(r, s);
        // "it goes into a small trial in western Kenya, led by X", after a study the text said was published: a new one
        boolean afterPublished = trial == null && start < s.size() && current.journal().isPresent();
        for (int k = start; k < s.size(); k++) {
            if (!LeaderCues.ledByAt(r, s, k)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.size(), k + 1 + TITLE_REACH); j++) {
                Mention m = r.startingAt(si, j);
                Argument person = m != null && m.type() == EntityType.PERSON ? r.argument(m, StudyPatterns.PEOPLE) : null;
                if (person != null) {
                    return ledByOther(current, person.node(), out) || afterPublished;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence says what another person's team found ("Prof. X at Y, whose team found that ...", "Her group
     * showed", "the X lab showed", "X et al. report") where the study being reported already has a leader who is not
     * that person: the team's own study.
     */
    static boolean othersTeamFinds(Reading r, int si, Study current, List<Statement> out) {
        int k = current == null ? -1 : LeaderCues.possessiveTeamLeads(r, si);
        Argument person = k < 0 || r.sentence(si).lower(k).equals("my") ? null : r.possessor(si, k);
        int[] surname = person == null && current != null ? SurnameTeams.at(r, si) : null; // "the X lab", "X et al."
        person = surname == null ? person : SurnameTeams.person(r, r.sentence(si).textOf(surname[0], surname[1]));
        return person != null && ledByOther(current, person.node(), out);
    }

    /** How far after "a trial" its "led by" may come: "in a trial at the Royal Marsden, led by". */
    private static final int LEADER_REACH = 8;

    /**
     * The token after "a study" or "another study", where the sentence has one shortly before its "led by": "First, a
     * study led by Dr. X at Y found", "tested in a (small) trial at the Royal Marsden, led by Dr. X"; the sentence's length
     * where it has none.
     */
    private static int afterIndefiniteStudy(Reading r, Sentence s) {
        for (int k = 1; k + 2 < s.size(); k++) {
            int a = k - 1;
            while (a > 0 && k - a <= STUDY_ADJECTIVES && s.token(a).pos().equals("ADJ")) {
                a--; // "a small trial in western Kenya, X, led by"
            }
            String article = s.lower(a);
            if ((article.equals("a") || article.equals("another")) && r.cues.isStudyOrTrial(s.lower(k))
                    && byWithin(s, k + 2, k + 2 + LEADER_REACH)) {
                return k + 1;
            }
        }
        return s.size();
    }

    /** How many adjectives may stand between the article and the study: "a small randomised trial". */
    private static final int STUDY_ADJECTIVES = 2;

    private static boolean byWithin(Sentence s, int from, int to) {
        for (int j = from; j < Math.min(to, s.size()); j++) {
            if (s.lower(j).equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** How far before a trial's name its indefinite article may stand: "A placebo-controlled phase II trial, X,". */
    private static final int ARTICLE_REACH = 8;

    /**
     * Whether the sentence introduces a named trial ("A placebo-controlled phase II trial, KESTREL-4, is enrolling"),
     * named here first and with an indefinite article, after a study the text said was published: a trial the text
     * only now introduces is no published study's, and where it enrols is not where the study was done.
     */
    static boolean introducesOwnTrial(Reading r, int si, Study current) {
        if (current == null) {
            return false;
        }
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            if (isTrialOfNewDrug(r, si, m)) {
                // "his team showed ... the paper in J. He was also proud of the trial of bertilimumab"; a tip
                // sheet's second item, "Dr. X is leading a trial of finerenone", after a study of another drug
                return true;
            }
            if (current.journal().isEmpty()) {
                continue;
            }
            if (m.type() != EntityType.CLINICAL_TRIAL || namedBefore(r, si, m)) {
                continue;
            }
            if (indefiniteAfter(r, s, m.to()) || calledAfterIndefinite(r, s, m.from())) {
                return true; // "She went on to lead PLEXUS-2, a phase I trial in which ...", "a trial called X"
            }
            if (hasWord(s, TO_COME) || animalWork(r, current)) {
                return true; // "The trial that follows from it, LANTERN-2, will be run at Y"; one after "a mouse study"
            }
            if (!s.lower(m.from() - 1).equals(",")) {
                continue;
            }
            boolean trialNoun = false;
            for (int k = m.from() - 2; k >= Math.max(0, m.from() - ARTICLE_REACH); k--) {
                trialNoun |= r.cues.isStudyOrTrial(s.lower(k));
                if (s.lower(k).equals("a") || s.lower(k).equals("an")) {
                    return trialNoun;
                }
                if (s.lower(k).equals("the") || s.lower(k).equals(",")) {
                    break;
                }
            }
        }
        return false;
    }

    /** How far before a trial's name "a trial called" may start: "a small randomised trial called X". */
    private static final int CALLED_REACH = 5;

    /** "a (small) trial called X", "a study named X": an indefinite trial noun that introduces the name at {@code from}. */
    private static boolean calledAfterIndefinite(Reading r, Sentence s, int from) {
        int naming = s.lower(from - 1).equals("as") && s.lower(from - 2).equals("known") ? from - 2 : from - 1;
        if (!r.cues.is(Category.NAMING_WORD, s.lower(naming)) && !s.lower(naming).equals("known")) {
            return false;
        }
        boolean trialNoun = false;
        for (int k = naming - 1; k >= Math.max(0, naming - CALLED_REACH); k--) {
            trialNoun |= r.cues.isStudyOrTrial(s.lower(k));
            if (s.lower(k).equals("a") || s.lower(k).equals("an")) {
                return trialNoun;
            }
        }
        return false;
    }

    /** Words that put a trial in time to come: "will be run at", "the proposed trial", "plans a trial". */
    private static final java.util.Set<String> TO_COME = java.util.Set.of("will", "would", "plan", "plans", "planned",
            "proposed", "proposes", "upcoming");

    /** Whether any word of the sentence is one of {@code words}. */
    private static boolean hasWord(Sentence s, java.util.Set<String> words) {
        return s.tokens().stream().anyMatch(t -> words.contains(t.lower()));
    }

    /** Words that make published work animal work: "a mouse study", "in mice". */
    private static final java.util.Set<String> ANIMAL_WORDS = java.util.Set.of("mouse", "mice", "rat", "rats", "animal",
            "animals", "preclinical");

    /**
     * Whether the sentence that said where the study was published called it animal work ("A mouse study from her
     * group, published in J, found ..."): a clinical trial named after it is another study.
     */
    private static boolean animalWork(Reading r, Study current) {
        int si = current.publicationSentence();
        return si >= 0 && hasWord(r.sentence(si), ANIMAL_WORDS);
    }

    /** ", a phase I trial" right after a trial's name at {@code end}: an indefinite trial noun in apposition. */
    private static boolean indefiniteAfter(Reading r, Sentence s, int end) {
        if (!s.lower(end).equals(",") || !s.lower(end + 1).equals("a") && !s.lower(end + 1).equals("an")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + ARTICLE_REACH); k++) {
            if (r.cues.isStudyOrTrial(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trial a mention names was named in an earlier sentence. */
    private static boolean namedBefore(Reading r, int si, Mention trial) {
        Argument named = r.argument(trial, TRIALS);
        return named != null && NamedMentions.anyBefore(r, si, named.node(), TRIALS, (sj, m) -> true);
    }

    private static final java.util.Set<EntityType> TRIALS = java.util.EnumSet.of(EntityType.CLINICAL_TRIAL);
    private static final java.util.Set<EntityType> DRUGS = java.util.EnumSet.of(EntityType.DRUG);

    /** "the trial of bertilimumab", a drug the text names here first: a trial of its own, not the study before. */
    private static boolean isTrialOfNewDrug(Reading r, int si, Mention m) {
        Sentence s = r.sentence(si);
        Argument drug = m.type() == EntityType.DRUG && s.lower(m.from() - 1).equals("of")
                && s.lower(m.from() - 2).startsWith("trial") ? r.argument(m, DRUGS) : null;
        return drug != null && !NamedMentions.anyBefore(r, si, drug.node(), DRUGS, (sj, x) -> true);
    }

    private static boolean ledByOther(Study current, Node person, List<Statement> out) {
        return out.stream().anyMatch(s -> s.relation() == RelationType.LED_BY && !s.evidence().negated()
                && s.subject() instanceof Node.StudyNode n && n.study() == current && !s.object().equals(person));
    }
}
