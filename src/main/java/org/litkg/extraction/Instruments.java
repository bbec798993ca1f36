package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * "Pancreatic tumours use CXCL12 to trap T cells": the user of an instrument does what the purpose clause says when
 * the user is an entity the relation allows (the tumours trap the cells); where the user is no such entity ("the
 * researchers used AMD3100 to block CXCR4") the instrument stays the doer.
 */
final class Instruments {

    private Instruments() {
    }

    private static final Set<String> USING = Set.of("use", "employ", "exploit", "harness", "deploy");
    /** How far before the purpose clause's "to" the using verb may be: "use the chemokine CXCL12, which binds it, to". */
    private static final int TO_PURPOSE = 14;
    /** How far before the using verb its subject may be: "Pancreatic tumours in the pancreas use". */
    private static final int USER_WINDOW = 6;
    /** Words that end the using clause before the purpose clause. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", ".", "and", "but", "while");

    /**
     * Whether "with" at k names a drug as the instrument of a passive block or move, which makes it the agent: "stem
     * cells mobilised with plerixafor", "CXCR4 blocked with AMD3100".
     */
    static boolean drugWith(Reading r, int si, int k, RelationType rel) {
        Sentence s = r.sentence(si);
        boolean moves = rel == RelationType.MOBILIZES || rel == RelationType.BLOCKS;
        org.litkg.recognition.Mention m = moves && s.lower(k).equals("with")
                ? r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1) : null;
        return m != null && m.type() == EntityType.DRUG && !m.anaphoric();
    }

    /** The user of the instrument {@code agent} (found at {@code left}) before a purpose clause's verb t, else agent. */
    static Argument userOf(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes, int[] left) {
        Sentence s = r.sentence(si);
        if (!s.lower(t - 1).equals("to") || left[1] >= t) {
            return agent;
        }
        for (int u = t - 2; u >= Math.max(0, t - 1 - TO_PURPOSE); u--) {
            if (CLAUSE_BREAKS.contains(s.lower(u))) {
                return agent;
            }
            if (USING.contains(s.token(u).lemma()) && u < left[0]) {
                int[] found = new int[2];
                Argument user = r.leftOf(si, u, USER_WINDOW, agentTypes, found, true);
                if (user == null) {
                    return agent;
                }
                left[0] = found[0];
                left[1] = found[1];
                return user;
            }
        }
        return agent;
    }
}
