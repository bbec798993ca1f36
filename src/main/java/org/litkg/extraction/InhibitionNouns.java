package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Blocking said with a noun of inhibition: "inhibition of CYP2D6 by harmaline", "blockade of CXCR4 with AMD3100", "the
 * AMD3100-mediated inhibition of CXCR4", and as pharmacology abstracts also write it, the target before the noun
 * ("COX-1 inhibition by meloxicam") or the drug before it ("felbamate block of NMDA receptors").
 */
final class InhibitionNouns {

    private static final Set<String> NOUNS = Set.of("inhibition", "blockade", "antagonism", "suppression", "block");
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "with", "using");
    private static final Set<String> AGENT_PARTICIPLES = Set.of("mediated", "induced", "dependent", "caused");

    private InhibitionNouns() {
    }

    static boolean isInhibitionNoun(String lemma) {
        return NOUNS.contains(lemma);
    }

    /** Reads the noun of inhibition at t, with its target after "of" or right before it. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (s.lower(t + 1).equals("of")) {
            ofTarget(r, si, t, out);
        } else if (s.lower(t + 1).equals("by") && !s.lower(t).equals("block")) {
            targetBefore(r, si, t, out);
        }
    }

    private static void ofTarget(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.startingAt(si, s.lower(t + 2).equals("the") ? t + 3 : t + 2); // "inhibition of (the) TLR4"
        Argument target = first == null ? null : r.argument(first, NominalPatterns.PROTEINS);
        if (target == null) {
            return;
        }
        List<Argument> targets = r.withFollowingConjuncts(si, target, first.to(), NominalPatterns.PROTEINS);
        int[] found = new int[2];
        Argument drug = null;
        if (s.lower(t - 2).equals("-") && AGENT_PARTICIPLES.contains(s.lower(t - 1))) {
            Mention agent = r.endingAt(si, t - 3);
            drug = agent == null ? null : r.argument(agent, DRUGS);
            found[0] = agent == null ? -1 : agent.from();
        }
        List<Argument> drugs = null;
        for (int k = first.to(); drug == null && k < Math.min(s.size(), first.to() + 8); k++) {
            if (AGENT_PREPOSITIONS.contains(s.lower(k))) {
                int[] agentAt = new int[2];
                int named = Appositions.pastDrugDescriptor(r, si, k + 1); // "with the small molecule XR-417"
                drug = r.rightOf(si, named - 1, 3, DRUGS, agentAt);
                found[0] = agentAt[0];
                // "inhibition of MMP-2 by batimastat and captopril": each agent listed
                drugs = drug == null ? null : r.withFollowingConjuncts(si, drug, agentAt[1], DRUGS);
                break;
            }
        }
        int means = drug == null ? meansBefore(s, t) : -1;
        Mention subject = means >= 0 ? clauseSubject(r, si, means) : null;
        if (subject != null) {
            // "curcumin improves colitis through inhibition of TLR4": the clause's subject does it
            drug = r.argument(subject, DRUGS);
            found[0] = subject.from();
            drugs = drug == null ? null : r.withPrecedingConjuncts(si, drug, subject.from(), DRUGS);
        }
        Mention before = drug == null ? r.endingAt(si, t - 1) : null;
        if (before != null && before.type() == EntityType.DRUG && !before.anaphoric()) {
            drug = r.argument(before, DRUGS); // "felbamate block of recombinant NMDA receptors"
            found[0] = before.from();
        }
        if (drug != null && drugs != null && drugs.size() > 1 && respectively(r, si, drugs)) {
            // "Blockade of JAK and ERK with AG490 and U0126, respectively": each with the target in its place; where fewer
            // targets were found than drugs, only the first of each is sure to be the other's
            int pairs = drugs.size() == targets.size() ? drugs.size() : 1;
            for (int i = 0; i < pairs; i++) {
                r.emit(RelationType.BLOCKS, List.of(drugs.get(i)), List.of(targets.get(i)), si, found[0], found[0] + 1, t,
                        t + 1, "nominal-inhibition", 0.8, out);
            }
        } else if (drug != null) {
            r.emit(RelationType.BLOCKS, drugs != null ? drugs : List.of(drug), targets, si, found[0], found[0] + 1, t, t + 1,
                    "nominal-inhibition", 0.8, out);
        } else {
            Parentheticals.bracketedAgents(r, si, t, targets, out); // "Blockade of PDE1 (X, 100 microM), PDE2 (Y)"
        }
    }

    /** Whether "respectively" closes the list of {@code drugs}, pairing each with the target in its place. */
    private static boolean respectively(Reading r, int si, List<Argument> drugs) {
        Sentence s = r.sentence(si);
        int end = s.tokenStartingAt(drugs.get(drugs.size() - 1).span().end());
        int k = end < 0 ? s.size() : end;
        k = s.lower(k).equals(",") ? k + 1 : k;
        return s.lower(k).equals("respectively");
    }

    /**
     * The drug that is the subject of the clause before k: the nearest one a verb follows, past a bracket or a list's
     * closing comma ("curcumin improves", "sertindole and pimozide are known", "X, Y, and Z, were investigated"), in
     * the same clause; null where none is.
     */
    private static Mention clauseSubject(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        for (int j = k - 1; j >= 0; j--) {
            String w = s.lower(j);
            if (w.equals(";") || w.equals(":") || Reading.RELATIVE_PRONOUNS.contains(w)) {
                return null;
            }
            Mention m = r.endingAt(si, j);
            int after = m == null ? -1 : Parentheticals.after(s, m.to());
            after = after >= 0 && s.lower(after).equals(",") ? after + 1 : after;
            if (m != null && m.type() == EntityType.DRUG && after < s.size() && RelativeHeads.isVerbLike(s.token(after))) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> MEANS = Set.of("through", "via", "by");
    /** How many modifiers may stand between the preposition of means and the noun: "via a high affinity block of". */
    private static final int MEANS_MODIFIERS = 3;

    /** The "through", "via" or "by" that opens the noun of inhibition at t as a means ("through the inhibition of"), or -1. */
    private static int meansBefore(Sentence s, int t) {
        for (int k = t - 1; k >= 1 && t - k <= MEANS_MODIFIERS + 1; k--) {
            if (MEANS.contains(s.lower(k))) {
                return k;
            }
            String pos = s.token(k).pos();
            if (!Reading.ARTICLES.contains(s.lower(k)) && !pos.equals("ADJ") && !pos.equals("NOUN")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> EFFECT_NOUNS = Set.of("effect", "action", "activity", "potency");
    private static final Set<String> DIRECTIONS = Set.of("on", "against", "toward", "towards");
    private static final Set<String> POSSESSIVES = Set.of("its", "their");

    static boolean isEffectNoun(String lemma) {
        return EFFECT_NOUNS.contains(lemma);
    }

    /**
     * "the inhibitory effect of harmaline on CYP2D6", "inhibitory effects of X against Y", and with a possessive the
     * clause's subject: "X, Y and Z were investigated for their inhibitory effects against carbonic anhydrase".
     */
    static void inhibitoryEffect(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention agent;
        List<Argument> drugs;
        if (s.lower(t + 2).equals("of")) {
            agent = r.startingAt(si, t + 3);
            Argument drug = agent == null ? null : r.argument(agent, DRUGS);
            drugs = drug == null ? null : r.withFollowingConjuncts(si, drug, agent.to(), DRUGS);
        } else if (POSSESSIVES.contains(s.lower(t - 1))) {
            agent = clauseSubject(r, si, t - 1); // "X and Y were tested for their"
            Argument drug = agent == null ? null : r.argument(agent, DRUGS);
            drugs = drug == null ? null : r.withPrecedingConjuncts(si, drug, agent.from(), DRUGS);
        } else {
            return;
        }
        if (drugs == null) {
            return;
        }
        int on = -1;
        for (int k = t + 2; k < Math.min(s.size(), Math.max(agent.to(), t + 2) + 6) && on < 0; k++) {
            on = DIRECTIONS.contains(s.lower(k)) ? k : -1;
        }
        Argument target = on < 0 ? null : r.rightOf(si, on, 3, NominalPatterns.PROTEINS, new int[2]);
        if (target != null) {
            r.emit(RelationType.BLOCKS, drugs, List.of(target), si, agent.from(), agent.to(), t, t + 2,
                    "nominal-inhibitory-effect", 0.8, out);
        }
    }

    /** "human cyclooxygenase-1 (COX-1) inhibition by meloxicam": the target named before the noun, the drug after "by". */
    private static void targetBefore(Reading r, int si, int t, List<Statement> out) {
        Mention before = Parentheticals.nameEndingAt(r, si, t - 1, true);
        Argument target = before == null ? null : r.argument(before, NominalPatterns.PROTEINS);
        Mention agent = target == null ? null : r.startingAt(si, t + 2);
        Argument drug = agent == null ? null : r.argument(agent, DRUGS);
        if (drug != null) {
            List<Argument> drugs = r.withFollowingConjuncts(si, drug, agent.to(), DRUGS);
            List<Argument> targets = r.withPrecedingConjuncts(si, target, before.from(), NominalPatterns.PROTEINS);
            r.emit(RelationType.BLOCKS, drugs, targets, si, agent.from(), agent.to(), t, t + 1,
                    "nominal-inhibition", 0.8, out);
        }
    }
}
