package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Where a verb's agent is when it is not the nearest name before the verb or right after "by": past what links a
 * verb to its clause ("and", an aside, a series of verbs; {@link SharedSubjects} finds a second verb's), a "by"
 * after a phrase of amount ("released in large amounts by", "held in the bone marrow by"), the agents of a
 * coordinated "by" ("by the FDA and later by the EMA"), and drugs listed after the object ("drugs that inhibit FAP,
 * such as talabostat").
 */
final class AgentSearch {

    private AgentSearch() {
    }

    /**
     * The subject of the verb at t where none stands right before it, past what links the verb to its clause: "and" (a
     * second verb), an aside between commas, a series of verbs, a fronted "By V-ing", a maker's phrase before a relative
     * clause; null if none. The found name's tokens go into {@code left}.
     */
    static Argument subjectPastClauseLink(Reading r, int si, int t, Set<EntityType> agentTypes, int[] left) {
        Sentence s = r.sentence(si);
        int firstClause = SharedSubjects.firstRelativeBefore(s, t);
        if (firstClause > 0) {
            // "CCL22, a chemokine that TAMs release and that binds CCR4": the second clause has the first one's antecedent
            return r.leftOf(si, firstClause, VerbPatterns.LEFT_WINDOW, agentTypes, left);
        }
        if (s.lower(t - 1).equals("and")) {
            // "Motixafortide blocks CXCR4 and releases the stem cells": a second verb shares the first one's subject
            return r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, agentTypes, left, false);
        }
        if (s.lower(t - 1).equals(",")) {
            // "An antibody called CAP-100, developed by Catapult Therapeutics, inhibits CCR7"
            Mention before = r.subjectBeforeParenthetical(si, t - 1);
            before = before != null ? before : headOfParticipleBefore(r, si, Parentheticals.asideOpening(s, t - 1));
            Argument agent = before == null ? null : r.argument(before, agentTypes);
            if (agent != null) {
                left[0] = before.from();
                left[1] = before.to();
                return agent;
            }
            // "It attaches to the estrogen receptor, blocks it and causes the cell to break it down": a verb in a series
            return verbSeriesGoesOn(s, t) ? r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, agentTypes, left, false) : null;
        }
        if (t == 1 && s.lower(0).equals("by") && s.lower(t).endsWith("ing")) {
            // "By occupying FcRn, efgartigimod lets ...": the gerund's subject is the main clause's
            return FrontedPhraseSubjects.subjectAfterFrontedClause(r, si, t + 1, agentTypes, left);
        }
        Mention maker = Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) ? r.endingAt(si, t - 2) : null;
        Mention made = maker == null ? null : SubjectSearch.madeBefore(r, si, maker);
        Argument agent = made == null ? null : r.argument(made, agentTypes);
        if (agent != null) {
            // "CM-101, an antibody made by Chemomab Therapeutics that neutralizes CCL24": the clause is the antibody's
            left[0] = made.from();
            left[1] = made.to();
        }
        return agent;
    }

    /**
     * "The chemokine binds CXCR6, which natural killer cells carry, and keeps them stuck": after a relative clause or an
     * apposition on the first verb's object, ", and V" shares that verb's subject, not a name inside the clause; null
     * where the verb at t follows no such clause.
     */
    static Argument subjectPastClosedRelative(Reading r, int si, int t, Set<EntityType> agentTypes, int[] left) {
        Sentence s = r.sentence(si);
        Mention object = s.lower(t - 1).equals("and") ? objectBeforeClosedRelative(r, si, t - 2) : null;
        return object == null ? null : r.leftOf(si, object.from() - 1, VerbPatterns.LEFT_WINDOW, agentTypes, left, false);
    }

    /** How long a relative clause between a verb's object and ", and" may be. */
    private static final int CLOSED_RELATIVE_REACH = 14;

    /**
     * The name before a ", which" clause that the comma at {@code comma} closes, where a word that is no name or
     * punctuation (its verb) comes right before the name: "binds CXCR6, which natural killer cells carry on their
     * surface,"; else null.
     */
    private static Mention objectBeforeClosedRelative(Reading r, int si, int comma) {
        Sentence s = r.sentence(si);
        if (!s.lower(comma).equals(",")) {
            return null;
        }
        for (int k = comma - 1; k > 2 && comma - k <= CLOSED_RELATIVE_REACH; k--) {
            // "binds CXCR6, a receptor on natural killer cells, and keeps them": an apposition closes as the clause does
            boolean apposition = Reading.ARTICLES.contains(s.lower(k)) && r.endingAt(si, k - 2) != null;
            if ((s.lower(k).equals("which") || apposition) && s.lower(k - 1).equals(",")) {
                Mention object = r.endingAt(si, k - 2);
                Mention apposed = object == null || !s.lower(object.from() - 1).equals(",") ? null
                        : r.endingAt(si, object.from() - 2); // "binds its receptor, CXCR6, which"
                object = apposed != null ? apposed : object;
                boolean afterVerb = object != null && object.from() > 0 && !s.token(object.from() - 1).isPunctuation()
                        && r.endingAt(si, object.from() - 1) == null;
                return afterVerb ? object : null;
            }
            if (s.token(k).isPunctuation()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Red blood cells infected with Plasmodium falciparum, the parasite that causes malaria, release CXCL10": where the
     * name found before the verb at t sits in an apposition with its own relative clause (", the N that ...,") that
     * closes just before the verb, the subject is the name before the apposition, or the head of a participle's phrase
     * there; the name found is kept where the sentence has no such shape, and null is returned where nothing before can
     * fill it.
     */
    static Argument subjectBeforeApposedRelative(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes,
                                                 int[] left) {
        Sentence s = r.sentence(si);
        int open = s.lower(t - 1).equals(",") ? Parentheticals.asideOpening(s, t - 1) : -1;
        if (open < 0 || open >= left[0] || !SubjectSearch.DETERMINERS.contains(s.lower(open + 1))) {
            return agent;
        }
        int pronoun = open + 2;
        while (pronoun < left[0] && pronoun <= open + 4 && !Reading.RELATIVE_PRONOUNS.contains(s.lower(pronoun))
                && r.endingAt(si, pronoun) == null) {
            pronoun++;
        }
        if (pronoun == open + 2 || pronoun >= left[0] || !Reading.RELATIVE_PRONOUNS.contains(s.lower(pronoun))) {
            return agent;
        }
        Mention head = r.endingAt(si, Parentheticals.before(s, open - 1));
        head = head != null ? head : headOfParticipleBefore(r, si, open);
        Argument a = head == null || head.anaphoric() ? null : r.argument(head, agentTypes);
        if (a != null) {
            left[0] = head.from();
            left[1] = head.to();
        }
        return a;
    }

    /** How many words a participle's phrase may run between its head and the aside's opening comma. */
    private static final int PARTICIPLE_REACH = 5;

    /**
     * "Red blood cells infected with Plasmodium falciparum, ...": the name a past participle and its preposition follow
     * before the comma at {@code open}, as long as no other name or punctuation stands between; else null.
     */
    private static Mention headOfParticipleBefore(Reading r, int si, int open) {
        Sentence s = r.sentence(si);
        for (int k = open - 1; k > 1 && open - k <= PARTICIPLE_REACH; k--) {
            if (s.token(k).isPunctuation() || r.endingAt(si, k) != null) {
                return null;
            }
            if (s.lower(k).endsWith("ed") && s.token(k + 1).pos().equals("ADP") && r.endingAt(si, k - 1) != null) {
                return r.endingAt(si, k - 1);
            }
        }
        return null;
    }

    /** How far after a verb a series of verbs may go on with "and" and its last verb. */
    private static final int SERIES_REACH = 6;

    /** "..., blocks it and causes ...": "and" and a verb follow the verb at t closely, as in a series of verbs. */
    private static boolean verbSeriesGoesOn(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.size() - 1, t + SERIES_REACH); k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(".")) {
                return false;
            }
            if (s.lower(k).equals("and")) {
                return s.token(k + 1).pos().equals("VERB");
            }
        }
        return false;
    }

    /**
     * Auxiliaries, negations and adverbs that stand between a subject, a conjunction or a relative pronoun and its
     * verb: "and does not bind", "and may also block", "X, an antibody, still binds", "that can no longer bind".
     */
    static final Set<String> VERB_COMPANIONS = Set.of("does", "do", "did", "not", "n't", "also", "may", "might",
            "can", "could", "cannot", "will", "would", "then", "still", "only", "no", "longer", "thus", "therefore");

    /** Words before "with" that make the name after it a partner: "together with", "in combination with". */
    /** Verbs that make someone else do something: "prompts the liver to produce", "allows T cells to release". */
    private static final Set<String> CAUSATIVES = Set.of("prompt", "cause", "induce", "stimulate", "drive", "trigger",
            "force", "instruct", "tell", "allow", "enable", "help", "encourage", "push", "lead");

    /**
     * "IL-6 is released by macrophages, and it prompts the liver to produce C-reactive protein": the doer of a "to"
     * verb after a causative verb is the causative's object; a name found before the causative verb is not it.
     */
    static boolean causerNotDoer(Reading r, int si, int t, int[] left) {
        Sentence s = r.sentence(si);
        if (!s.lower(t - 1).equals("to")) {
            return false;
        }
        for (int k = t - 2; k >= Math.max(left[1], t - 6); k--) {
            if (CAUSATIVES.contains(s.token(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PHRASE_OPENERS = Set.of("in", "within", "at", "on"); // "approved on Friday by"
    private static final Set<String> NOT_AGENTS = Set.of("contrast", "comparison", "then", "now", "far", "default",
            "chance", "design", "itself", "themselves"); // a set-off "by" of no agent: "by contrast"

    /**
     * The "by" after a short phrase of amount, place or time that opens with "in", "within", "at" or "on" right after
     * the verb at {@code t}: "released in large amounts by", "held in the bone marrow by", "approved on Friday by", or
     * after a comma that sets the agent off ("was approved, by the FDA in 2007"); -1 if none. A place may be named in
     * the phrase only where {@code throughNames} is set.
     */
    static int byAfterPhrase(Reading r, int si, int t, boolean throughNames) {
        Sentence s = r.sentence(si);
        String opener = s.lower(t + 1);
        if (opener.equals(",") && s.lower(t + 2).equals("by") && !NOT_AGENTS.contains(s.lower(t + 3))) {
            return VerbForms.isPastForm(s.token(t)) ? t + 2 : -1; // a comma opens no other phrase
        }
        // "approved for vitiligo by the FDA": what a drug is approved for names a disease, not the agent
        boolean use = opener.equals("for") || opener.equals("on") && s.lower(t + 2).equals("its"); // "on its own by"
        if (!PHRASE_OPENERS.contains(opener) && !use) {
            return -1;
        }
        for (int k = t + 2; k < Math.min(s.size(), t + 8); k++) {
            if (s.lower(k).equals("by")) {
                return k;
            }
            String pos = s.token(k).pos();
            if (s.token(k).isPunctuation() || !throughNames && !use && r.startingAt(si, k) != null
                    || pos.equals("AUX") || pos.equals("VERB")) {
                return -1; // "downregulated in dTGR and were increased by losartan": that "by" is another verb's
            }
        }
        return -1;
    }

    /**
     * "TSLP, a cytokine made by the airway lining, drives asthma", "CGRP, released by nerve endings during a migraine
     * attack": the agent after "by" was a noun litkg does not name, and a comma or a phrase of time after it closes
     * the agent; a name past it is no agent.
     */
    static boolean commaAfterUnnamedAgent(Reading r, int si, int by, int agentAt) {
        Sentence s = r.sentence(si);
        boolean noun = false;
        for (int k = by + 1; k < agentAt; k++) {
            noun |= r.startingAt(si, k) == null && s.token(k).pos().equals("NOUN");
            if (noun && (s.lower(k).equals(",") || TIME_LINKS.contains(s.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a phrase of time after an agent: "during a migraine attack", "after an infection". */
    private static final Set<String> TIME_LINKS = Set.of("during", "after", "before", "while", "when");

    /** "secreted by many solid tumours and draws neutrophils": a relation verb after "and", before the name at {@code name}. */
    static boolean verbBefore(Sentence s, int by, int name, TriggerLexicon triggers) {
        for (int j = by + 2; j < name; j++) {
            if (s.lower(j - 1).equals("and") && !triggers.senses(s.token(j).lemma()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "approved by the FDA in 2021 and later by the European Medicines Agency": the agents of a coordinated "by". */
    static List<Argument> coordinatedByAgents(Reading r, int si, int after, Set<EntityType> agentTypes) {
        Sentence s = r.sentence(si);
        List<Argument> more = new java.util.ArrayList<>();
        boolean and = false;
        for (int k = after; k < Math.min(s.size() - 1, after + 8); k++) {
            String w = s.lower(k);
            if (w.equals(",") && s.lower(k + 1).equals("not") && s.lower(k + 2).equals("only") && s.lower(k + 3).equals("by")) {
                and = true; // "released by dendritic cells, not only by platelets": both release it
                k += 2;
                continue;
            }
            if (w.equals(",") && !and || w.equals(".") || w.equals(";")) {
                break;
            }
            if (w.equals("and")) {
                and = true;
                String between = s.lower(k + 1);
                if (!between.equals("by") && !between.equals("later") && !VerbForms.isAdverb(between)) {
                    break; // "approved by the FDA and funded by the NIH": another verb's agent
                }
            } else if (and && w.equals("by")) {
                int[] found = new int[2];
                Argument agent = r.rightOf(si, k, 3, agentTypes, found);
                if (agent != null) {
                    more.add(agent);
                }
                break;
            }
        }
        return more;
    }

    /** "drugs that inhibit FAP, such as talabostat": the drugs listed after the object are the verb's agents. */
    static boolean readSuchAs(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                               Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        String noun = org.litkg.analysis.Lemmatizer.singular(s.lower(t - 2));
        if (sense.inverse() || !Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) || !SubjectSearch.isDrugNoun(r, noun)) {
            return false;
        }
        int[] right = new int[2];
        Argument patient = r.rightOf(si, t, 4, patientTypes, right, true);
        int first = patient == null ? -1 : membersAfter(s, right[1]);
        Mention named = first < 0 ? null : r.startingAt(si, first);
        Argument drug = named == null ? null : r.argument(named, agentTypes);
        if (drug == null) {
            return false;
        }
        List<Argument> drugs = r.withFollowingConjuncts(si, drug, named.to(), agentTypes);
        r.emit(sense.relation(), drugs, List.of(patient), si, named.from(), named.to(), t, t + 1, "verb-such-as", 0.75, out);
        return true;
    }

    /** How far past the object the members of the kind may be listed: "are now in late-stage trials, among them". */
    private static final int MEMBERS_REACH = 15;

    /**
     * Where the drugs of the kind start after its object ends at {@code end}: after ", such as", ", among them" or ",
     * including", right there or later in the clause ("antibodies that neutralise X are in trials, among them A and
     * B"); else -1.
     */
    private static int membersAfter(Sentence s, int end) {
        for (int k = end; k < Math.min(s.size() - 2, end + MEMBERS_REACH) && !s.lower(k).equals(";"); k++) {
            int members = s.lower(k).equals(",") ? ExampleLinks.membersAt(s, k + 1) : -1;
            if (members > 0) {
                return members;
            }
        }
        return -1;
    }

    /** Nouns for a substance made from another: "a metabolite of X" is not X. */
    private static final Set<String> DERIVED_NOUNS = Set.of("metabolite", "metabolites", "derivative", "derivatives",
            "analogue", "analogues", "analog", "analogs", "prodrug", "precursor", "enantiomer", "impurity");

    /**
     * "any metabolite of macitentan to block the ETA receptor": the name at {@code start} only says what the agent
     * was made from, so it is no agent of the verb.
     */
    static boolean namesSource(Sentence s, int start) {
        return s.lower(start - 1).equals("of") && DERIVED_NOUNS.contains(s.lower(start - 2));
    }

    /** Nouns for a try, whose infinitive's doer is whoever tried: "attempts to neutralise the growth factor". */
    private static final Set<String> EFFORT_NOUNS = Set.of("attempt", "effort", "bid", "try");

    /**
     * Whether the sentence names no doer for the verb at t, though a name stands before it: the infinitive of a noun for
     * a try ("the side effects that sank earlier attempts to neutralise the growth factor directly"), or a gerund that
     * opens a clause ("It suggests that blocking CXCR3 might protect the heart", where "it" is not the blocker), or
     * "what" as its subject ("the team thinks it knows what holds them there", the answer still to come).
     */
    static boolean hasUnnamedDoer(Sentence s, int t) {
        boolean effort = t >= 2 && s.lower(t - 1).equals("to")
                && EFFORT_NOUNS.contains(org.litkg.analysis.Lemmatizer.singular(s.lower(t - 2)));
        return effort || s.lower(t).endsWith("ing") && (s.lower(t - 1).equals("that") || s.lower(t - 1).equals("whether"))
                || s.lower(t - 1).equals("what") && !s.lower(t).endsWith("ing");
    }

    /** Verbs whose object is a question: "Define which skin cells secrete CXCL9", "determine what cells make it". */
    private static final Set<String> ASKING_VERBS = Set.of("define", "determine", "identify", "ask", "asked", "test",
            "know", "understand", "find", "learn", "see", "examine", "explore", "establish", "show", "unclear", "unknown");

    /**
     * "Aim 1. Define which skin cells secrete CXCL9": the agent at {@code start} is what a question asks about, after
     * "which" or "what" as its determiner, so the verb states nothing yet.
     */
    static boolean asksWhich(Sentence s, int start) {
        String w = s.lower(start - 1);
        return (w.equals("which") || w.equals("what")) && (start < 2 || ASKING_VERBS.contains(s.lower(start - 2))
                || s.lower(start - 2).equals(".") || s.lower(start - 2).equals(":"));
    }

    /** How many words may stand between "whose" and the verb: "whose own antibodies target". */
    private static final int POSSESSED_WORDS = 3;

    /**
     * "for adults whose antibodies target X": a verb whose subject is a noun after "whose" that names nothing (but
     * "Halden Bio, whose drug HB-12 blocks CCR2" names its drug).
     */
    static boolean unnamedPossessed(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        for (int k = t - 2; k >= Math.max(0, t - 1 - POSSESSED_WORDS); k--) {
            if (s.lower(k).equals("whose")) {
                int whose = k;
                return java.util.stream.IntStream.range(whose + 1, t).noneMatch(j -> r.startingAt(si, j) != null);
            }
        }
        return false;
    }
}
