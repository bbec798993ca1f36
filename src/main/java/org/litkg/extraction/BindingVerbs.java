package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Verbs that mean binding only for some agents: "One end recognises gp100", "Semaglutide activates the GLP-1 receptor",
 * "an antibody that sits on the CGRP receptor" are a drug's binding, while a protein that sits on cells binds nothing
 * by that. A protein that activates a receptor binds it only when the receptor is named for it ("IL-36 activates the
 * IL-36 receptor"); "IL-6 activates GLP1R in mice" may be by any route.
 */
final class BindingVerbs {

    /** Binding verbs read forward only with a drug (or, for an agonist verb, a ligand) as the agent. */
    static final Set<String> DRUG_BINDING = Set.of("recognize", "recognise", "activate", "stimulate", "sit", "switch",
            "modulate");
    /** Verbs by which a drug binds only a receptor it turns on: "metformin activates AMPK" binds nothing. */
    static final Set<String> AGONIST_VERBS = Set.of("activate", "stimulate", "switch");
    /** What an agonist binds, by a verb ("activates") or a noun ("receptor agonists such as X"): a receptor. */
    static final Set<EntityType> AGONIST_TARGETS = EnumSet.of(EntityType.RECEPTOR);
    /** What may turn a receptor on by binding it: a drug, or a protein or chemokine as its ligand. */
    private static final Set<EntityType> LIGANDS = EnumSet.of(EntityType.DRUG, EntityType.PROTEIN, EntityType.CHEMOKINE);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);

    private BindingVerbs() {
    }

    /** "stops CCL2 from activating it": an activation prevented is no binding asserted. */
    private static boolean isAgonistVerb(Sentence s, int t, Trigger sense) {
        return AGONIST_VERBS.contains(sense.lemma()) && !s.lower(t - 1).equals("from");
    }

    /** Who may bind by the verb at t: a ligand for an agonist verb, else a drug. */
    static Set<EntityType> agents(Sentence s, int t, Trigger sense) {
        return isAgonistVerb(s, t, sense) ? LIGANDS : DRUGS;
    }

    /**
     * What may be bound by the verb at t: a receptor for an agonist verb, else what the relation allows. An enzyme a
     * drug activates "directly" is bound too: "Vericiguat and riociguat stimulate sGC directly".
     */
    static Set<EntityType> patients(Sentence s, int t, Trigger sense, Set<EntityType> allowed) {
        return isAgonistVerb(s, t, sense) && !isDirect(s, t) ? AGONIST_TARGETS : allowed;
    }

    /** How far after the verb "directly" may come: "stimulate soluble guanylate cyclase (sGC) directly". */
    private static final int DIRECTLY_REACH = 8;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", ":");

    /** "directly" just before the verb at t or after it, before the clause ends. */
    private static boolean isDirect(Sentence s, int t) {
        if (s.lower(t - 1).equals("directly")) {
            return true;
        }
        for (int k = t + 1; k < Math.min(s.size(), t + 1 + DIRECTLY_REACH) && !CLAUSE_ENDS.contains(s.lower(k)); k++) {
            if (s.lower(k).equals("directly")) {
                return true;
            }
        }
        return false;
    }

    /** Binding statements for an agonist verb: a drug binds every receptor it activates, a protein the one named for it. */
    static void emitActivations(Reading r, Trigger sense, List<Argument> subjects, List<Argument> objects, int si, int[] left,
                                int t, String method, double confidence, List<Statement> out) {
        for (Argument subject : subjects) {
            List<Argument> bound = subject.node().type() == EntityType.DRUG ? objects
                    : objects.stream().filter(o -> isNamedFor(o, subject)).toList();
            r.emit(sense.relation(), List.of(subject), bound, si, left[0], left[1], t, t + 1, method, confidence, out);
        }
    }

    /** The receptor is named for the ligand: "IL-36 receptor" for IL-36. */
    private static boolean isNamedFor(Argument receptor, Argument ligand) {
        String r = receptor.text().toLowerCase(Locale.ROOT);
        String l = ligand.text().toLowerCase(Locale.ROOT);
        return r.startsWith(l + " receptor") || r.startsWith(l + "-receptor") || r.startsWith(l + " r");
    }

    /** How far the second protein a bispecific bridges may stand after the first. */
    private static final int BRIDGE_REACH = 8;

    /**
     * The second protein in "bridges BCMA on myeloma cells with CD3-expressing T cells" (or "to CD3 on T cells"): a
     * bispecific that bridges two proteins binds both. Null where no "with" or "to" and a protein follow the first.
     */
    static Argument bridgedPartner(Reading r, int si, int firstEnd, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        for (int k = firstEnd; k < Math.min(s.size(), firstEnd + BRIDGE_REACH); k++) {
            if (CLAUSE_ENDS.contains(s.lower(k))) {
                return null;
            }
            if (s.lower(k).equals("with") || s.lower(k).equals("to")) {
                return r.rightOf(si, k, 3, allowed, new int[2]);
            }
        }
        return null;
    }

    /**
     * The second target in "grabs BCMA on myeloma cells with one arm and CD3 on T cells with the other": after the first
     * target, "with one arm" (or "end"), then "and" and a name. Null where the sentence does not go on so.
     */
    static Argument otherArmTarget(Reading r, int si, int firstEnd, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        for (int k = firstEnd; k + 4 < Math.min(s.size(), firstEnd + BRIDGE_REACH); k++) {
            if (CLAUSE_ENDS.contains(s.lower(k))) {
                return null;
            }
            boolean oneArm = s.lower(k).equals("with") && s.lower(k + 1).equals("one")
                    && (s.lower(k + 2).equals("arm") || s.lower(k + 2).equals("end")) && s.lower(k + 3).equals("and");
            if (oneArm) {
                Mention next = r.startingAt(si, k + 4);
                return next == null || next.anaphoric() ? null : r.argument(next, allowed);
            }
        }
        return null;
    }

    /** Words for what a receptor binds: "blocks ligand binding", "blocks the binding of its ligands". */
    private static final Set<String> LIGAND_WORDS = Set.of("ligand", "ligands");
    /** Words for what a bound protein sends or passes on: "binds CD47 and blocks that signal", "that brake". */
    private static final Set<String> SIGNAL_WORDS = Set.of("signal", "signals", "signalling", "signaling", "brake");

    /**
     * "and blocks ligand binding", "and blocks that signal": the verb at t, after "and", has for its object a ligand's
     * binding or a protein's signal, no name of its own; what it blocks is then what the agent was said to bind.
     */
    static boolean blocksBindingOrSignal(Sentence s, int t) {
        int k = s.lower(t + 1).equals("the") || s.lower(t + 1).equals("its") || s.lower(t + 1).equals("that") ? t + 2 : t + 1;
        boolean ligandBinding = LIGAND_WORDS.contains(s.lower(k)) && s.lower(k + 1).equals("binding")
                || s.lower(k).equals("binding") && s.lower(k + 1).equals("of")
                && (LIGAND_WORDS.contains(s.lower(k + 2)) || LIGAND_WORDS.contains(s.lower(k + 3)));
        boolean signal = SIGNAL_WORDS.contains(s.lower(k)) && !s.lower(k + 1).equals("of"); // not "the signal of another"
        return s.lower(t - 1).equals("and") && (ligandBinding || signal);
    }

    /** How far a ligand's apposition may run: ", the chemokine SDF-1 (also called CXCL12),". */
    private static final int APPOSITION_TOKENS = 16;

    /**
     * What a drug blocks, its object read as {@code patient} (ending at right[1]): in "inhibited binding of MIP-1beta to
     * CCR5" the receptor the ligand binds, not the ligand; in "anti-TNF antibodies such as infliximab block that
     * signal" the protein the drug's class is named against, not the one "that signal" would stand for; else the object.
     */
    static Argument whatIsBlocked(Reading r, int si, Argument agent, Argument patient, int[] right,
                                  Set<org.litkg.recognition.EntityType> patientTypes) {
        Sentence s = r.sentence(si);
        if (boundLigand(s, right[0])) {
            int to = receptorPreposition(s, right[1]);
            return to < 0 ? null : r.rightOf(si, to, 3, patientTypes, right);
        }
        Argument declared = patient.reference() && agent != null ? AntibodyPhrases.classTarget(r, si, agent) : null;
        return declared != null ? declared : patient;
    }

    /**
     * Whether the name starting at k is the ligand in "the binding of L", or its apposition in "the binding of its
     * ligand, L (...), to R": what is blocked then is the receptor R, not the ligand.
     */
    private static boolean boundLigand(Sentence s, int k) {
        if (s.lower(k - 1).equals("of") && s.lower(k - 2).equals("binding")) {
            return true;
        }
        int word = Reading.ARTICLES.contains(s.lower(k - 3)) || s.lower(k - 3).equals("its") ? k - 3 : k - 2;
        return s.lower(k - 1).equals(",") && LIGAND_WORDS.contains(s.lower(k - 2)) && s.lower(word - 1).equals("of")
                && s.lower(word - 2).equals("binding");
    }

    /**
     * The "to" naming the receptor in "the binding of L to R", after the ligand's name ending at k, or after an apposition
     * to it ("the binding of its ligand, SDF-1 (CXCL12), to CXCR4"); else -1.
     */
    private static int receptorPreposition(Sentence s, int k) {
        int depth = 0;
        for (int j = k; j < Math.min(s.size(), k + APPOSITION_TOKENS); j++) {
            String w = s.lower(j);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth == 0 && w.equals("to") && (j == k || s.lower(j - 1).equals(","))) {
                return j;
            }
            if (depth == 0 && (w.equals(";") || w.equals(".") || j > k && w.equals("to"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "binds CD80 and CD86 and blocks that signal": where the blocked was found before the verb ({@code span} ends
     * before {@code t}), the names listed before it are blocked too; each is added to {@code patients} once.
     */
    static void addBoundBefore(Reading r, int si, Argument patient, int[] span, int t, Set<EntityType> types,
                               List<Argument> patients) {
        if (span[1] > t) {
            return;
        }
        for (Argument listed : r.withPrecedingConjuncts(si, patient, span[0], types)) {
            if (!patients.contains(listed)) {
                patients.add(listed);
            }
        }
    }
}
