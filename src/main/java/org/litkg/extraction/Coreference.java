package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * Resolves references ("the drug", "this protein", "these cells", "it") to the entity they stand
 * for: the nearest earlier named entity of a fitting type, a few sentences back at most. "The
 * tumor" and "cancer cells" stand for the cancer in focus: the latest cancer named so far (or, in a
 * text that names one only later, the first).
 */
final class Coreference {

    static final int SENTENCES_BACK = 3;
    private static final Set<String> PRONOUNS = Set.of("it", "they", "them", "itself", "themselves");
    private final RecognizedDocument doc;

    private final TopicDrugs topicDrugs;

    Coreference(RecognizedDocument doc) {
        this.doc = doc;
        this.topicDrugs = new TopicDrugs(doc);
    }

    TopicDrugs topicDrugs() {
        return topicDrugs;
    }

    static boolean isPronoun(String lower) {
        return PRONOUNS.contains(lower);
    }

    /** The entity a mention denotes, if its type is allowed: itself for names, the antecedent for references. */
    Node.EntityNode resolve(Mention m, Set<EntityType> allowed) {
        if (!m.anaphoric()) {
            DocumentEntities.Entity e = doc.entities().of(m);
            return allowed.contains(e.type()) ? new Node.EntityNode(e) : null;
        }
        if (QuizAnswers.isAsked(doc, m)) {
            return QuizAnswers.answer(doc, m, allowed); // "6. Which drug is given ...?" answered "6. Plerixafor."
        }
        if (m.type().kind() == EntityType.Kind.DISEASE) {
            return FocusCancers.referredTo(doc, m, allowed); // "the lymphoma cells", but not "many tumours"
        }
        if (m.type() == EntityType.ORGANIZATION) {
            return InstitutionReferences.named(doc, m, allowed); // "the infirmary", "the institute"
        }
        Mention firstArm = AntibodyArms.earlierArm(doc, m);
        if (firstArm != null) {
            return resolve(firstArm, allowed); // "One arm binds PD-1 ... The other arm grabs VEGF"
        }
        boolean opens = m.from() == doc.analyzed().sentences().get(m.sentence()).afterShortLabel(); // "Definition: A"
        Node.EntityNode heading = opens && m.type().kind() == EntityType.Kind.DRUG
                ? topicDrugs.headingDrug(m.sentence()) : null;
        if (heading != null) {
            return allowed.contains(heading.type()) ? heading : null; // "MAVORIXAFOR * A pill made by X4 that blocks CXCR4"
        }
        // "A single dose frees the stem cells": a dose is always of the drug already named, never a new one's lede
        if (isIndefinite(m) && !m.text().toLowerCase(java.util.Locale.ROOT).endsWith("dose")) {
            if (m.from() != 0) {
                return apposedTo(m, allowed);
            }
            Node.EntityNode later = Ledes.namedLater(doc, m, allowed);
            return later != null ? later : Ledes.itemBefore(doc, m, allowed);
        }
        if (doc.analyzed().sentences().get(m.sentence()).lower(m.from() + 1).equals("same")) {
            return mostNamedOfItsType(m, allowed); // "efgartigimod, which blocks the same receptor"
        }
        Mention named = NamedAfterNouns.nameAfter(doc.analyzed().sentences().get(m.sentence()),
                doc.mentions().get(m.sentence()), m); // "the receptor for this protein, CXCR4,"
        named = named != null ? named : nameRightAfter(m); // "inhibited by the drug glyburide"
        if (named != null) {
            Node.EntityNode node = new Node.EntityNode(doc.entities().of(named));
            return allowed.contains(node.type()) ? node : null;
        }
        Node.EntityNode owned = OwnedReceptors.of(doc, m, allowed);
        if (owned != null) {
            return owned; // "Interleukin-6 works by binding its receptor": the interleukin-6 receptor named before
        }
        allowed = signalNoun(m) ? without(allowed, EntityType.RECEPTOR) : allowed; // "soaking up the two ligands": no receptor
        // "the receptor", "the chemokine" stand first for one of their own kind, before any nearer protein
        // ("neurokinin B, which binds the receptor")
        boolean specific = m.type().kind() == EntityType.Kind.PROTEIN && m.type() != EntityType.PROTEIN;
        Node.EntityNode nearest = specific && allowed.contains(m.type())
                ? nearestBefore(m.sentence(), m.from(), Set.of(m.type()), m.type().kind()) : null;
        if (nearest == null) {
            // "the receptor anchors stem cells": a receptor's reference is no chemokine, nor a chemokine's a receptor
            nearest = nearestBefore(m.sentence(), m.from(), specific ? without(allowed, partnerOf(m.type())) : allowed,
                    m.type().kind());
        }
        if (nearest == null && specific && allowed.contains(m.type())) {
            // "also blocked these mutant receptors", sentences after the receptor was last named: the text's receptor
            nearest = mostNamedOfItsType(m, allowed);
        }
        if (nearest != null && m.type().kind() == EntityType.Kind.DRUG && !namedEarlierIn(m.sentence(), m.from(), nearest)) {
            return topicDrugs.mostNamedDrug(m.sentence(), m.from(), allowed, nearest);
        }
        if (nearest == null && m.type() == EntityType.DRUG) {
            // "a trial testing a pill called X ... [five sentences of a patient's words] ... The pill blocks CCR2": a
            // definite drug named longer ago than a reference usually reaches is the drug the text is about
            return topicDrugs.mostNamedDrug(m.sentence(), m.from(), allowed, null);
        }
        return nearest;
    }

    /**
     * The name right after a definite noun, with no comma between, of the noun's kind: "the drug glyburide", "the
     * chemokine CXCL12". The noun is that name's, not a reference to one named before; null if no such name follows.
     */
    private Mention nameRightAfter(Mention m) {
        if (!doc.analyzed().sentences().get(m.sentence()).lower(m.from()).equals("the")) {
            return null;
        }
        for (Mention x : doc.mentions().get(m.sentence())) {
            if (x.from() == m.to() && !x.anaphoric() && x.type().kind() == m.type().kind()) {
                return x;
            }
        }
        return null;
    }

    /** Nouns for what binds a receptor, which are never the receptor: "the ligand", "these cytokines". */
    private static final Set<String> SIGNAL_NOUNS = Set.of("ligand", "cytokine", "hormone");

    private boolean signalNoun(Mention m) {
        String head = doc.analyzed().sentences().get(m.sentence()).lower(m.to() - 1);
        return SIGNAL_NOUNS.contains(org.litkg.analysis.Lemmatizer.singular(head));
    }

    /** The partner a reference of this type stands apart from: a receptor's, the chemokine; a chemokine's, the receptor. */
    private static EntityType partnerOf(EntityType type) {
        return type == EntityType.RECEPTOR ? EntityType.CHEMOKINE : type == EntityType.CHEMOKINE ? EntityType.RECEPTOR : null;
    }

    private static Set<EntityType> without(Set<EntityType> allowed, EntityType left) {
        Set<EntityType> kept = java.util.EnumSet.noneOf(EntityType.class);
        allowed.stream().filter(t -> t != left).forEach(kept::add);
        return kept;
    }

    /**
     * "It is not used with efgartigimod, which blocks the same receptor": "the same" one of a kind is the one the text
     * so far names most, however far back (the receptor the text is about), not the nearest.
     */
    private Node.EntityNode mostNamedOfItsType(Mention m, Set<EntityType> allowed) {
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(m.sentence());
        Mention apposed = s.lower(m.from() - 1).equals(",") ? endingAt(m.sentence(), m.from() - 1) : null;
        if (apposed != null && !apposed.anaphoric() && apposed.type() == m.type()) {
            Node.EntityNode named = new Node.EntityNode(doc.entities().of(apposed)); // "X, the same receptor that Y blocks"
            return allowed.contains(named.type()) ? named : null;
        }
        Node.EntityNode best = topicDrugs.mostNamedOfType(m.sentence(), m.from(), m.type());
        return best != null && allowed.contains(best.type()) ? best : null;
    }

    private Mention endingAt(int si, int end) {
        return doc.mentions().get(si).stream().filter(x -> x.to() == end).findFirst().orElse(null);
    }

    private boolean isIndefinite(Mention m) {
        String det = doc.analyzed().sentences().get(m.sentence()).lower(m.from());
        return det.equals("a") || det.equals("an");
    }

    /**
     * "E-selectin, an adhesion protein": an indefinite apposition stands for the name just before it, and for nothing
     * when no name is there; it never reaches back to an earlier sentence.
     */
    private Node.EntityNode apposedTo(Mention m, Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        boolean bracket = s.lower(m.from() - 2).equals(")");
        int end = bracket ? m.from() - 2 : m.from() - 1; // "interleukin-23 (IL-23), a cytokine"
        int beforeBracket = bracket ? Parentheticals.before(s, end) : end;
        for (Mention x : doc.mentions().get(m.sentence())) {
            // "belimumab (Benlysta), an antibody": a brand in brackets need not be a mention of its own
            if (!x.anaphoric() && (x.to() == end || beforeBracket < end && x.to() == beforeBracket + 1)) {
                DocumentEntities.Entity e = doc.entities().of(x);
                // "In chronic pancreatitis, an enzyme ...": a description of another kind describes no name before it
                boolean sameKind = e.type().kind() == m.type().kind() || e.type().kind() != EntityType.Kind.PROTEIN
                        && m.type().kind() != EntityType.Kind.PROTEIN; // a drug's class, a cancer's cells describe it too
                return allowed.contains(e.type()) && sameKind ? new Node.EntityNode(e) : null;
            }
        }
        return null;
    }

    private boolean namedEarlierIn(int si, int token, Node.EntityNode node) {
        return doc.mentions().get(si).stream().anyMatch(x -> !x.anaphoric() && x.to() <= token
                && new Node.EntityNode(doc.entities().of(x)).equals(node));
    }

    /**
     * Each plural reference ("both chemokines", "these drugs", "they") replaced by every entity it stands
     * for: the nearest earlier named one of its type and those coordinated with it ("CXCL1 and CXCL5").
     */
    List<Argument> withGroups(int si, List<Argument> arguments, Set<EntityType> allowed) {
        List<Argument> out = new java.util.ArrayList<>();
        for (Argument a : arguments) {
            Mention m = a.reference() ? mentionWithSpan(si, a.span()) : null;
            List<Node.EntityNode> group = m != null && isPlural(m) ? resolveGroup(m, allowed) : List.of();
            if (m == null && a.reference() && PLURAL_PRONOUNS.contains(a.text().toLowerCase(java.util.Locale.ROOT))
                    && a.node() instanceof Node.EntityNode named) {
                int token = doc.analyzed().sentences().get(si).tokenStartingAt(a.span().start());
                // "They bind CCR7"; "Bimekizumab neutralises both": "both" stands for a pair named together
                boolean both = a.text().equalsIgnoreCase("both") || a.text().equalsIgnoreCase("two"); // "the two"
                group = groupOf(named, si, Math.max(0, token), allowed, both);
                if (both && group.size() == 1 && named.type().kind() == EntityType.Kind.DRUG) {
                    // "Benralizumab binds ..., while tezepelumab blocks TSLP. Both have been approved": two drugs apart
                    Node.EntityNode other = nearestOther(si, Math.max(0, token), EntityType.Kind.DRUG, named, allowed);
                    group = other == null ? group : List.of(named, other);
                }
            }
            int count = m == null && a.reference() ? CountedReferences.count(a.text()) : 0;
            if (count > 1 && a.node() instanceof Node.EntityNode named) { // "All three are approved"
                int token = doc.analyzed().sentences().get(si).tokenStartingAt(a.span().start());
                group = CountedReferences.lastNamed(doc, si, Math.max(0, token), count, named.type());
            }
            if (group.size() > 1) {
                group.forEach(node -> out.add(new Argument(node, a.span(), a.text(), true)));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "themselves", "both", "two");

    private Mention mentionWithSpan(int si, org.litkg.document.Span span) {
        for (Mention m : doc.mentions().get(si)) {
            if (m.span().equals(span)) {
                return m;
            }
        }
        return null;
    }

    /** Openings of a reference to each of a pair: "both drugs", "the two drugs", "each drug", "neither drug". */
    private static final List<String> PAIR_OPENERS = List.of("both ", "the two ", "each ", "neither ");

    boolean isPlural(Mention m) {
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        return m.anaphoric() && (headIsPlural(m) || PAIR_OPENERS.stream().anyMatch(text::startsWith));
    }

    /** The mention's last word is a plural: "these chemokines", "blood vessels", "T cells". */
    boolean headIsPlural(Mention m) {
        String head = doc.analyzed().sentences().get(m.sentence()).lower(m.to() - 1);
        return !org.litkg.analysis.Lemmatizer.singular(head).equals(head);
    }

    /**
     * What a plural reference stands for: its antecedent and the entities of the same type coordinated
     * with it where it is named ("CXCL1 and CXCL5 ... Both chemokines").
     */
    private List<Node.EntityNode> resolveGroup(Mention m, Set<EntityType> allowed) {
        Node.EntityNode first = resolve(m, allowed);
        boolean held = FocusCancers.cellsOfHeldFocus(doc, m); // "Tumour cells" after "approved for X and Y": X's only
        List<Node.EntityNode> group = first == null ? List.of() : held ? List.of(first)
                : groupOf(first, m.sentence(), m.from(), allowed, false);
        // only drugs ("Each drug is approved on its own"): "both enzymes" after two named apart is too often a pair the
        // text never named (ChemProt); and receptors: "blocks D1 receptors, and it does not bind D2 receptors. Both
        // receptors sit on neurons"
        // and signals: "secukinumab blocks IL-17A alone, bimekizumab binds both cytokines"
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        boolean both = PAIR_OPENERS.stream().anyMatch(text::startsWith) && (m.type().kind() == EntityType.Kind.DRUG
                || m.type() == EntityType.RECEPTOR || text.endsWith("cytokines") || text.endsWith("chemokines")
                || text.endsWith("proteins")); // "botensilimab grabs CTLA-4 and balstilimab blocks PD-1. Both proteins"
        List<Node.EntityNode> named = both && group.size() == 1 ? groupOf(first, m.sentence(), m.from(), allowed, true) : group;
        if (named.size() > 1) {
            return named; // "two pills, X and Y. X, like Z, inhibits ... took both drugs": the pair named together
        }
        if (both && group.size() == 1) {
            Node.EntityNode other = nearestOther(m, first, allowed); // "Seladelpar ... elafibranor ... Both drugs"
            return other == null ? group : List.of(first, other);
        }
        return group;
    }

    /** The nearest entity of the reference's kind named before it that is not {@code first}, within a few sentences. */
    private Node.EntityNode nearestOther(Mention m, Node.EntityNode first, Set<EntityType> allowed) {
        return nearestOther(m.sentence(), m.from(), m.type().kind(), first, allowed);
    }

    private Node.EntityNode nearestOther(int si, int token, EntityType.Kind kind, Node.EntityNode first,
                                         Set<EntityType> allowed) {
        for (int s = si, oldest = ReachBack.earliest(doc, si); s >= oldest; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention named = ms.get(i);
                Node.EntityNode node = named.anaphoric() || s == si && named.to() > token ? null
                        : new Node.EntityNode(doc.entities().of(named));
                if (node != null && !node.equals(first) && allowed.contains(node.type())
                        && node.type().kind() == kind && !describes(s, i, first)) {
                    return node;
                }
            }
        }
        return null;
    }

    /**
     * "inebilizumab, an anti-CD19 antibody": the mention at i of sentence si and {@code other} are one drug, a name and
     * the description set after it.
     */
    private boolean describes(int si, int i, Node.EntityNode other) {
        List<Mention> ms = doc.mentions().get(si);
        return i > 0 && apposed(si, i) && entityIs(ms.get(i - 1), other)
                || i + 1 < ms.size() && apposed(si, i + 1) && entityIs(ms.get(i + 1), other);
    }

    /** The mention at i follows the one before it as an indefinite apposition: "X, an anti-CD19 antibody". */
    private boolean apposed(int si, int i) {
        List<Mention> ms = doc.mentions().get(si);
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(si);
        int from = ms.get(i).from();
        return (s.lower(from - 1).equals("a") || s.lower(from - 1).equals("an")) && s.lower(from - 2).equals(",")
                && ms.get(i - 1).to() == from - 2;
    }

    private boolean entityIs(Mention m, Node.EntityNode node) {
        return !m.anaphoric() && doc.entities().of(m).equals(node.entity());
    }

    /**
     * The entity a plural reference at token {@code token} of sentence {@code si} resolved to, with its conjuncts
     * where it was last named (or, for a pair, where it was last named with another).
     */
    private List<Node.EntityNode> groupOf(Node.EntityNode first, int si, int token, Set<EntityType> allowed, boolean pair) {
        for (int s = si, oldest = ReachBack.earliest(doc, si); s >= oldest; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention named = ms.get(i);
                if (named.anaphoric() || (s == si && named.to() > token)
                        || !new Node.EntityNode(doc.entities().of(named)).equals(first)) {
                    continue;
                }
                List<Node.EntityNode> group = CoordinatedMentions.of(doc, s, i, allowed);
                if (!pair || group.size() > 1) {
                    return group;
                }
            }
        }
        return List.of(first);
    }

    Node.EntityNode nearestBefore(int si, int token, Set<EntityType> allowed, EntityType.Kind kind) {
        return nearestBefore(si, token, allowed, kind, null);
    }

    /** As {@link #resolve}, for a reference in a relation with {@code other}: "mesalamine alongside the antibody". */
    Node.EntityNode resolveOtherThan(Mention m, Set<EntityType> allowed, Node.EntityNode other) {
        Node.EntityNode node = resolve(m, allowed);
        if (node == null || !node.equals(other) || !m.anaphoric()) {
            return node;
        }
        return nearestBefore(m.sentence(), m.from(), allowed, m.type().kind(), other);
    }

    Node.EntityNode nearestBefore(int si, int token, Set<EntityType> allowed, EntityType.Kind kind, Node.EntityNode skip) {
        Mention m = nearestNameBefore(si, token, allowed, kind, skip);
        return m == null ? null : new Node.EntityNode(doc.entities().of(m));
    }

    /** The nearest name (not a reference) before token of sentence si of an allowed entity other than skip. */
    Mention nearestNameBefore(int si, int token, Set<EntityType> allowed, EntityType.Kind kind, Node.EntityNode skip) {
        for (int s = si, oldest = ReachBack.earliest(doc, si); s >= oldest; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                boolean drugModifier = m.type().kind() == EntityType.Kind.DRUG
                        && doc.analyzed().sentences().get(s).isJoiningHyphen(m.to());
                boolean classOfNamed = m.type() == EntityType.DRUG_CLASS && i > 0 && apposed(s, i); // "X, a class"
                // "Avoid inducers such as rifampicin. It may be used with X": an earlier example is no later "it"
                boolean example = s < si && m.type().kind() == EntityType.Kind.DRUG
                        && ExampleLinks.linkBefore(doc.analyzed().sentences().get(s), m.from()) >= 0;
                if (m.anaphoric() || (s == si && m.to() > token) || drugModifier || example || classOfNamed
                        || Regimens.isPartnerAfter(doc.analyzed().sentences().get(s), ms, i)) { // "X with Y. The drug"
                    continue; // "ciprofloxacin-resistant E. coli ... it blocks": the drug in such a compound is no referent
                }
                DocumentEntities.Entity e = doc.entities().of(m);
                boolean skipped = skip != null && skip.entity().equals(e);
                if (allowed.contains(e.type()) && (kind == null || e.type().kind() == kind) && !skipped) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The cancer in focus at token of sentence si ("the tumour", "cancer cells"): see {@link FocusCancers}. */
    Node.EntityNode focusCancer(int si, int token, Set<EntityType> allowed) {
        return FocusCancers.at(doc, si, token, allowed);
    }
}
