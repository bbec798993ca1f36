package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/** The words and shapes that say a person leads a study: "led by X", "the senior author, X", "X's group showed". */
final class LeaderCues {

    /** Words that, with a study noun after them, make the person before them its leader: "X, who led the trial". */
    static final Set<String> LEAD_WORDS = Set.of("leading", "led", "leads", "heads", "headed", "directs", "directed",
            "co-led", "co-leads", "co-leading");

    private LeaderCues() {
    }

    /** "the trial, which Professor Fox led": a study noun, "which" or "that", the person, then a leading verb. */
    static boolean ledStudyBefore(Reading r, int si, int personStart, int personEnd) {
        Sentence s = r.sentence(si);
        int which = personStart - 1;
        int noun = s.lower(which - 1).equals(",") ? which - 2 : which - 1;
        return (s.lower(which).equals("which") || s.lower(which).equals("that")) && isStudyAt(r, si, noun)
                && r.cues.is(Category.LEADING_VERB, s.lower(personEnd));
    }

    /**
     * "led by Dr. Giulia Ferraresi of the University of Milan and Dr. Anders Plaatje of Leiden": the person after the
     * "and" at k is joined to one the work was led by, with only that person's workplace between.
     */
    static boolean joinedLeader(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int end = k - 1;
        Mention place = s.lower(k).equals("and") ? r.endingAt(si, end) : null;
        if (place != null && place.type() == EntityType.ORGANIZATION) {
            end = place.from() - (s.lower(place.from() - 1).equals("the") ? 2 : 1);
            end = Workplaces.PLACE_LINKS.contains(s.lower(end)) ? end - 1 : -1;
        }
        Mention first = s.lower(k).equals("and") && end > 0 ? r.endingAt(si, end) : null;
        if (first == null || first.type() != EntityType.PERSON) {
            return false;
        }
        return ledByAt(r, s, beforeTitles(r, s, first.from()));
    }

    /** "led by" ("headed by", "led locally by") ending at token k: "by", a leading verb before it, but no credit. */
    static boolean ledByAt(Reading r, Sentence s, int k) {
        int v = VerbForms.isAdverb(s.lower(k - 1)) ? k - 2 : k - 1; // "led locally by", "led jointly by"
        boolean credit = v == 0 && s.lower(0).equals("directed"); // a film's or a video's "Directed by X, Y."
        return s.lower(k).equals("by") && r.cues.is(Category.LEADING_VERB, s.lower(v)) && !credit && !ledPart(s, v);
    }

    /** Parts of a proposal's plan, whose leaders lead no reported study: "Work package 2 is led by Dr X". */
    private static final Set<String> PLAN_PARTS = Set.of("package", "packages", "workstream", "workstreams", "wp");

    /** Whether the participle at v says who leads a part of a plan: "Work package 2 is led by", "WP3, led by". */
    private static boolean ledPart(Sentence s, int v) {
        int k = v - 1;
        k = s.lower(k).equals(",") || Copulas.COPULAS.contains(s.lower(k)) ? k - 1 : k;
        k = s.lower(k).matches("\\d{1,2}[a-z]?") ? k - 1 : k; // "Work package 2"
        return k >= 0 && (PLAN_PARTS.contains(s.lower(k)) || s.lower(k).matches("wp\\d{1,2}"));
    }

    /** How many role and title words may stand between "by" and a name: "led by consultant neurologist Dr X". */
    private static final int MAX_TITLE_WORDS = 3;

    /** The token before a person's name at {@code nameStart} and the role or titles before it: "led by oncologist Dr. X". */
    static int beforeTitles(Reading r, Sentence s, int nameStart) {
        int k = nameStart - 1;
        int stops = 0;
        while (k > 0 && k >= nameStart - MAX_TITLE_WORDS - stops) {
            if (r.cues.isRoleOrTitle(s.token(k).text())
                    || k < nameStart - 1 && ROLE_MODIFIERS.contains(s.lower(k))) { // "graduate student X"
                k--;
            } else if (s.lower(k).equals(".") && k > 1 && r.cues.isRoleOrTitle(s.token(k - 1).text())) {
                k -= 2; // "led by Prof. Kenji Sato", where the tokenizer cut the title's stop off
                stops++;
            } else {
                break;
            }
        }
        if (s.lower(k).equals("colleague") && OWNERS.contains(s.lower(k - 1))) {
            k -= 2; // "led by my colleague Dr. X"
        } else if (k < nameStart - 1 && OWNERS.contains(s.lower(k))) {
            k--; // "led by my graduate student X", "led by her postdoc X"
        }
        return k;
    }

    /** Words that make a role of the role noun after them: "graduate student", "doctoral student", "lab manager". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("graduate", "doctoral", "postdoctoral", "phd", "former",
            "senior", "junior", "lab", "laboratory", "scientific", "operating", "financial", "medical"); // "our lab manager, X"

    static final Set<String> OWNERS = Set.of("my", "our", "his", "her", "their");

    private static final Set<String> TEAM_LEAD_VERBS = Set.of("led", "leads", "ran", "runs", "conducted", "carried");
    private static final Set<String> PAST_WORK = Set.of("studied", "used"); // "X's group at Y used this machine"

    /** "Her team led a study of X", "his group ran the trial", "her group's work": the leader's possessive, or -1. */
    static int possessiveTeamLeads(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (int k = 0; k + 3 < s.size(); k++) {
            // "her own team at the University of Bergen found", "His Edinburgh team recently reported"
            int o = s.lower(k + 1).equals("own") || s.token(k + 1).isCapitalised() ? 1 : 0;
            // the team noun first: the owners' checks below look through the text, and most words own no team
            if (!r.cues.is(Category.RESEARCHER_NOUN, Lemmatizer.singular(s.lower(k + 1 + o)))
                    || !StudyPossessors.PERSON_POSSESSIVES.contains(s.lower(k)) && !s.lower(k).equals("my")
                    && !(s.lower(k).equals("whose") && RelativeLeaders.personBeforeWhose(r, si, k))
                    && !(s.lower(k).equals("your") && Addressees.of(r) != null) // a letter's "your group's study"
                    && !(s.lower(k).equals("our") && LabMembers.ourHeadSaid(r, si)) // a student's "our lab"
                    && !(s.token(k).isPossessive() && Narrator.isFormRole(s.lower(k - 1)))) { // "The applicant's group"
                continue;
            }
            if (s.lower(k - 1).equals("from") && isStudyAt(r, si, k - 2)) {
                return k; // "A mouse study from her group at Y, published in J, found that X slowed the tumours"
            }
            // "her lab's new findings", "your group's 2025 study"
            String w = s.lower(k + 3 + o);
            int noun = k + 3 + o + (StudyPossessors.NEWNESS.contains(w) || PublicationContext.isYear(w) ? 1 : 0);
            if (s.token(k + 2 + o).isPossessive() && r.cues.is(Category.STUDY_NOUN, s.lower(noun))) {
                return k; // "opened with her group's work on systemic sclerosis": the group's work is hers
            }
            // "My laboratory at X showed", "my group, working with colleagues at Y, tested"
            int verb = Parentheticals.pastParticipleAside(s, Workplaces.afterWorkplace(r, si, k + 2 + o));
            verb = VerbForms.HAVE.contains(s.lower(verb)) ? verb + 1 : verb; // "Her group had just shown that"
            verb += s.lower(k - 1).equals("in") && s.lower(verb).equals("we") ? 1 : 0; // "In her lab we showed that"
            verb = TIME_ADVERBS.contains(s.lower(verb)) ? verb + 1 : verb; // "Her group recently showed that"
            boolean wentOn = s.lower(verb).equals("went") && s.lower(verb + 1).equals("on")
                    && s.lower(verb + 2).equals("to");
            verb = wentOn ? verb + 3 : verb; // "Her group went on to show, in a 1998 paper in J, that"
            boolean published = verb < s.size() && publishedInJournal(r, si, verb);
            if (s.lower(k).equals("whose") && !StudyPossessors.claimAfter(s, verb) && !published) {
                continue; // "whose team found that X": a finding; "whose laboratory discovered the cells": a credit
            }
            boolean testing = (s.lower(verb).equals("is") || s.lower(verb).equals("are"))
                    && TESTING.contains(s.lower(verb + 1)); // "the drug, which her team is testing together with Y"
            if (verb < s.size() && (TEAM_LEAD_VERBS.contains(s.lower(verb)) && LeadObjects.studyNounAfter(r, si, verb)
                    || FINDING_VERBS.contains(s.token(verb).lemma()) && !s.lower(verb).endsWith("ing") || published
                    || PAST_WORK.contains(s.lower(verb)) || testing || StudyFronts.opensWith(r, si, k))) {
                // "her team led a study", "my group showed", "her group studied X" (not "her lab studies X")
                return k;
            }
        }
        return -1;
    }

    /** A team's study under way: "her team is testing", "is trialling" (not "is studying", the team's field). */
    private static final Set<String> TESTING = Set.of("testing", "trialling", "trialing");

    private static final Set<String> TIME_ADVERBS = Set.of("recently", "previously", "also", "first", "now", "later",
            "then", "earlier", "already", "just");

    /** How far after "published" its journal may be named: "published the organoid work in Cell Stem Cell". */
    private static final int JOURNAL_REACH = 8;

    private static final Set<EntityType> JOURNALS = java.util.EnumSet.of(EntityType.JOURNAL);

    /** "whose group published the organoid work in J": the verb at k publishes, and a journal follows within reach. */
    private static boolean publishedInJournal(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        // "whose team showed in Nature Immunology that": a finding shown in a journal was published there
        boolean shownIn = FINDING_VERBS.contains(s.token(k).lemma()) && s.lower(k + 1).equals("in");
        return (r.cues.is(Category.PUBLISH_VERB, s.token(k).lemma()) || shownIn)
                && r.rightOf(si, k, JOURNAL_REACH, JOURNALS, new int[2]) != null;
    }

    /** Whether a study noun or a named trial comes before the verb at {@code verb}, in its clause. */
    static boolean subjectIsStudy(Reading r, int si, int verb) {
        Sentence s = r.sentence(si);
        for (int k = verb - 1; k >= 0; k--) {
            if (s.lower(k).equals(";") && !s.lower(k + 1).equals("it")) {
                break; // but "the trial, X, compares A with B; it is run by Y": "it" is the clause before's study
            }
            if (isStudyAt(r, si, k) || k == 0 && s.lower(k).equals("it") && previousOpensWithStudy(r, si)) {
                return true; // "The new trial, called X, will ... It is being run by Y"
            }
        }
        return false;
    }

    /** How many tokens into a sentence its subject's study noun may come: "The new phase 2 trial". */
    private static final int OPENING_STUDY_TOKENS = 4;

    /**
     * Whether the sentence before si opens with a study noun or a named trial as its subject, or names a trial anywhere
     * ("we began a trial called X, which I lead. It is being run at Y"): what "it" is run as.
     */
    private static boolean previousOpensWithStudy(Reading r, int si) {
        if (si == 0) {
            return false;
        }
        for (int k = 0; k < Math.min(r.sentence(si - 1).size(), OPENING_STUDY_TOKENS); k++) {
            if (isStudyAt(r, si - 1, k)) {
                return true;
            }
        }
        return r.mentions(si - 1).stream().anyMatch(m -> m.type() == EntityType.CLINICAL_TRIAL);
    }

    /** A study noun ("study", "trial", "paper") or a named trial ends at token k. */
    static boolean isStudyAt(Reading r, int si, int k) {
        Mention m = r.endingAt(si, k);
        return r.cues.isStudyOrTrial(Lemmatizer.singular(r.sentence(si).lower(k)))
                || m != null && m.type() == EntityType.CLINICAL_TRIAL;
    }

    /**
     * Whether a study's noun or a named trial stands before token k: "The trial ... is run at X, with a second site at
     * Y", "The trial is called X, and Dr. Y leads it".
     */
    static boolean studyNamedBefore(Reading r, int si, int k) {
        return java.util.stream.IntStream.range(0, k).anyMatch(j -> isStudyAt(r, si, j));
    }

    /** Words before "with" that add a second leader to a "led by" phrase: "together with", "along with". */
    private static final Set<String> ADDING_WORDS = Set.of("together", "along");

    /**
     * "led by Dr. X of Y, together with Dr. Z", "led by Rao-Kellerman with Professor Achterberg": "with" at k adds a
     * person to the leaders named after "led by"; a bare "with" only right after the first leader's name.
     */
    static boolean coLeader(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("with")) {
            return false;
        }
        if (sharedLead(r, si, k - 1) || RelativeLeaders.relativeLeadAt(r, si, k - 1)) {
            return true; // "X, who led the study with Dr. Y of Z"; "the trial, which I lead with Dr. Y of Z"
        }
        if (!ADDING_WORDS.contains(s.lower(k - 1))) {
            Mention first = r.endingAt(si, k - 1);
            return first != null && first.type() == EntityType.PERSON && ledByAt(r, s, beforeTitles(r, s, first.from()));
        }
        for (int j = k - 2; j > 0; j--) {
            if (ledByAt(r, s, j)) {
                return true;
            }
        }
        return false;
    }

    /** How many lower-case words a post may take between a copula and the person: "is graduate student X". */
    private static final int COPULAR_POST_WORDS = 2;

    /**
     * "The first author is graduate student Tobias Renner-Achebe": the start of a person's post in lower case, a role noun
     * last, right after a copula, which then links the person to the role before it; else {@code start}.
     */
    static int afterCopularPost(Reading r, Sentence s, int start) {
        if (start < 2 || !r.cues.isRoleNoun(s.lower(start - 1)) || !s.token(start - 1).text().equals(s.lower(start - 1))) {
            return start;
        }
        for (int j = start - 1; j >= Math.max(1, start - COPULAR_POST_WORDS); j--) {
            if (Copulas.COPULAS.contains(s.lower(j - 1))) {
                return j;
            }
            if (!s.token(j).text().equals(s.lower(j))) {
                return start;
            }
        }
        return start;
    }

    /** "led the study" ending at the study noun at k: a leading verb a few words before it. */
    private static boolean sharedLead(Reading r, int si, int k) {
        if (!isStudyAt(r, si, k)) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - LeadObjects.LED_REACH); j--) {
            if (LEAD_WORDS.contains(r.sentence(si).lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** How far after "by" a "together with" may stand: "run by our own group together with". */
    private static final int PARTNER_REACH = 5;

    /** The "with" of "together with" or "along with" a few words after "by" at k: a second party; -1 if none. */
    static int togetherWithAfter(Sentence s, int k) {
        for (int j = k + 2; j < Math.min(s.size() - 1, k + PARTNER_REACH); j++) {
            if (s.lower(j).equals("with") && ADDING_WORDS.contains(s.lower(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /** Verbs by which a researcher's group reports a finding, or does the work that leads to one ("tested"). */
    static final Set<String> FINDING_VERBS = Set.of("show", "find", "report", "discover", "identify", "demonstrate",
            "test", "compare", "examine", "measure", "observe", "film", "image", "track"); // "X's team tested Y"
    /** How far after the group noun its verb may be: "X's group, studying families from Tunisia, showed". */
    private static final int GROUP_VERB_REACH = 10;

    /**
     * "X's group showed", "X's team, working with mice, found": the person's possessive at k opens a group (a researcher
     * noun of the cues) that reports.
     */
    static boolean groupReports(Reading r, Sentence s, int k) {
        int own = s.lower(k + 1).equals("own") ? 1 : 0; // "X's own group at Y showed"
        if (k >= s.size() || !s.token(k).isPossessive()
                || !r.cues.is(Category.RESEARCHER_NOUN, Lemmatizer.singular(s.lower(k + 1 + own)))) {
            return false;
        }
        for (int v = k + 2 + own; v < Math.min(s.size(), k + 2 + own + GROUP_VERB_REACH); v++) {
            boolean found = FINDING_VERBS.contains(s.token(v).lemma()) && !s.lower(v).endsWith("ing")
                    && !PlannedTrials.FUTURE_MODALS.contains(s.lower(v - 1)); // not "X's team will test whether"
            if (found || PAST_WORK.contains(s.lower(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dr X (Newcastle University) showed that CCR2 on monocytes drives liver scarring (Gut, 2025)", "Dr X of Y found
     * that ...": a named person whose own finding the sentence cites with its journal leads the study; a finding with
     * no journal ("Dr X showed reporters that") names no study of theirs.
     */
    static boolean reportsCitedFinding(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int placed = Workplaces.afterWorkplace(r, si, person);
        int k = s.lower(placed).equals("(") ? Parentheticals.after(s, placed) : placed;
        return foundThatAt(s, k)
                && r.mentions(si).stream().anyMatch(m -> m.type() == EntityType.JOURNAL && m.from() > k);
    }

    /** Whether a finding's verb in the past stands at k before its "that": "showed that", "found that". */
    static boolean foundThatAt(Sentence s, int k) {
        return k < s.size() && FINDING_VERBS.contains(s.token(k).lemma()) && !s.lower(k).endsWith("ing")
                && !s.lower(k).endsWith("s") && s.lower(k + 1).equals("that");
    }

    /**
     * The role noun before the study it is of: "The principal investigator of VERIDIAN-1 is Dr. X", "the chief
     * investigator for the trial is X"; else k, the word before the copula.
     */
    static int roleBeforeStudy(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention named = r.endingAt(si, k);
        int start = named != null && (named.type() == EntityType.CLINICAL_TRIAL || named.type() == EntityType.STUDY)
                ? named.from() : r.cues.is(Category.STUDY_NOUN, s.lower(k)) ? k : -1;
        if (start > 0 && (s.lower(start - 1).equals("the") || s.lower(start - 1).equals("this"))) {
            start--;
        }
        return start > 1 && (s.lower(start - 1).equals("of") || s.lower(start - 1).equals("for"))
                && isLeaderNoun(s, start - 2) ? start - 2 : k;
    }

    private static final Set<String> LAB_NOUNS = Set.of("lab", "laboratory", "group", "team");
    private static final Set<String> LEAD_NOUNS = Set.of("researcher", "scientist", "doctor", "clinician");

    /** "leader", "senior author", "lead author"/"doctor", "presenting author", "PI", "CI:", "co-lead" at token k. */
    static boolean isLeaderNoun(Sentence s, int k) {
        String noun = Lemmatizer.singular(s.lower(k));
        String before = s.lower(k - 1);
        if (noun.equals("leader") && (s.token(k).isCapitalised() || s.lineBreakBefore(k - 1)) && k > 0
                && s.token(k - 1).isCapitalised() && !before.equals("study") && !before.equals("trial")) {
            // "Clinical Team Leader, Division of X", "Global Clinical Leader, Bayer AG", a badge's "Group leader, Y"
            // under the name: a post's title, not the study's leader ("the team leader"); "the Study Leader" is its
            return false;
        }
        boolean studyLead = noun.equals("lead") && (before.equals("study") || before.equals("trial")); // "(study lead)"
        // "the lab's head, Dr. X": the head of the lab whose work the text reports
        boolean labHead = noun.equals("head") && (before.equals("'s") || before.equals("’s"))
                && LAB_NOUNS.contains(s.lower(k - 2));
        return noun.equals("leader") || noun.equals("co-lead") || noun.equals("co-leader") || studyLead || labHead
                // (but a profile's "PI at University of Manchester" is a post: the head of a lab there)
                || k >= 0 && s.token(k).text().equals("PI") && !StudyPossessors.supervisor(s, k)
                && !s.lower(k + 1).equals("at")
                // a chief investigator's field, "CI: Prof. X", not a confidence interval's "95% CI"
                || k >= 0 && s.token(k).text().equals("CI") && s.lower(k + 1).equals(":")
                || (noun.equals("author") || noun.equals("investigator")) && (before.equals("senior") || before.equals("lead")
                || before.equals("principal"))
                // "Lead researcher Dr X", "Lead doctor: Dr. X" ("a senior researcher" is a post, not the study's lead)
                || LEAD_NOUNS.contains(noun) && before.equals("lead")
                // a UK or trial-unit title: "the chief investigator", "the co-chief investigator"
                || noun.equals("investigator") && (before.equals("chief") || before.equals("co-chief")
                || before.equals("coordinating")) // a study report's "Coordinating Investigator" (ICH E3)
                || noun.equals("author") && (before.equals("first") || before.equals("corresponding")
                || before.equals("presenting")); // a conference abstract's presenting author
    }

    /** How far a field's label may run past its role noun: "Principal investigator at this site:". */
    private static final int LABEL_PLACE_WORDS = 4;

    /** The role noun of a field's label that names a place after it ("at this site", "for Germany"); else k. */
    static int labelRole(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(1, k - LABEL_PLACE_WORDS); j--) {
            if ((s.lower(j).equals("at") || s.lower(j).equals("for")) && isLeaderNoun(s, j - 1)) {
                return j - 1;
            }
        }
        return k;
    }
}
