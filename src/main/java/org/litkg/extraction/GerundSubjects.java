package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The subject of a "by"-gerund, which is its clause's: in "chemokines that recruit T cells by binding CCR4" the
 * chemokines bind, and in "lymphoma cells escape macrophages by displaying CD47" the lymphoma cells display it. The
 * name just before "by" is often the clause's object, so it is passed over where an earlier name heads the clause.
 */
final class GerundSubjects {

    /** Words that link a name to what it follows without making it a verb's object. */
    private static final Set<String> LINKS = Set.of("and", "or", "of", "in", "on", "with", "to", "for", "from", "by",
            "at", "into", "than", "as", "the", "a", "an", "its", "their");

    private GerundSubjects() {
    }

    /** Whether the verb at t is a gerund after "by": "by binding", "by displaying". */
    static boolean isByGerund(Sentence s, int t) {
        return s.lower(t - 1).equals("by") && s.lower(t).endsWith("ing");
    }

    /** The doer of the gerund at t: the name nearest before it, or the clause's subject where that name is an object. */
    static Argument subject(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Argument nearest = r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, allowed, found, false);
        if (nearest == null || nearest.reference() || !isObject(r, si, found[0])) {
            return nearest;
        }
        int[] earlier = new int[2];
        Argument head = r.leftOf(si, found[0], VerbPatterns.LEFT_WINDOW, allowed, earlier, false);
        boolean sameClause = head != null && !head.reference() && noClauseBreak(r.sentence(si), earlier[1], found[0]);
        if (!sameClause) {
            return nearest;
        }
        found[0] = earlier[0];
        found[1] = earlier[1];
        return head;
    }

    /**
     * "Adding the CXCR4 antagonist motixafortide to ruxolitinib freed those cells": where the clause opens with the
     * adding of one drug to another, the doer of the verb at t is the drug added, not the one nearest the verb; else the
     * agent found.
     */
    static Argument addedInstead(Reading r, int si, int t, Argument agent, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        int to = 1;
        while (to < t && !s.lower(to).equals("to")) {
            to++;
        }
        if (agent == null || !s.lower(0).equals("adding") || to >= t || found[0] <= to || !noClauseBreak(s, to, t)) {
            return agent;
        }
        int[] added = new int[2];
        Argument drug = r.rightOf(si, 0, to, allowed, added);
        if (drug == null || added[1] > to) {
            return agent;
        }
        found[0] = added[0];
        found[1] = added[1];
        return drug;
    }

    /** The name starting at k follows a verb's word directly: "escape macrophages", "recruit T cells". */
    private static boolean isObject(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention before = r.endingAt(si, k - 1);
        String w = s.lower(k - 1);
        return k > 1 && before == null && !LINKS.contains(w) && w.chars().allMatch(Character::isLetter)
                && !s.token(k - 1).isCapitalised();
    }

    private static boolean noClauseBreak(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || Reading.RELATIVE_PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
