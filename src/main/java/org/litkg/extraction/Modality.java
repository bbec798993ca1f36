package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.Cues.Category;

/**
 * Whether a sentence denies or only suggests a relation. Negation counts between the first argument and the trigger
 * ("AMD3100 does not block", "has not been approved by"), as the first argument's determiner ("no drug was approved",
 * "neither drug", "neither X nor Y"), or on the verb whose object the first argument is ("no patient received X with
 * Y"); hedges count from a little before the first argument up to the trigger ("suggests that X may block"). What a
 * question states is read by {@link Questions}.
 */
final class Modality {

    private static final int HEDGE_LOOK_BACK = 8;
    private static final int GERUND_CLAUSE = 20;
    private static final int NEGATION_REACH = 6;
    /** Verbs that deny the verb after "to": "refused to approve", "declined to approve". */
    private static final Set<String> REFUSING = Set.of("refused", "refuses", "refuse", "declined", "declines", "decline");
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "''", "``");
    /** Verbs that end the doing of the gerund after them: "stop making", "ceased producing". */
    private static final Set<String> STOPPING = Set.of("stop", "stops", "stopped", "cease", "ceases", "ceased", "quit");
    private final Cues cues;

    Modality(Cues cues) {
        this.cues = cues;
    }

    boolean negated(Sentence s, int firstArgStart, int firstArgEnd, int triggerStart) {
        // "Neither the FDA nor the European Medicines Agency has approved X": an article between
        int determiner = s.lower(firstArgStart - 1).equals("the") ? firstArgStart - 2 : firstArgStart - 1;
        if (s.lower(firstArgStart - 1).equals("no") || s.lower(firstArgStart).equals("neither")
                || s.lower(determiner).equals("neither") || s.lower(determiner).equals("nor")) {
            return true; // "no drug was approved", "Neither drug has been approved", "Neither X nor Y has been approved"
        }
        if (STOPPING.contains(s.lower(triggerStart - 1)) && s.lower(triggerStart).endsWith("ing")
                || cues.is(Category.NEGATION, s.token(triggerStart).lemma())) {
            return true; // "so liver cells stop making apolipoprotein(a)"; "red cells lack CD55": the trigger denies
        }
        if (deniedClaim(s, firstArgStart) && !RelativeHeads.pronounBetween(s, firstArgEnd, triggerStart)
                || FruitlessSearches.nothingFound(s, firstArgStart, firstArgEnd)) { // "did not find CCR2 on them"
            return true; // "could not confirm that X blocks Y" (not "did not show that X, which blocks Y, ...")
        }
        String before = s.lower(triggerStart - 2) + " " + s.lower(triggerStart - 1);
        if (before.equals("rather than") || before.equals("instead of") // "activates it rather than blocking it"
                || FalseClaims.qualified(s, firstArgStart, triggerStart)) { // "CCL17 was wrongly listed as a ligand of"
            return true;
        }
        int verb = governingVerb(s, firstArgStart, firstArgEnd, triggerStart);
        if (verb > 0 && deniedVerb(s, verb)) {
            return true; // "Patients did not receive X with chemotherapy", "no dog received X together with Y"
        }
        if (s.lower(triggerStart).endsWith("ing") && triggerStart > 1 && deniedVerb(s, triggerStart - 1)) {
            return true; // "does not recommend combining X with Y": the gerund is what is not recommended
        }
        // "X, an antibody that binds CD47 but does not kill red cells, together with Y": the aside's own denial
        int from = Parentheticals.pastAsideOf(s, firstArgStart, Math.min(firstArgEnd, triggerStart), triggerStart);
        for (int k = Math.max(from, triggerStart - NEGATION_REACH); k < triggerStart; k++) {
            String w = s.lower(k);
            boolean option = w.equals("without") && s.lower(k - 1).equals("or"); // "with or without nivolumab"
            if (cues.is(Category.NEGATION, w) && !(w.equals("not") && s.lower(k + 1).equals("only")) && !option) {
                return true;
            }
            if (REFUSING.contains(w) && s.lower(k + 1).equals("to") && triggerStart <= k + 3) {
                return true; // "the agency refused to approve X" (but not "declined to recommend it, then approved it")
            }
        }
        return false;
    }

    /**
     * Lemmas of verbs whose object is the first argument of a relation read after it: "received X together with Y",
     * "no study has tested it combined with Y".
     */
    private static final Set<String> OBJECT_VERBS = Set.of("receive", "give", "take", "get", "use", "test",
            "study", "try", "evaluate", "offer", "prescribe", "have"); // "would not offer X together with Y"
    /** Verbs of wanting or planning whose denial denies the verb after "to": "does not want to receive". */
    private static final Set<String> WANTING = Set.of("want", "wish", "plan", "intend", "choose",
            "agree", "expect", "like");
    /** Auxiliaries between a denying subject and its verb: "no study has tested". */
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had");
    /** Words between "not" and its verb: "has not been given", "did not then receive". */
    private static final Set<String> AUXILIARY_FILLERS = Set.of("been", "be", "then", "yet", "ever");
    /** How far before its verb "none of the patients" may start. */
    private static final int NONE_REACH = 5;

    /**
     * The verb that governs a first argument read after it: the trigger itself ("did not receive X with Y"), or a
     * verb of taking right before the argument ("no dog received X together with Y"); -1 if neither. A relative
     * clause or an apposition between the argument and the trigger is a statement of its own: in "is not receiving X,
     * which also blocks Y" and "has not received X, another Y blocker", what X blocks is not denied.
     */
    private static int governingVerb(Sentence s, int firstArgStart, int firstArgEnd, int triggerStart) {
        if (triggerStart < firstArgStart) {
            return triggerStart;
        }
        if (RelativeHeads.pronounBetween(s, firstArgEnd, triggerStart)) {
            return -1;
        }
        if (s.lower(firstArgEnd).equals(",") && Reading.ARTICLES.contains(s.lower(firstArgEnd + 1))) {
            return -1; // "has not received efgartigimod, another FcRn blocker,": the apposition is no denied taking
        }
        int before = firstArgStart - 1;
        if (s.lower(before).equals("of") && DOSE_NOUNS.contains(s.lower(before - 1))) {
            before -= Doses.DOSE_SIZES.contains(s.lower(before - 2)) ? 3 : 2; // "not be given high doses of X on top of Y"
        }
        return before > 0 && OBJECT_VERBS.contains(s.token(before).lemma()) ? before : -1;
    }

    /** A drug's amount between a verb of giving and the drug: "given high doses of X". */
    private static final Set<String> DOSE_NOUNS = Set.of("dose", "doses", "amounts");

    /**
     * The verb at {@code verb} is denied where it stands: "did not receive", "has not been given", "were never given",
     * "no patient received", "none of the patients received". Only next to the verb: in "patients who had not
     * responded to X received Y with Z", the "not" is another verb's.
     */
    private boolean deniedVerb(Sentence s, int verb) {
        int k = verb - 1;
        while (k > 0 && AUXILIARY_FILLERS.contains(s.lower(k))) {
            k--;
        }
        String w = s.lower(k);
        if (w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("cannot")) { // "cannot have it with Y"
            return true;
        }
        if (w.equals("to") && k > 1 && (WANTING.contains(s.token(k - 1).lemma()) && deniedVerb(s, k - 1)
                || REFUSING.contains(s.lower(k - 1)))) {
            return true; // "does not want to receive X together with Y", "refused to take X with Y"
        }
        int subject = PERFECT_AUXILIARIES.contains(w) ? k - 1 : verb - 1;
        if (s.lower(subject - 1).equals("no")) {
            return true; // "no patient received", "no study has tested"
        }
        for (int j = verb - 2; j >= Math.max(0, verb - NONE_REACH); j--) {
            if (s.lower(j).equals("none") && s.lower(j + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hedge from a little before the first argument up to the trigger, or up to the first argument when the trigger
     * comes first ("test whether X combined with Y", read from "test ... with"); "are testing X with Y" is a plan too.
     */
    boolean hedged(Sentence s, int firstArgStart, int triggerStart) {
        int from = Math.max(0, firstArgStart - HEDGE_LOOK_BACK);
        for (int k = from; k < firstArgStart; k++) {
            if (QUOTES.contains(s.token(k).text()) || s.lower(k).equals(":")) { // nor a label's: "What it tests: X"
                // '"... is probably not enough," said X, who led the trial': the quote's hedge is not the attribution's
                from = k + 1;
            }
        }
        int skipFrom = -1;
        int clauseClose = -1;
        for (int k = firstArgStart + 1; k < triggerStart; k++) {
            if (s.lower(k - 1).equals(",") && (s.lower(k).equals("which") || s.lower(k).equals("who"))) {
                int close = closingComma(s, k, triggerStart);
                if (close < 0) {
                    from = k; // "If the patient also receives X, which blocks C5, ...": the relative clause is no condition
                } else {
                    clauseClose = close; // "CCR4, which may be on Tregs, binds CCL22": the clause's hedge is its own
                    skipFrom = k;
                }
            }
            if (s.lower(k - 1).equals(",") && (s.lower(k).equals("a") || s.lower(k).equals("an"))) {
                from = Math.max(from, firstArgStart); // "plans to give X with Y, an antibody against CD38": a description
            }
        }
        int aside = asideBefore(s, firstArgStart);
        for (int k = from; k <= Math.max(triggerStart, firstArgStart - 1) && k < s.size(); k++) {
            if (k > aside && k < firstArgStart - 2 || k >= skipFrom && k <= clauseClose) {
                continue;
            }
            if (isHedge(s, k) || isOngoingTest(s, k)) {
                return true;
            }
        }
        int future = s.lower(triggerStart - 1).equals("be") ? triggerStart - 2 : triggerStart - 1;
        int test = s.lower(triggerStart).equals("test") ? triggerStart : firstArgStart - 1;
        if (s.lower(future).equals("will") || s.lower(test).equals("test") && s.lower(test - 1).equals("to")) {
            return true; // "X will be given with Y", "will pay for a technician to test X together with Y": to come
        }
        if (PlannedTrials.planned(s, triggerStart) || PlannedTrials.hedgedCombination(s, triggerStart, k -> isHedge(s, k))) {
            return true;
        }
        if (triggerStart == 0 && s.lower(0).endsWith("ing")) {
            // A gerund subject ("Combining X with Y may improve responses"): the hedge is on the main verb.
            for (int k = 1; k < Math.min(s.size(), GERUND_CLAUSE); k++) {
                if (isHedge(s, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The opening comma of an aside right before ", that" and the first argument, or the argument's start when there is
     * none: in "She told the class, in terms a pupil could follow, that X releases Y", the aside's "could" is its own
     * verb's.
     */
    private static int asideBefore(Sentence s, int firstArgStart) {
        if (!s.lower(firstArgStart - 1).equals("that") || !s.lower(firstArgStart - 2).equals(",")) {
            return firstArgStart;
        }
        for (int k = firstArgStart - 3; k >= Math.max(0, firstArgStart - 2 - ASIDE_REACH); k--) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return firstArgStart;
    }

    /**
     * The comma that closes a relative clause opened at {@code pronoun} before the trigger, or -1 if the trigger is inside
     * the clause: in "CCR4, which may be on Tregs, binds CCL22", the clause closes before "binds".
     */
    private static int closingComma(Sentence s, int pronoun, int triggerStart) {
        for (int k = pronoun + 1; k < triggerStart; k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** How long an aside before ", that" may be. */
    private static final int ASIDE_REACH = 12;

    /** Verbs that report another's claim before "that": "Many candidates wrote that X blocks Y". */
    static final Set<String> REPORTING = Set.of("wrote", "write", "claimed", "claim", "claims",
            "said", "say", "says", "stated", "assumed", "assume", "believed", "believe", "believes", "thought", "think",
            "argued", "asserted", "insisted", "insist", "reported", "showed", "found", "concluded", "suggested",
            "proposed", "hypothesized", "hypothesised");

    /** The "that" after a reporting verb before token {@code before} ("The article said that ..."), else -1. */
    static int reportedThat(Sentence s, int before) {
        for (int k = 1; k < Math.min(before, s.size()); k++) {
            if (s.lower(k).equals("that") && REPORTING.contains(s.lower(k - 1))) {
                return k;
            }
        }
        return -1;
    }

    /** Verbs that would establish a claim, which "not" before them leaves unestablished. */
    static final Set<String> ESTABLISHING = Set.of("confirm", "reproduce", "replicate", "show",
            "demonstrate", "prove", "establish", "verify", "find", "support"); // "is not supported by the data"

    /**
     * "could not confirm that BX471 blocks CCR1", "failed to show that X binds Y": a claim whose confirmation is
     * denied right before its "that" is denied too, as is one for which "no evidence" was found.
     */
    private boolean deniedClaim(Sentence s, int firstArgStart) {
        int that = s.lower(firstArgStart - 1).equals("that") ? firstArgStart - 1
                : s.lower(firstArgStart - 2).equals("that") ? firstArgStart - 2 : -1;
        if (FalseClaims.denied(s, firstArgStart) || FalseClaims.labelledMyth(s)) {
            return true; // "you falsely claimed in a paper in Gut that your compound X blocks Y", "MYTH: X blocks Y"
        }
        if (that >= 2 && EVIDENCE_NOUNS.contains(s.lower(that - 1))) {
            return deniedEvidence(s, that - 1); // "found no evidence that it blocks CXCR2"
        }
        if (UnreproducedClaims.denied(s, that)) {
            return true; // "the finding that TRM-77 blocks CCR2 could not be reproduced"
        }
        if (that >= 3 && s.lower(that - 2).equals("longer") && s.lower(that - 3).equals("no")
                && WITHDRAWN_SAYINGS.contains(s.token(that - 1).lemma())) {
            return true; // a changelog's "the page no longer says that X was approved by the EMA": said in error
        }
        if (that < 2 || !ESTABLISHING.contains(s.token(that - 1).lemma())) {
            return false;
        }
        String before = s.lower(that - 2);
        return before.equals("not") || before.equals("n't") || before.equals("never")
                || before.equals("to") && s.lower(that - 3).startsWith("fail"); // "failed to show that"
    }
    /** What a corrected page or record "no longer" does with a claim it made: "no longer says that". */
    private static final Set<String> WITHDRAWN_SAYINGS = Set.of("say", "state", "claim", "suggest", "report", "list");
    /** Nouns for what would support a claim, whose absence leaves the claim after "that" denied. */
    private static final Set<String> EVIDENCE_NOUNS = Set.of("evidence", "proof", "sign", "indication",
            "suggestion", "data");
    /** How far before the evidence noun its "no" or "not" may stand: "no clear evidence", "did not find any evidence". */
    private static final int EVIDENCE_DENIAL_REACH = 4;

    /**
     * "no (clear) evidence that", "did not find any evidence that", "failed to find evidence that": a negation cue
     * denies the noun at k before it.
     */
    private boolean deniedEvidence(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - EVIDENCE_DENIAL_REACH); j--) {
            String w = s.lower(j);
            if (cues.is(Category.NEGATION, w)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DENYING_SUBJECTS = Set.of("it", "they", "he", "she", "this", "that");
    static final Set<String> DENYING_AUXILIARIES = Set.of("does", "do", "did", "is", "are", "was",
            "were", "has", "have", "can", "will");
    static final Set<String> CLAUSE_BREAKS = Set.of(".", ";", ":", ",", "—", "–", "!");

    /**
     * "Many candidates wrote that enfortumab vedotin blocks Nectin-4. It does not; ...": a claim reported before
     * {@code firstArgStart} that the next sentence at once denies, with an auxiliary, "not" and nothing more.
     */
    boolean deniedNext(Sentence claim, Sentence next, int firstArgStart) {
        int that = Corrections.reportedAt(claim, firstArgStart);
        boolean answered = that > 0 && next != null && DENYING_SUBJECTS.contains(next.lower(0))
                && DENYING_AUXILIARIES.contains(next.lower(1));
        boolean denied = answered && (next.lower(2).equals("not") || next.lower(2).equals("n't"))
                && (next.size() == 3 || CLAUSE_BREAKS.contains(next.lower(3)));
        boolean restating = that > 0 && next != null && DENYING_SUBJECTS.contains(next.lower(0)); // "It blocks CCR5."
        return denied || restating && Corrections.restatedOtherwise(claim, next, that) // "It was run by Z"
                || Questions.answeredNo(claim, next) // "Does X block CCR5 as well? -> checked, it does not"
                || Corrections.quotedThenCorrected(claim, next, firstArgStart) // '"X binds Y". X binds Z, not Y.'
                || Corrections.markedFalse(next); // a quiz's "3. Reparixin blocks CXCR4. FALSE - it blocks CXCR1"
    }

    /**
     * "Fruquintinib blocks the receptors, not VEGF-A itself", "blocks CXCR4 but not CXCR7": an object set against the
     * real one by "not" after a comma or "but" is denied, and so is an agent or a place set against the statement:
     * "approved in China and Europe but not by the FDA", and a member set against the one a class names ("inhibitors
     * such as apixaban, not dabigatran").
     */
    static boolean setAgainst(Sentence s, org.litkg.document.Span object) {
        int k = s.tokenStartingAt(object.start());
        for (int back = 0; back < LIST_REACH && k >= 2 && (s.lower(k - 1).equals("or") || s.lower(k - 1).equals(","))
                && isNameToken(s.token(k - 2).text()); back++) {
            k -= 2; // "but not CCL19 or CCL21": each name of the denied list
        }
        int not = s.lower(k - 1).equals("the") ? k - 2 : k - 1;
        not = SET_AGAINST_PREPOSITIONS.contains(s.lower(not)) ? not - 1 : not;
        String before = s.lower(not - 1);
        return k >= 2 && not >= 1 && s.lower(not).equals("not") && (before.equals(",") || before.equals("but"));
    }

    /** Prepositions between "not" and a name set against the statement: "but not by the FDA", "but not in". */
    private static final Set<String> SET_AGAINST_PREPOSITIONS = Set.of("by", "in", "on", "from", "with");

    /** How many names back a denied list may reach. */
    private static final int LIST_REACH = 4;

    /** A one-token name as lists of symbols are written: capitals or digits in it ("CCL19", "IL-13"). */
    private static boolean isNameToken(String w) {
        return w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Verbs of asking someone to do what the infinitive after them says. */
    private static final Set<String> REQUESTING = java.util.stream.Stream.of("ask", "request", "urge", "petition")
            .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()).collect(java.util.stream.Collectors.toSet());
    private static final Set<String> RECOMMENDING = org.litkg.analysis.Inflections.verbForms("recommend");
    /** How far before "to" the verb of asking may be: "ask the European Medicines Agency to". */
    private static final int REQUEST_REACH = 7;

    /**
     * "plans to ask the FDA to approve the drug", "urged regulators to approve it", "recommended approving it": the
     * infinitive or gerund at the trigger says what is asked for, which has not happened.
     */
    static boolean requested(Sentence s, int triggerStart) {
        if (RECOMMENDING.contains(s.lower(triggerStart - 1)) && s.lower(triggerStart).endsWith("ing")) {
            return true; // "the committee recommended approving zenocutuzumab": advice to a regulator, not its decision
        }
        if (!s.lower(triggerStart - 1).equals("to")) {
            return false;
        }
        for (int k = triggerStart - 2; k >= Math.max(0, triggerStart - 1 - REQUEST_REACH); k--) {
            if (REQUESTING.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "Trials are (now) testing X together with Y": under test, not yet found. */
    private static boolean isOngoingTest(Sentence s, int k) {
        int auxiliary = s.lower(k - 1).equals("now") ? k - 2 : k - 1;
        return s.lower(k).equals("testing") && Copulas.COPULAS.contains(s.lower(auxiliary));
    }

    private boolean isHedge(Sentence s, int k) {
        String w = s.lower(k);
        if (org.litkg.recognition.MonthNames.isDate(s, k)) {
            return false; // "May 12, 2026", "In May our paper appeared": the month
        }
        return cues.is(Category.HEDGE, w)
                || (cues.is(Category.HEDGE_RAISING, w) && (s.lower(k + 1).equals("to") || s.lower(k + 1).equals("that")));
    }
}
