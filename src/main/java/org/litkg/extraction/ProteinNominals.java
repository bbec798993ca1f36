package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.ShapeRecognizer;

/**
 * Noun phrases about where proteins sit: "CCR2, a receptor on monocytes", "CCR5 expressed on macrophages" ("the main
 * source of CXCL12" and "the CXCL12-CXCR4 axis" are {@link SourceAndAxisNominals}'; "its receptor CXCR4" is
 * {@link PossessedPartners}'). {@link NominalPatterns} finds the noun and calls these.
 */
final class ProteinNominals {

    private static final Set<EntityType> PROTEINS = NominalPatterns.PROTEINS;
    static final Set<EntityType> RECEPTORS = EnumSet.of(EntityType.RECEPTOR, EntityType.PROTEIN);
    /** Proteins that sit in a cell's membrane as receptors do, so that "a channel on neurons" is expressed on them. */
    private static final Set<String> MEMBRANE_NOUNS = Set.of("channel", "transporter", "pump", "integrin");
    /** What a checkpoint is called on the cells it restrains: "PD-1 and CTLA-4 are brakes on T cells". */
    private static final Set<String> BRAKE_NOUNS = Set.of("brake");
    static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER);
    private static final Set<String> LOCATION_ADVERBS = Set.of("only", "almost", "mostly", "mainly", "also", "chiefly");
    /** Nouns for a protein besides the cue list's protein nouns: "a protein complex", "a molecule found on". */
    private static final Set<String> PLACED_NOUNS = Set.of("complex", "molecule");
    static final Set<String> LOCATION_VERBS = Set.of("found", "expressed", "present", "located", "displayed",
            "sitting", "sits", "sit", "sat", "lies", "resides", "anchored", "embedded",
            "high", "abundant", "enriched", "bright"); // a flow note's "CCR2 high on classical monocytes"
    private static final Set<String> EXPRESSED = Set.of("expressed", "overexpressed");

    private ProteinNominals() {
    }

    /**
     * "the proton pump of gastric parietal cells": a protein named right before "of" and a cell type whose name ends
     * in "cells" right after it belongs to those cells.
     */
    static void ofCells(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention protein = r.endingAt(si, t - 1);
        int cellAt = s.lower(t + 1).equals("the") ? t + 2 : t + 1;
        Mention cells = r.startingAt(si, cellAt);
        if (protein == null || protein.anaphoric() || cells == null || cells.type() != EntityType.CELL_TYPE
                || !isCellsNoun(s.lower(cells.to() - 1))) {
            return;
        }
        Argument p = r.argument(protein, RECEPTORS);
        Argument c = r.argument(cells, CELLS);
        if (p != null && c != null) {
            r.emit(RelationType.EXPRESSED_ON, List.of(p), List.of(c), si, protein.from(), protein.to(), t, t + 1,
                    "nominal-of-cells", 0.7, out);
        }
    }

    /** "the CXCR4 receptor on T cells", "CCR5 expressed on macrophages": the protein is on the cells. */
    static void location(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int on = t;
        int receptorEnd = t - 1;
        if (EXPRESSED.contains(s.lower(t))) {
            on = LevelPhrases.pastLevel(s, t + 1); // "expressed at high levels on effector Tregs"
            if (!s.lower(on).equals("on") && !s.lower(on).equals("by") && !s.lower(on).equals("in")) {
                return; // "BTK is expressed in mast cells" places it there as "on" does
            }
        } else if (s.lower(t - 1).equals("expressed") || LevelPhrases.endsLevel(s, t - 1)) {
            return;
        }
        boolean apposedToReceptor = false;
        if (s.lower(t).equals("on") && s.lower(t - 1).equals(",")) {
            Mention apposed = r.endingAt(si, t - 2); // "binds its receptor, C5aR1, on neutrophils"
            // "binding two receptors, OX1R and OX2R, on neurons": the apposition may list them
            int opening = apposed == null ? -1 : beforeListed(r, si, apposed);
            receptorEnd = apposed != null && s.lower(opening).equals(",") ? t - 2 : receptorEnd;
            // "binds a receptor, PITPNM3, on the fibroblasts": the noun says it is a receptor, whatever a vocabulary says
            apposedToReceptor = receptorEnd == t - 2 && Lemmatizer.singular(s.lower(opening - 1)).equals("receptor");
        }
        if (s.lower(t).equals("on") && s.lower(t - 1).equals("(") && s.lower(t - 2).matches("[a-z0-9-]+")) {
            receptorEnd = t - 2; // a legend's "CXCR4 (on stem cells)"
        }
        // a verb such as "found" puts the protein on the cells, whatever kind of protein it is, and so does "inside"
        boolean placed = s.lower(t).equals("inside") || apposedToReceptor;
        Mention receptorMention = r.endingAt(si, receptorEnd);
        // "the melanocortin-4 receptor (MC4R) on neurons": the name before its bracketed alias
        receptorMention = receptorMention != null ? receptorMention : r.endingAt(si, Parentheticals.before(s, receptorEnd));
        Mention receptorFor = receptorMention == null || !s.lower(receptorMention.from() - 1).equals("for") ? null
                : r.endingAt(si, receptorMention.from() - 2); // "the receptor for interleukin-5 on eosinophils"
        receptorMention = receptorFor != null && receptorFor.type() == EntityType.RECEPTOR ? receptorFor : receptorMention;
        int[] receptorAt = new int[2];
        Argument receptor = null;
        if (receptorMention != null && !receptorMention.anaphoric()) {
            receptor = r.argument(receptorMention, RECEPTORS);
            receptorAt = new int[] {receptorMention.from(), receptorMention.to()};
            // "ferroportin, the iron channel on gut cells": a channel's own name places it in the cells' membrane
            // and so does a numbered one's: "glycine transporter 1 (GlyT1) on developing red blood cells"
            placed |= java.util.Arrays.stream(receptorMention.text().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"))
                    .map(Lemmatizer::singular).anyMatch(MEMBRANE_NOUNS::contains);
        } else {
            // "CCR2, a receptor on monocytes", "CXCR1 and CXCR2, two receptors found on neutrophils",
            // "XCR1, a receptor present only on", "CCR8, which is found almost only on"
            int head = EXPRESSED.contains(s.lower(t)) ? skipAdverbs(s, t - 1) : t - 1; // "CCR4 is highly expressed on"
            // "PD-1, a brake on the surface of T cells": whatever the noun, what is on a cell's surface is on the cell
            boolean surface = s.lower(t).equals("on") && CellPhrases.isSurfaceOf(s, t + 1);
            if (s.lower(t).equals("on") || s.lower(t).equals("inside")) { // "a protein found inside nerve cells"
                head = skipAdverbs(s, head);
                if (LOCATION_VERBS.contains(s.lower(head))) {
                    placed = true;
                    head = skipAdverbs(s, head - 1);
                    if (s.lower(head).equals("that") || s.lower(head).equals("which")) {
                        head--; // "DLL3, a protein that sits on ..."
                    }
                }
            }
            Mention relativeAntecedent = s.lower(head).equals(",") && placed ? r.endingAt(si, head - 1) : null;
            Mention pair = placed ? pairReferenceAt(r, si, head) : null; // "Both receptors sit on neurons"
            boolean brake = BRAKE_NOUNS.contains(Lemmatizer.singular(s.lower(head))) && s.lower(t).equals("on");
            if (pair == null && brake && Copulas.COPULAS.contains(s.lower(head - 1))) {
                pair = pairReferenceAt(r, si, head - 2); // "Both proteins are brakes on T cells"
            }
            Mention placedName = relativeAntecedent != null && !relativeAntecedent.anaphoric() ? relativeAntecedent : pair;
            if (placedName != null) {
                receptor = r.argument(placedName, RECEPTORS); // "the Duffy antigen, which sits on red cells"
                receptorAt = new int[] {placedName.from(), placedName.to()};
            }
            String noun = Lemmatizer.singular(s.lower(head));
            if ((noun.equals("chain") || noun.equals("subunit")) && s.lower(head - 1).equals("receptor")) {
                noun = "receptor"; // "IL-5Rα, the receptor chain on the surface of eosinophils"
            }
            // "CEACAM1 or CEACAM6, two close relatives found on granulocytes": a protein's kin is a protein
            boolean proteinNoun = r.cues.is(Cues.Category.PROTEIN_NOUN, noun) || PLACED_NOUNS.contains(noun)
                    || BRAKE_NOUNS.contains(noun)
                    || SubjectSearch.KIN_NOUNS.contains(noun);
            placed |= MEMBRANE_NOUNS.contains(noun); // "P2X3, an ion channel on sensory neurons": in their membrane
            // "CD3, a protein on T cells", "BCMA, the protein on myeloma cells": an apposed protein noun right before
            // "on" places the name on the cells
            placed |= proteinNoun && head == t - 1 && s.lower(t).equals("on") && s.lower(head - 2).equals(",")
                    && Reading.ARTICLES.contains(s.lower(head - 1));
            placed |= brake;
            if (receptor != null) {
                placed = true;
            } else if (noun.equals("receptor") || placed && proteinNoun || surface && !Copulas.COPULAS.contains(noun)) {
                // "CD3, a protein complex found on all T cells": any protein the text places on the cells
                receptor = r.apposedName(si, head, RECEPTORS, receptorAt);
                // "OX40 is a receptor on activated T cells"
                receptor = receptor != null ? receptor : Copulas.subject(r, si, head, RECEPTORS, receptorAt);
                // "a protein inside the cancer cells called the estrogen receptor"
                receptor = receptor != null ? receptor : CellPhrases.calledAfter(r, si, on, receptorAt);
                // "binds two receptors on B cells, TACI and BCMA"
                receptor = receptor != null || !s.lower(head).equals("receptors") ? receptor
                        : CellPhrases.namedAfterCells(r, si, on, receptorAt);
            } else if (placed && (receptorMention = nameBeforeVerb(r, si, head)) != null) {
                // "OX40L sits on dendritic cells", "its partner, OX40 ligand, sits on dendritic cells"
                receptor = r.argument(receptorMention, RECEPTORS);
                receptorAt = new int[] {receptorMention.from(), receptorMention.to()};
            } else if (Copulas.COPULAS.contains(s.lower(head)) || modalBe(s, head)
                    || MEASURED.contains(s.lower(head)) && Copulas.COPULAS.contains(s.lower(head - 1))) {
                // "CCR8, which is found almost only on", "CXCR5 is present on", "CD20 was measured on B cells"
                // and "CCR7 might also be on dendritic cells" (a hedge, which the emitted relation carries)
                int be = modalBe(s, head) ? skipAdverbs(s, head - 1)
                        : Copulas.COPULAS.contains(s.lower(head)) ? head : head - 1;
                boolean relative = Reading.RELATIVE_PRONOUNS.contains(s.lower(be - 1));
                // "CXCR4 and CXCR7, both of which are found on": the quantifier counts the antecedent's conjuncts
                int beforePronoun = relative && s.lower(be - 2).equals("of") && ALL_OF.contains(s.lower(be - 3)) ? be - 4 : be - 2;
                // "A second protein, GPRC5D, is also found on": the name the subject's apposition closes on
                Mention apposedName = !relative && s.lower(be - 1).equals(",") ? r.endingAt(si, be - 2) : null;
                boolean apposed = apposedName != null && s.lower(apposedName.from() - 1).equals(","); // not "..., the X of Y,"
                int end = SubjectSearch.bracketedName(r, si, apposed ? be - 2 : !relative ? be - 1
                        : s.lower(beforePronoun).equals(",") ? beforePronoun - 1 : beforePronoun);
                placed |= be < head || s.lower(head + 1).equals("found") || s.lower(head + 1).equals("present");
                end -= REFLEXIVES.contains(s.lower(end)) ? 1 : 0; // "bound CD47 itself, which is also found on platelets"
                Mention antecedent = r.endingAt(si, end);
                int copula = relative && (antecedent == null || antecedent.anaphoric()) ? Copulas.before(r, si, end) : -1;
                Mention subject = copula > 0 ? Copulas.subjectMention(r, si, copula) : null;
                antecedent = subject != null ? subject : antecedent; // "PRAME is an antigen that is expressed on"
                receptor = antecedent == null || antecedent.anaphoric() ? null : r.argument(antecedent, RECEPTORS);
                receptorAt = antecedent == null ? receptorAt : new int[] {antecedent.from(), antecedent.to()};
                if (receptor == null && antecedent != null && antecedent.anaphoric() && relative) {
                    receptor = r.apposedName(si, end, RECEPTORS, receptorAt); // "CXCR4, a receptor that is found on"
                }
                if (antecedent == null && !relative && (receptor = r.pronoun(si, end, RECEPTORS)) != null) {
                    receptorAt = new int[] {end, end + 1}; // "HER2 is a kinase. It is overexpressed in breast cancers"
                }
            }
        }
        // "X blocks the receptor on T cells": the one named before (but "binds its receptor on" is another protein)
        if (receptor == null && receptorMention != null && receptorMention.anaphoric()
                && (s.lower(receptorMention.from()).equals("the") || s.lower(receptorMention.from() - 1).equals("the"))
                && isObjectOf(s, receptorMention.from(), BOUND_OR_BLOCKED)) {
            receptor = r.argument(receptorMention, RECEPTORS);
            receptorAt = new int[] {receptorMention.from(), receptorMention.to()};
        }
        // a cluster-of-differentiation marker is a surface protein: "CD3 on T cells" places CD3 there
        boolean marker = receptor != null && ShapeRecognizer.isClusterOfDifferentiation(receptor.text());
        // "bridge BCMA on myeloma cells with CD3": what an antibody binds on cells is on their surface
        Mention bound = receptor == null ? null : r.startingAt(si, receptorAt[0]); // "binds LRP5 and LRP6 on osteoblasts"
        marker |= bound != null && isBoundObject(s, beforeListed(r, si, bound) + 1);
        // "latches onto gp100 on melanoma cells": so does what it latches or holds onto
        marker |= receptor != null && receptorAt[0] > 1 && ONTO.contains(s.lower(receptorAt[0] - 1))
                && BOUND_ONTO.contains(s.token(receptorAt[0] - 2).lemma());
        // "it grabs a partner called PSGL-1 on neutrophils": a protein the text names as it places it
        marker |= receptor != null && receptorAt[0] > 1 && r.cues.is(Cues.Category.NAMING_WORD, s.lower(receptorAt[0] - 1));
        if (receptor == null || receptor.node().type() != EntityType.RECEPTOR && !EXPRESSED.contains(s.lower(t)) && !placed
                && !marker) {
            return;
        }
        String preposition = s.lower(on); // "expressed in ovarian cancer and in breast cancer" places it in both
        if (CellPhrases.isSurfaceOf(s, on + 1)) {
            on += 3; // "sits on the surface of most cancer cells"
        }
        int[] found = new int[2];
        // "recruit neutrophils by binding CXCR2 on their surface": the cells are named before, and "their" stands for them
        // (what cells "lack" or "stopped expressing" on their surface is not on them)
        boolean theirSurface = TheirReceptors.theirSurfaceEnd(s, on) > 0 && isBoundObject(s, receptorAt[0]);
        Argument cell = theirSurface ? pluralOwnerBefore(r, si, receptorAt[0], found)
                : r.rightOf(si, on, 5, CELLS, found);
        cell = cell != null && !theirSurface && CellPhrases.unnamedBefore(r, si, on, found[0]) ? null : cell;
        Mention first = r.startingAt(si, on + 1);
        first = first != null ? first : r.startingAt(si, on + 2);
        if (cell == null && first != null && s.lower(first.to()).equals("and") && s.lower(first.to() + 1).equals("on")) {
            cell = r.rightOf(si, first.to() + 1, 4, CELLS, found); // "on the cancer cells and on macrophages"
        }
        Mention cellsAfter = cell != null && cell.node().type() == EntityType.CANCER ? r.startingAt(si, found[1]) : null;
        if (cellsAfter != null && cellsAfter.type() == EntityType.CELL_TYPE && !cellsAfter.anaphoric()) {
            cell = r.argument(cellsAfter, CELLS); // "on circulating CLL B cells": the cancer's B cells
            found[0] = cellsAfter.from();
            found[1] = cellsAfter.to();
        }
        Mention cancer = cell == null ? null : CellsOfCancer.cancerNamed(r, si, found); // "on the cells of most liposarcomas"
        if (cancer != null) {
            cell = r.argument(cancer, CELLS);
            found = new int[] {cancer.from(), cancer.to()};
        }
        boolean cellsNamed = isCellsNoun(s.lower(CellsOfCancer.cancersEnd(r, si, found[1]))); // "breast and ovarian cancer cells"
        if (cell != null && cell.node().type() == EntityType.CANCER && !cellsNamed
                && !isCellsNoun(s.lower(found[1] - 1)) && cancer == null && !preposition.equals("in")) {
            return; // "on leukaemia cells" places it on the cancer's cells; "its effect on leukaemia" does not
        }
        if (cell != null) {
            List<Argument> cells = new java.util.ArrayList<>(r.withFollowingConjuncts(si, cell, found[1], CELLS));
            found[1] = cellsNamed ? Math.max(found[1], CellsOfCancer.cancersEnd(r, si, found[1]) + 1) : found[1];
            int[] more = new int[2];
            Argument next;
            // "present on B cells and on follicular helper T cells": the preposition repeated after each conjunct
            int closing = Conjuncts.pastApposition(s, found[1], false, APPOSITION_REACH);
            if (closing > found[1] && s.lower(closing + 2).equals("on")) {
                found[1] = closing + 1; // "on trophoblasts, the cells that form the border, and on"
            }
            found[1] += REFLEXIVES.contains(s.lower(found[1])) ? 1 : 0; // "on keratinocytes themselves and on dendritic cells"
            // "on most colorectal cancer cells, and on about a quarter of lung cancers"
            int and = s.lower(found[1]).equals(",") ? found[1] + 1 : found[1];
            while ((s.lower(and).equals("and") || s.lower(and).equals("or")) && s.lower(pastAside(s, and)).equals(preposition)
                    && (next = r.rightOf(si, pastAside(s, and), REPEATED_ON_REACH, CELLS, more)) != null
                    && !KINDS_OF.contains(s.lower(more[0] - 1))) { // not "and on many other epithelial tumours
                cells.add(next);
                found[1] = more[1];
                and = s.lower(found[1]).equals(",") ? found[1] + 1 : found[1];
            }
            // "binds CD19 and CD3, a protein on T cells": a singular apposition describes only the name before it
            boolean oneApposed = s.lower(receptorAt[1]).equals(",")
                    && (s.lower(receptorAt[1] + 1).equals("a") || s.lower(receptorAt[1] + 1).equals("an"));
            List<Argument> receptors = receptorAt[0] > on ? r.withFollowingConjuncts(si, receptor, receptorAt[1], RECEPTORS)
                    : oneApposed ? List.of(receptor) : r.withPrecedingConjuncts(si, receptor, receptorAt[0], RECEPTORS);
            r.emit(RelationType.EXPRESSED_ON, receptors, cells, si, receptorAt[0], receptorAt[1],
                    t, on + 1, "nominal-location", 0.8, out);
        }
    }

    /** The token before the names listed with {@code last} ("OX1R and OX2R", "CCR1, CCR3 and CCR5"), or before it alone. */
    private static int beforeListed(Reading r, int si, Mention last) {
        Sentence s = r.sentence(si);
        int k = last.from() - 1;
        if (!s.lower(k).equals("and") && !s.lower(k).equals("or")) {
            return k; // "the LIF receptor, LIFR, on": one name apposed to another is no list
        }
        Mention previous;
        while (k > 0 && (s.lower(k).equals("and") || s.lower(k).equals("or") || s.lower(k).equals(","))
                && (previous = r.endingAt(si, k - 1)) != null && !previous.anaphoric() && r.argument(previous, RECEPTORS) != null) {
            k = previous.from() - 1;
        }
        return k;
    }

    /**
     * How far before the receptor the cells "their" stands for may be: "recruit neutrophils into the skin by binding";
     * "Lymphocytes leave the nodes by following a signal called X, which binds the Y receptor on their surface".
     */
    private static final int THEIR_REACH = 20;

    /**
     * The cells "their" stands for, named before token end: "draws regulatory T cells into the tumour by binding CCR4
     * on their surface" skips "the tumour", a singular that "their" cannot stand for.
     */
    private static Argument pluralOwnerBefore(Reading r, int si, int end, int[] found) {
        Argument owner = r.leftOf(si, end, THEIR_REACH, CELLS, found);
        Mention named = owner == null ? null : r.endingAt(si, found[1] - 1);
        // "microglia", a Latin plural the singular test keeps as it is, can own a surface
        while (named != null && found[0] > 0 && !r.headIsPlural(named) && !named.text().endsWith("a")) {
            owner = r.leftOf(si, found[0], THEIR_REACH - (end - found[0]), CELLS, found);
            named = owner == null ? null : r.endingAt(si, found[1] - 1);
        }
        return owner;
    }
    private static final Set<String> REFLEXIVES = Set.of("themselves", "itself");
    /** Quantifiers before "of which" that take in every conjunct of the antecedent: "both of which", "all of which". */
    private static final Set<String> ALL_OF = Set.of("both", "all", "each");

    /** The token after a conjunction at k and an aside of degree after it: "and, to a lesser extent, on". */
    private static int pastAside(Sentence s, int and) {
        int past = s.lower(and + 1).equals(",") ? Conjuncts.pastDegree(s, and + 2) : and + 2;
        return past > and + 2 ? past : and + 1;
    }

    /** Verbs whose object an antibody binds where it sits: "binds BCMA on myeloma cells". */
    private static final Set<String> BOUND_BY = Set.of("bind", "bridge", "target", "grab", "recognise", "recognize");

    /** Whether the name starting at token k is the object of a binding verb: "binds BCMA", "binding the CCR5 receptor". */
    private static boolean isBoundObject(Sentence s, int k) {
        return isObjectOf(s, k, BOUND_BY);
    }

    /** Verbs whose object, named before as "the receptor", is the receptor they act on: "blocks the receptor on". */
    private static final Set<String> BOUND_OR_BLOCKED = java.util.stream.Stream.concat(BOUND_BY.stream(),
            java.util.stream.Stream.of("block")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the name starting at token k, past an article, is the object of one of the verbs (by lemma). */
    private static boolean isObjectOf(Sentence s, int k, Set<String> verbs) {
        int verb = k - (Reading.ARTICLES.contains(s.lower(k - 1)) ? 2 : 1);
        return verb >= 0 && verbs.contains(s.token(verb).lemma());
    }

    /** Verbs of holding onto a protein, before "onto" or "to": "latches onto gp100 on melanoma cells". */
    private static final Set<String> BOUND_ONTO = Set.of("latch", "attach", "lock", "hook", "cling", "bind", "stick");
    private static final Set<String> ONTO = Set.of("onto", "to");

    /** Participles of finding a protein somewhere, which place it there: "CD20 was measured on B cells". */
    private static final Set<String> MEASURED = Set.of("measured", "detected", "quantified", "seen", "stained");

    /** Words before a place that make it cells in general: "many other tumours" (but "many endometrial cancers"). */
    private static final Set<String> KINDS_OF = Set.of("other", "various");

    /** How far the place after a repeated "and on" may be: "and on about a quarter of lung cancers". */
    private static final int REPEATED_ON_REACH = 6;

    /** How far an apposition after a place may reach before ", and on". */
    private static final int APPOSITION_REACH = 14;

    /** The name right before a verb at k, or apposed there between commas ("its partner, OX40 ligand, sits"). */
    private static Mention nameBeforeVerb(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention m = r.endingAt(si, k);
        if (m == null && s.lower(k).equals(",")) {
            m = r.endingAt(si, k - 1);
            m = m != null && s.lower(m.from() - 1).equals(",") ? m : null;
        }
        return m == null || m.anaphoric() ? null : m;
    }

    /** "Both receptors sit on neurons": a reference to a pair or a group, ending at k before a verb that places it. */
    private static Mention pairReferenceAt(Reading r, int si, int k) {
        Mention m = r.endingAt(si, k);
        return m != null && r.isGroupReference(m) ? m : null;
    }

    static boolean isCellsNoun(String w) {
        return w.equals("cells") || w.equals("cell") || w.equals("blasts");
    }

    /** Modal verbs before "be": "might also be on". */
    private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "must", "can", "will", "should");

    /** "be" at k after a modal verb, adverbs between: "may be", "might also be". */
    private static boolean modalBe(Sentence s, int k) {
        return s.lower(k).equals("be") && MODALS.contains(s.lower(skipAdverbs(s, k - 1)));
    }

    /** Denials between a copula and "expressed": "CCR2 is not expressed on eosinophils" is read, and negated. */
    private static final Set<String> DENIALS = Set.of("not", "n't", "never");

    private static int skipAdverbs(Sentence s, int k) {
        while (k > 0 && (LOCATION_ADVERBS.contains(s.lower(k)) || s.lower(k).endsWith("ly")
                || DENIALS.contains(s.lower(k)))) {
            k--;
        }
        return k;
    }
}
