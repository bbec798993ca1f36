package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "Rozanolixizumab binds FcRn, the receptor that recycles IgG, and blocks it": the aside between two commas describes
 * the name before it, and "it" after the second verb is that name again, not the nearer name inside the aside. So
 * does a class a copula puts a name in: "Microglia are the brain's own immune cells. They carry CX3CR1".
 */
final class AsideAntecedents {

    /** Words that open an aside describing the name before it: an apposition's article or a relative pronoun. */
    private static final Set<String> ASIDE_OPENERS = Set.of("the", "a", "an", "which", "that");
    /** How far back from "and" the aside may open. */
    private static final int ASIDE_REACH = 12;

    private AsideAntecedents() {
    }

    /**
     * The name an aside describes where "it" at token k follows "..., and VERB" and {@code nearest}, the nearest name
     * before it, lies inside that aside; else {@code nearest}.
     */
    static Mention orDescribed(RecognizedDocument doc, int si, int k, String word, Mention nearest,
                               Set<EntityType> allowed) {
        Mention subject = copularSubject(doc, si, word, nearest, allowed);
        if (subject != null) {
            return subject; // "Microglia are the brain's own immune cells. They carry CX3CR1": the microglia
        }
        Sentence s = doc.analyzed().sentences().get(si);
        if (!word.equals("it") || nearest == null || nearest.sentence() != si || k < 4
                || !s.lower(k - 2).equals("and") || !s.lower(k - 3).equals(",")) {
            return nearest;
        }
        for (int c = k - 4; c > 0 && c >= k - 3 - ASIDE_REACH; c--) {
            if (s.lower(c).equals(",")) {
                Mention described = doc.nameEndingAt(si, c);
                boolean aside = ASIDE_OPENERS.contains(s.lower(c + 1)) && nearest.from() > c;
                return aside && described != null && allowed.contains(doc.entities().of(described).type()) ? described
                        : nearest;
            }
        }
        return nearest;
    }

    /**
     * The named subject opening the sentence before, where {@code nearest}, the nearest name before a pronoun opening
     * sentence si, is the class its copula puts it in ("Neutrophils are white blood cells that fight bacteria. They
     * carry CXCR2"): the class describes the subject, which the pronoun goes on with; else null.
     */
    private static Mention copularSubject(RecognizedDocument doc, int si, String word, Mention nearest,
                                          Set<EntityType> allowed) {
        if (nearest == null || nearest.sentence() != si - 1 || !word.equals("they") && !word.equals("it")) {
            return null;
        }
        Sentence before = doc.analyzed().sentences().get(si - 1);
        int start = before.lower(0).equals("the") ? 1 : 0;
        Mention subject = doc.nameStartingAt(si - 1, start);
        if (subject == null || subject.anaphoric() || nearest == subject
                || !Copulas.COPULAS.contains(before.lower(subject.to()))) { // "Microglia are the brain's own ..."
            return null;
        }
        for (int k = subject.to() + 1; k < nearest.from(); k++) {
            Mention other = doc.nameStartingAt(si - 1, k);
            boolean owner = other != null
                    && (before.token(other.to() - 1).isPossessive() || before.token(other.to()).isPossessive());
            if (owner) {
                k = other.to() - 1; // "the brain's own immune cells": the owner is part of the class
                continue;
            }
            if (other != null || before.token(k).pos().equals("VERB") || before.lower(k).equals(",")
                    || before.lower(k).equals("that") || before.lower(k).equals("which")) {
                return null; // "X is made by Y", "X are cells that carry Y": Y is no class of X's
            }
        }
        return allowed.contains(doc.entities().of(subject).type()) ? subject : null;
    }

    /** Whether a name opening its sentence takes a plural copula, as "Microglia are" does though it ends in no -s. */
    static boolean pluralSubject(RecognizedDocument doc, Mention m) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        boolean opens = m.from() == 0 || m.from() == 1 && s.lower(0).equals("the");
        return opens && (s.lower(m.to()).equals("are") || s.lower(m.to()).equals("were"));
    }
}
