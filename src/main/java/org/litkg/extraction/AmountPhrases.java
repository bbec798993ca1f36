package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A protein's amount lowered, said without the "of" after the verb that "reduces the levels of X" has: in the passive,
 * "the levels of MIF were reduced by X" and "MIF levels were lowered by X", and in the active with the name before its
 * amount, "X decreased MIF expression". Only verbs that block a protein by lowering its amount ("reduce", "lower",
 * "decrease", "cut", which the verb table gives with "of") are read so.
 */
final class AmountPhrases {

    /** Nouns of a protein's amount or making (as {@link PrepositionalVerbs} requires between the verb and "of"). */
    static final Set<String> AMOUNT_NOUNS = Set.of("production", "synthesis", "expression", "level", "levels", "amount",
            "amounts", "activity", "secretion", "release", "concentration", "concentrations");
    /** Words between a name and its amount noun: "MIF mRNA levels", "the CCL2 protein expression". */
    private static final Set<String> MOLECULE_WORDS = Set.of("mrna", "protein", "gene", "plasma", "serum", "cellular");
    /** How many words may stand between an amount noun and its "of": "the levels of", "the mRNA levels of". */
    private static final int OF_REACH = 2;
    /** How far after "by" the agent may be named, as for any passive: "by the CXCR4 antagonist plerixafor". */
    private static final int AGENT_WINDOW = 6;

    private AmountPhrases() {
    }

    /** Reads the amount phrase of the verb at t; true where one was read. */
    static boolean read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                        List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] agentAt = new int[2];
        int[] patientAt = new int[2];
        boolean passive = s.lower(t + 1).equals("by") && VerbForms.isPastForm(s.token(t)) && VerbForms.beBefore(s, t);
        List<Argument> patients;
        List<Argument> agents;
        if (passive) {
            patients = amountOwnersEndingAt(r, si, VerbForms.groupStart(s, t) - 1, patientTypes, patientAt);
            Argument agent = patients.isEmpty() ? null : r.rightOf(si, t + 1, AGENT_WINDOW, agentTypes, agentAt);
            agents = agent == null ? List.of() : r.withFollowingConjuncts(si, agent, agentAt[1], agentTypes);
        } else {
            Mention owner = ownerBeforeAmount(r, si, t + 1);
            Argument patient = owner == null ? null : r.argument(owner, patientTypes);
            Argument agent = patient == null ? null : r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, agentTypes, agentAt, true);
            agent = agent != null && subjectRightBefore(s, agentAt[1], t) ? agent : null;
            patients = patient == null ? List.of() : List.of(patient);
            agents = agent == null ? List.of() : r.withPrecedingConjuncts(si, agent, agentAt[0], agentTypes);
        }
        if (agents.isEmpty() || patients.isEmpty()) {
            return false;
        }
        int[] first = passive ? patientAt : agentAt;
        r.emit(sense.relation(), agents, patients, si, first[0], first[1], t, t + 1, "verb-amount", 0.85, out);
        return true;
    }

    /**
     * The names whose amount a noun phrase ending at token {@code end} names: "the levels of c-KIT and MIF" or "MIF
     * mRNA levels" give MIF (and c-KIT); none where the phrase names no amount. Their first tokens go to found.
     */
    private static List<Argument> amountOwnersEndingAt(Reading r, int si, int end, Set<EntityType> types, int[] found) {
        Sentence s = r.sentence(si);
        Mention last = r.endingAt(si, end);
        if (last == null) {
            if (!AMOUNT_NOUNS.contains(s.lower(end))) {
                return List.of();
            }
            int k = end - 1;
            while (k >= 0 && MOLECULE_WORDS.contains(s.lower(k))) {
                k--; // "MIF mRNA levels were lowered"
            }
            last = r.endingAt(si, k);
            if (last == null || last.anaphoric()) {
                return List.of();
            }
            Argument owner = r.argument(last, types);
            found[0] = last.from();
            found[1] = last.to();
            return owner == null ? List.of() : List.of(owner);
        }
        Argument a = last.anaphoric() ? null : r.argument(last, types);
        if (a == null) {
            return List.of();
        }
        List<Argument> all = r.withPrecedingConjuncts(si, a, last.from(), types); // "the levels of c-KIT and MIF"
        int firstStart = all.stream().mapToInt(x -> s.tokenStartingAt(x.span().start())).filter(x -> x >= 0).min()
                .orElse(last.from());
        boolean amountOf = s.lower(firstStart - 1).equals("of") && amountNounWithin(s, firstStart - 1 - OF_REACH, firstStart - 1);
        found[0] = firstStart;
        found[1] = last.to();
        return amountOf ? all : List.of();
    }

    private static boolean amountNounWithin(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (AMOUNT_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only adverbs, a comma or a closing bracket stand between the subject ending at {@code end} and the verb at
     * t: "milrinone, reduced", "(SB431542) markedly reduced"; not "through reduced eNOS activity", where "reduced"
     * describes the activity and no subject does anything.
     */
    private static boolean subjectRightBefore(Sentence s, int end, int t) {
        for (int k = end; k < t; k++) {
            String w = s.lower(k);
            if (!VerbForms.isAdverb(w) && !w.equals(",") && !w.equals(")")) {
                return false;
            }
        }
        return true;
    }

    /** "decreased MIF expression", "lowered the serum CCL2 levels": the name right after the verb whose amount follows it. */
    private static Mention ownerBeforeAmount(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int at = s.lower(k).equals("the") ? k + 1 : k;
        while (MOLECULE_WORDS.contains(s.lower(at))) {
            at++;
        }
        Mention m = r.startingAt(si, at);
        if (m == null || m.anaphoric()) {
            return null;
        }
        int after = m.to();
        while (MOLECULE_WORDS.contains(s.lower(after))) {
            after++;
        }
        // an enzyme's "activity" lowered after the verb is often another's doing ("X reduces neutrophil elastase activity"
        // by blocking the enzyme that activates it); its amount is the protein's own
        return AMOUNT_NOUNS.contains(s.lower(after)) && !s.lower(after).equals("activity") ? m : null;
    }
}
