package org.litkg.extraction;

import java.util.Set;
import java.util.stream.IntStream;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Whose doing a purpose clause ("to move stem cells") is, when the name right before "to" is not: the drug given
 * together with a partner, or the subject of a passive the clause follows.
 */
final class PurposeClauses {

    /** What joins a partner to the drug given: "together with", "in combination with", "given with", ", used with". */
    private static final Set<String> PARTNER_JOINERS = Set.of("together", "combination", "along", "given", "taken",
            "combined", "used");
    /** What opens a short phrase of time between a partner and "to": "given with G-CSF on day 5 to move". */
    private static final Set<String> TIME_OPENERS = Set.of("on", "at", "for", "daily", "each", "every", "before");
    /** How long that phrase may be: "on day 5", "for four days". */
    private static final int TIME_WORDS = 3;

    /** Whether the tokens from {@code from} to {@code to} are a short phrase of time: "on day 5". */
    private static boolean timedUntil(Sentence s, int from, int to) {
        return to > from && to - from <= TIME_WORDS && TIME_OPENERS.contains(s.lower(from))
                && IntStream.range(from, to).noneMatch(k -> s.token(k).pos().equals("VERB"));
    }

    private PurposeClauses() {
    }

    /** Verbs of giving a drug, in the base form a label's instruction has: "Use with filgrastim", "Give it with". */
    private static final Set<String> USE_VERBS = Set.of("use", "give", "take");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them");

    /**
     * A label's or a leaflet's instruction with no drug of its own, "Use with filgrastim to mobilise stem cells", "Do
     * not use with strong CYP3A4 inhibitors", at the verb t before "with" at {@code with}: the drug the text is about
     * is the one to use ({@link TopicDrugs}); null where the verb does not open the sentence (or its label) or does
     * not take "with" straight after.
     */
    static Argument imperativeUser(Reading r, int si, int t, int with, Set<EntityType> types) {
        Sentence s = r.sentence(si);
        if (!USE_VERBS.contains(s.lower(t)) || with != t + 1 || !s.lower(with).equals("with")
                || IntStream.range(with, s.size()).anyMatch(k -> Copulas.COPULAS.contains(s.lower(k)))) {
            return null; // but "Use with rifampicin is not recommended": the use is the subject, not an instruction
        }
        boolean denied = t >= 2 && s.lower(t - 2).equals("do") && s.lower(t - 1).equals("not");
        return r.topicDrugs().subjectOfHeadless(s, si, denied ? t - 2 : t, types);
    }

    /**
     * "It is given together with filgrastim to move stem cells out of the marrow", "given with G-CSF on day 5 to move":
     * the doer of a purpose clause is the drug given, not the partner named before "to"; the name found is kept
     * otherwise.
     */
    static Argument pastPartner(Reading r, int si, int t, Argument agent, Set<EntityType> types, int[] left) {
        Sentence s = r.sentence(si);
        // "given with G-CSF (filgrastim) to move": the partner's other name in brackets ends where the partner does
        boolean bracketed = left[1] == t - 2 && s.lower(left[1]).equals(")") && s.lower(left[0] - 1).equals("(");
        Mention outer = bracketed ? r.endingAt(si, left[0] - 2) : null;
        int partnerEnd = outer != null ? t - 1 : left[1];
        int link = (outer != null ? outer.from() : left[0]) - 1;
        boolean usedIt = USE_VERBS.contains(s.lower(link - 2)) && OBJECT_PRONOUNS.contains(s.lower(link - 1));
        boolean fragment = LabelSubjects.opensFragment(s, link);
        if (agent == null || !s.lower(t - 1).equals("to") || partnerEnd != t - 1 && !timedUntil(s, partnerEnd, t - 1)
                || !s.lower(link).equals("with")) {
            return agent;
        }
        // "given plerixafor with filgrastim to move": the drug right before "with" is the one whose purpose it is
        Mention drugBefore = PARTNER_JOINERS.contains(s.lower(link - 1)) ? null : r.endingAt(si, link - 1);
        Argument before = drugBefore == null || drugBefore.anaphoric() ? null : r.argument(drugBefore, types);
        if (before != null) {
            left[0] = drugBefore.from();
            left[1] = drugBefore.to();
            return before;
        }
        if (!PARTNER_JOINERS.contains(s.lower(link - 1)) && !USE_VERBS.contains(s.lower(link - 1)) && !usedIt
                && !fragment) {
            return agent;
        }
        int joined = s.lower(link - 2).equals("in") ? link - 2 : usedIt ? link : link - 1; // "Use it with X to"
        int[] found = new int[2];
        Argument given = USE_VERBS.contains(s.lower(link - 1)) ? imperativeUser(r, si, link - 1, link, types)
                : fragment ? LabelSubjects.subject(r, si, link, types, found) // a card's "X: oral; with Y to mobilise"
                : r.leftOf(si, joined, VerbPatterns.LEFT_WINDOW, types, found);
        found = given != null && found[1] == 0 ? new int[] {link - 1, link} : found;
        if (given == null) {
            return agent;
        }
        left[0] = found[0];
        left[1] = found[1];
        return given;
    }

    /**
     * "Motixafortide blocks CXCR4 and, given with filgrastim, frees more stem cells": the partner that an aside between
     * commas names right before the verb is no doer. The name before the aside (before its "and") stands in for it,
     * so that the verb shares the first verb's subject ({@link SharedSubjects}); the name found is kept otherwise.
     */
    static Argument pastPartnerAside(Reading r, int si, int t, Argument agent, Set<EntityType> types, int[] left) {
        Sentence s = r.sentence(si);
        int with = left[0] - 1;
        int open = with - 2;
        boolean aside = agent != null && left[1] == t - 1 && s.lower(t - 1).equals(",") && s.lower(with).equals("with")
                && PARTNER_JOINERS.contains(s.lower(with - 1)) && open > 0 && s.lower(open).equals(",");
        int end = aside && s.lower(open - 1).equals("and") ? open - 1 : open;
        int[] found = new int[2];
        Argument before = aside ? r.leftOf(si, end, VerbPatterns.LEFT_WINDOW, types, found) : null;
        if (before == null) {
            return agent;
        }
        left[0] = found[0];
        left[1] = found[1];
        return before;
    }

    /** Verbs whose object is the means of a purpose clause after them: "binds CXCR6 on T cells to hold them there". */
    private static final Set<String> MEANS_VERBS = Set.of("bind", "block", "target", "engage", "inhibit");
    /**
     * How far before "to" the verb or the passive whose purpose it states may stand: "bound CXCR6 on the resident T
     * cells to hold", "is approved by the FDA in 2008 to move".
     */
    private static final int PURPOSE_REACH = 8;

    /**
     * "CXCL16 bound CXCR6 on the T cells to hold them", "Plerixafor blocks CXCR4 to release stem cells": the doer of a
     * purpose clause after a binding or blocking verb is that verb's subject, which acts through what it binds; null
     * where no such verb stands before "to" in the same clause.
     */
    static Argument subjectOfMeans(Reading r, int si, int t, Set<EntityType> types, int[] left) {
        Sentence s = r.sentence(si);
        if (!s.lower(t - 1).equals("to")) {
            return null;
        }
        for (int k = t - 2; k >= Math.max(1, t - PURPOSE_REACH); k--) {
            if (MEANS_VERBS.contains(s.token(k).lemma()) && !s.lower(k).endsWith("ing")) {
                return r.leftOf(si, k, VerbPatterns.LEFT_WINDOW, types, left);
            }
            boolean verb = s.token(k).pos().equals("VERB") && r.endingAt(si, k) == null; // not "CXCR4" tagged a verb
            if (verb || s.token(k).isPunctuation() || Reading.RELATIVE_PRONOUNS.contains(s.lower(k))
                    || Reading.CONJUNCTIONS.contains(s.lower(k))) {
                return null; // "CXCR4, which ... to", "binds CCR8 on fibroblasts and pushes them to": another verb's
            }
        }
        return null;
    }

    /**
     * "Plerixafor, which also blocks CXCR4, is approved by the FDA to move stem cells": the doer of a purpose clause
     * after a passive is the passive's subject, not its agent; null where no such passive stands before "to".
     */
    static Argument subjectOfPassive(Reading r, int si, int t, Set<EntityType> types, int[] left) {
        Sentence s = r.sentence(si);
        if (!s.lower(t - 1).equals("to")) {
            return null;
        }
        for (int k = t - 2; k >= Math.max(1, t - PURPOSE_REACH); k--) {
            if (s.token(k).isPunctuation()) {
                return null; // "approved by the FDA, to the relief of patients": another clause
            }
            boolean clipped = s.lower(k - 1).equals(";"); // a glossary's "X: a peptide; approved by the FDA to ..."
            if (s.token(k).pos().equals("VERB") && VerbForms.isPastForm(s.token(k)) && clipped) {
                return LabelSubjects.subject(r, si, k, types, left);
            }
            if (s.token(k).pos().equals("VERB") && VerbForms.isPastForm(s.token(k)) && VerbForms.beBefore(s, k)) {
                Argument patient = r.leftOf(si, k, VerbPatterns.LEFT_WINDOW, types, left);
                return patient == null ? null
                        : SubjectSearch.antecedentOfSubjectRelative(r, si, k, patient, types, left);
            }
        }
        return null;
    }
}
