package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Relations expressed by nouns and noun phrases: "the combination of X and Y", "X plus Y", "FDA approval of X".
 * A drug's class and the drug it names ("the CCR5 antagonist maraviroc", "X, an inhibitor of CXCR1 and CXCR2") are
 * read by {@link ClassPhrases}; phrases about proteins and where they sit ("the CXCL12-CXCR4 axis", "the CXCR4
 * receptor on T cells") by {@link ProteinNominals}.
 */
final class NominalPatterns {

    static final Set<EntityType> PROTEINS = EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR, EntityType.CHEMOKINE);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    static final Set<String> AXIS_WORDS = Set.of("axis", "signaling", "signalling", "pathway", "interaction",
            "interactions", "binding", "ligand-receptor");
    private static final Set<String> COMBINATION_LINKS = Set.of("plus", "+", "alongside", "together", "along");
    /** What may open the partner's phrase after a link: "together with the antibody", "alongside their usual X". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "his", "her", "its", "our", "your");
    /** Links that may stand apart from the drugs they join: "X was given, with Y, together with Z", "X on top of Y". */
    private static final Set<String> LOOSE_LINKS = Set.of("alongside", "together", "along", "top", "addition", "on");
    /** How far before a loose link its first drug may be: "X has so far been tested only in breast cancer, together with Y". */
    private static final int LOOSE_LINK_REACH = 12;

    private static final Set<String> INSIDE_NOUNS = Set.of("receptor", "enzyme", "protein");

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 0; t < s.size(); t++) {
            String lemma = Lemmatizer.singular(s.lower(t));
            if (s.lower(t).equals("using") || s.lower(t).equals("with")) {
                // "dendritic cells follow it using their CCR7 receptor", "catch the CXCL8 signal with receptors called
                // X": read besides whatever else "with" links
                EngagedThrough.sensed(r, si, t, out);
            }
            if (lemma.equals("receptor")) {
                LigandNamedReceptorPhrases.read(r, si, t, out); // "the CXCL12 receptor CXCR4"
            }
            if (r.cues.is(Category.DRUG_CLASS_HEAD, lemma)) {
                boolean agonist = lemma.equals("agonist"); // an agonist binds a receptor
                ClassPhrases.read(r, si, t, agonist ? RelationType.BINDS : RelationType.BLOCKS,
                        agonist ? BindingVerbs.AGONIST_TARGETS : PROTEINS, out);
            } else if (InhibitionNouns.isInhibitionNoun(lemma)) {
                InhibitionNouns.read(r, si, t, out);
            } else if (lemma.equals("inhibitory") && InhibitionNouns.isEffectNoun(Lemmatizer.singular(s.lower(t + 1)))) {
                InhibitionNouns.inhibitoryEffect(r, si, t, out);
            } else if (PartnerNominals.PARTNER_NOUNS.contains(lemma)
                    && (s.lower(t + 1).equals("of") || s.lower(t + 1).equals("for"))) {
                // "CCL2 ... is the main chemokine for CCR2": a chemokine for a receptor is a ligand of it
                PartnerNominals.partner(r, si, t, PartnerNominals.ligandNamedFirst(r, si, t, lemma), out);
            } else if ((lemma.equals("ligand") || lemma.equals("receptor") || lemma.equals("chemokine"))
                    && PossessedPartners.possessed(s, t)) {
                // "make its only chemokine, CCL20": a receptor's chemokine is its ligand
                PossessedPartners.possessedPartner(r, si, t, lemma.equals("receptor"), out);
            } else if (TheirReceptors.isTheirReceptor(s, t, lemma) || TheirReceptors.namedAfterTheir(r, si, t)) {
                TheirReceptors.read(r, si, t, out); // "draws CD4+ T cells in by binding their receptor, CXCR3"
            } else if (PossessedPartners.isOwnedPartner(s, t, lemma)) {
                PossessedPartners.ownedPartner(r, si, t, lemma, out); // "its partner", "the receptor's natural partner"
            } else if (s.token(t).lemma().equals("use") && !s.lower(t).endsWith("ing")) {
                UsedReceptors.read(r, si, t, out); // "two receptors that monocytes and macrophages use"
            } else if (EnablingReceptors.at(s, t)) {
                EnablingReceptors.read(r, si, t, out); // "CXCR4, the receptor that lets breast cancer cells respond to"
            } else if (KeepingReceptors.at(s, t)) {
                KeepingReceptors.read(r, si, t, out); // "CXCR4, a receptor that keeps stem cells in the marrow"
            } else if (AXIS_WORDS.contains(s.lower(t))) {
                SourceAndAxisNominals.axis(r, si, t, out);
            } else if (AntibodyPhrases.againstAt(s, t, lemma) > 0) {
                AntibodyPhrases.against(r, si, t, out);
            } else if ((lemma.equals("antibody") || lemma.equals("conjugate")) && r.endingAt(si, t - 1) != null) {
                ClassPhrases.read(r, si, t, RelationType.BINDS, PROTEINS, out); // "a PD-1 antibody such as X", "a CEACAM5 conjugate, X"
            } else if (TargetedPhrases.isTargetedDrug(r, s, t, lemma)) {
                ClassPhrases.read(r, si, t, RelationType.BINDS, PROTEINS, out); // "a DLL3-targeted T-cell engager"
            } else if (AntibodyPhrases.isAntiDrug(r, s, t)) { // "an anti-CTLA-4 drug", "an anti-CCR7 human antibody"
                AntibodyPhrases.antiTarget(r, si, t, out);
            } else if (LabelledRegimens.at(s, t)) {
                LabelledRegimens.read(r, si, t, out); // "Treatment: plerixafor injection (...), with filgrastim"
            } else if (s.lower(t).equals("with") && s.lower(t - 1).equals("and") && s.lower(t - 2).equals("alone")) {
                // "X slowed tumour growth, alone and with Y": the drug given both ways
                between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
            } else if (ReferredCombinations.isAddedPartner(r, si, t)) {
                ReferredCombinations.readAddedPartner(r, si, t, out); // a chat's "with an anti-PD-1 antibody too"
            } else if (s.lower(t).equals("with") && Regimens.NOUNS.contains(s.lower(t - 1))) {
                Regimens.with(r, si, t, out);
            } else if (s.lower(t).equals("with") && Regimens.isTreatedWith(s, t) || Regimens.isGivenBoth(s, t)) {
                Regimens.treatedWith(r, si, t, out); // "is now treated first with A and B", "was given A and B to"
            } else if (s.lower(t).equals("with") && r.endingAt(si, t - 1) != null) {
                SubjectPairs.read(r, si, t, out); // "gemcitabine with cisplatin for six cycles remains the standard"
            } else if (s.lower(t).equals("of") && (Regimens.NOUNS.contains(s.lower(t - 1)) || Regimens.isCourse(s, t))) {
                Regimens.of(r, si, t, out);
            } else if (s.lower(t).equals("of") && r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(t - 1)))) {
                Regimens.studiedWith(r, si, t, out);
            } else if (EntryReceptors.isLetInto(s, t)) {
                EntryReceptors.letIn(r, si, t, out); // "CXCR4, then called fusin, lets HIV into T cells"
            } else if (EntryReceptors.isUsedTo(r, si, t)) {
                EntryReceptors.usedTo(r, si, t, out); // "HIV uses CCR5 to enter T cells"
            } else if (s.lower(t).equals("to") && Regimens.isArmAssignment(s, t)) {
                Regimens.studiedWith(r, si, t, out); // "randomly assigned 812 patients to X with Y": an arm's regimen
            } else if (s.lower(t).equals("alone")) {
                Regimens.pairAlone(r, si, t, out);
            } else if (lemma.equals("combination") || lemma.equals("cocktail")) {
                combination(r, si, t, out);
            } else if (lemma.equals("contain") || lemma.equals("combine")) {
                containedPair(r, si, t, out);
            } else if (ArrowChains.at(r, si, t)) {
                ArrowChains.read(r, si, t, out); // a diagram's "follicular dendritic cells → CXCL13 → CXCR5"
            } else if (MarkedCells.isPlusMark(s, t)) {
                MarkedCells.read(r, si, t, 1, out); // "CXCR3+ T cells", no combination
            } else if (COMBINATION_LINKS.contains(s.lower(t)) || isOnTopOf(s, t)) {
                between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
            } else if (lemma.equals("source") && s.lower(t + 1).equals("of")) {
                SourceAndAxisNominals.source(r, si, t, out);
            } else if (lemma.equals("source") && SourceAndAxisNominals.possessorOfSource(s, t) > 0) {
                SourceAndAxisNominals.possessedSource(r, si, t, out); // "macrophages were its main source"
            } else if (ClippedApprovals.at(r, si, t)) {
                ClippedApprovals.read(r, si, t, out); // a cheat sheet's "Maraviroc: blocks CCR5. FDA approved 2007."
            } else if (YesAnswers.at(s, t)) {
                YesAnswers.readApproval(r, si, t, out); // "Is maraviroc approved? (Yes, by the FDA in 2007.)"
            } else if (ApprovedPurposes.at(s, t)) {
                ApprovedPurposes.read(r, si, t, out); // "approved by the FDA for stem cell mobilisation"
            } else if (s.lower(t).equals("from")) {
                SourceAndAxisNominals.fromCells(r, si, t, out); // "How CXCL13 from follicular dendritic cells binds"
            } else if (lemma.equals("approval") || lemma.equals("authorisation") || lemma.equals("authorization")) {
                ApprovalPatterns.approval(r, si, t, out);
            } else if (s.lower(t).equals("followed")) {
                ApprovalPatterns.followed(r, si, t, out);
            } else if (s.lower(t).equals("but")) {
                ApprovalPatterns.contrastedDrug(r, si, t, out); // "X is not approved by the FDA, but Y is"
            } else if (ApprovalPatterns.isYearAt(s, t)) {
                ApprovalPatterns.elidedYear(r, si, t, out); // "approved by the FDA in 1995, edaravone in 2017"
            } else if ((s.lower(t).equals("positive") || s.lower(t).equals("bearing")) && s.lower(t - 1).equals("-")) {
                MarkedCells.read(r, si, t, 2, out);
            } else if (s.lower(t).equals("on") || s.lower(t).equals("expressed") || s.lower(t).equals("overexpressed")
                    || s.lower(t).equals("inside") && (INSIDE_NOUNS.contains(s.lower(t - 1))
                    || ProteinNominals.LOCATION_VERBS.contains(s.lower(t - 1)) && INSIDE_NOUNS.contains(s.lower(t - 2)))) {
                // "PPAR-delta, a receptor inside liver cells", "a protein found inside nerve cells": a nuclear receptor
                // or an enzyme is expressed in the cells
                ProteinNominals.location(r, si, t, out);
            } else if (s.lower(t).equals("through") || s.lower(t).equals("via")) {
                EngagedThrough.read(r, si, t, out); // "recruits T cells through CD3"
                EntryReceptors.through(r, si, t, out); // "HIV enters T cells through CCR5"
                DrawnThrough.read(r, si, t, out); // "CCL2 pulls monocytes in through CCR2"
            } else if (s.lower(t).equals("of")) {
                ProteinNominals.ofCells(r, si, t, out); // "the proton pump of gastric parietal cells"
            }
        }
    }


    /** "a capsule that contains two drugs, X and Y", "combines two drugs: X and Y": the listed drugs are combined. */
    private static void containedPair(Reading r, int si, int t, List<Statement> out) {
        int listStart = Parentheticals.afterClassApposition(r.sentence(si), t + 1);
        if (listStart > t + 1) {
            pairFrom(r, si, listStart, t, out);
        }
    }

    private static final java.util.regex.Pattern OTHER_ARM = java.util.regex.Pattern.compile(",\\s*or\\b");

    /**
     * "velumab plus pembrolizumab, or chemotherapy with ...": a comma before "or" opens another arm of the trial, so
     * the partners end there ("plus pembrolizumab or nivolumab" offers either partner).
     */
    private static List<Argument> upToOtherArm(Sentence s, List<Argument> partners) {
        for (int i = 1; i < partners.size(); i++) {
            int from = partners.get(i - 1).span().end() - s.span().start();
            int to = partners.get(i).span().start() - s.span().start();
            if (from >= 0 && to <= s.text().length() && from <= to && OTHER_ARM.matcher(s.text().substring(from, to)).find()) {
                return partners.subList(0, i);
            }
        }
        return partners;
    }

    /**
     * "the combination of X and Y", "the combination of two drugs, X and Y", "a cocktail of two antibodies (X and Y)",
     * "X in combination with Y".
     */
    private void combination(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (s.lower(t + 1).equals("of")) {
            pairFrom(r, si, Parentheticals.afterClassApposition(s, t + 2), t, out);
        } else if (s.lower(t - 1).equals("in") && s.lower(t + 1).equals("with")) {
            between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
        } else if (ReferredCombinations.at(s, t)) {
            ReferredCombinations.read(r, si, t, out); // "this combination with anti-PD-L1 antibodies"
        } else {
            ApprovalPatterns.approvedCombination(r, si, t, out); // "The FDA approved the combination"
        }
    }

    /** The drug named at k and the one after "and" or "with" it, combined, by the trigger at t. */
    static void pairFrom(Reading r, int si, int k, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.startingAt(si, k);
        Argument a = first == null ? null : r.argument(first, DRUGS);
        if (a != null && (s.lower(first.to()).equals("and") || s.lower(first.to()).equals("with"))) {
            Mention second = r.startingAt(si, first.to() + 1);
            Argument b = second == null ? null : r.argument(second, DRUGS);
            if (b != null) {
                r.emit(RelationType.COMBINED_WITH, List.of(a), List.of(b), si, first.from(), first.to(), t, t + 1,
                        "nominal-combination", 0.85, out);
            }
        }
    }

    /**
     * "in combination with a tetracycline": a drug's one-word name after "a" or "an" that ends its noun phrase names any
     * drug of its kind, no one drug (not "with a gemcitabine-based regimen", whose noun follows the name).
     */
    private static boolean isKindNamed(Sentence s, Mention m) {
        String after = s.lower(m.to());
        boolean phraseEnds = m.to() >= s.size() || after.equals(",") || after.equals(".") || after.equals(";")
                || Reading.CONJUNCTIONS.contains(after);
        boolean word = m.length() == 1 && s.token(m.from()).text().chars().allMatch(Character::isLowerCase);
        return (s.lower(m.from() - 1).equals("a") || s.lower(m.from() - 1).equals("an")) && word && !m.anaphoric()
                && phraseEnds; // not "with an anti-PD-1 antibody", which stands for the drug the trial gave
    }

    /** A relation between the mention just before a link word and the first one after it. */
    private void between(Reading r, int si, int t, Set<EntityType> left, Set<EntityType> right, RelationType rel,
                         String method, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean onTop = isOnTopOf(s, t);
        int before = s.lower(t - 1).equals("in") || onTop ? t - 2 : t - 1;
        // "X, an antibody against Y, every three weeks in combination with Z", "X 300 mg twice daily plus Y"
        before = Doses.beforeDose(s, Doses.beforeSchedule(s, before));
        // "siltuximab, an antibody that binds IL-6, in combination with": the name before the apposition
        Mention a = s.lower(before).equals(",") ? r.subjectBeforeParenthetical(si, before) : r.endingAt(si, before);
        if (a == null && s.lower(before).equals(")")) {
            a = r.endingAt(si, Parentheticals.before(s, before)); // "tivumecirnon (FLX475) in combination with"
        }
        if (a == null && s.lower(before).equals(",")) {
            a = r.endingAt(si, before - 1); // "has recommended zolbetuximab, in combination with chemotherapy, as"
        }
        int after = s.lower(t + 1).equals("with") || onTop ? t + 2 : t + 1;
        int phraseStart = after;
        Mention reference = r.startingAt(si, after); // "together with the antibody"
        if (reference == null && DETERMINERS.contains(s.lower(after))) {
            after++; // "together with the antibody", "alongside their usual inhaled corticosteroids"
        }
        // "together with the checkpoint inhibitor pembrolizumab": the drug the class names
        Mention b = r.drugNamedByClass(reference != null ? reference : r.startingAt(si, after));
        if (b == null) {
            b = ofPhraseName(r, si, after); // "alongside their usual injections of aflibercept"
        }
        int[] example = new int[2]; // "in addition to their usual treatment, such as pyridostigmine"
        b = b != null || Regimens.exampleOfKind(r, si, phraseStart - 1, right, example) == null ? b
                : r.startingAt(si, example[0]);
        Mention apposedName = b == null && s.lower(after + 1).equals(",") && s.token(after).text().equals(s.lower(after))
                ? r.startingAt(si, after + 2) : null; // "together with a steroid, triamcinolone": the name apposed to a kind
        b = apposedName != null && !apposedName.anaphoric() && right.contains(apposedName.type()) ? apposedName : b;
        for (int k = after; b == null && k < Math.min(s.size(), after + 4)
                && (Reading.isModifierWord(s.token(k)) || s.lower(k).equals("-") || s.lower(k - 1).equals("-")); k++) {
            // "along with inhaled corticosteroids", "their usual inhaled X", "an add-on to high-dose inhaled X"
            b = r.drugNamedByClass(r.startingAt(si, k + 1));
        }
        Argument x = a == null ? null : r.argument(a, left);
        Argument y = b == null || isKindNamed(s, b) ? null : r.argument(b, right);
        int[] yAt = b == null ? new int[2] : new int[] {b.from(), b.to()};
        y = Regimens.bracketedInstance(r, si, y, yAt); // "together with the chemotherapy wash (mitomycin C)"
        if (x != null && y != null && b.anaphoric() && x.node().equals(y.node())) {
            y = r.argumentOtherThan(b, right, x); // "stay on mesalamine alongside the antibody"
        }
        int[] found = {a == null ? -1 : a.from(), a == null ? -1 : a.to()};
        double confidence = 0.8;
        // "X is in a phase 1 trial in solid tumours, alone and in combination with Y": the drug given both ways
        boolean alone = s.lower(t - 3).equals("alone") && s.lower(t - 1).equals("in")
                || s.lower(t - 2).equals("alone") && s.lower(t - 1).equals("and"); // "alone and together with Y"
        // "X was approved by the FDA for biliary tract cancer in 2023, in combination with chemotherapy": set off by a
        // comma, the combination is the clause's, whose drug may stand at its start
        boolean setOff = s.lower(t - 1).equals("in") && s.lower(t - 2).equals(",");
        boolean loose = LOOSE_LINKS.contains(s.lower(t)) || alone || setOff; // not "plus", which joins the names around it
        boolean treated = a != null && (a.type() == EntityType.DISEASE || a.type() == EntityType.CANCER);
        if (x == null && treated && y != null) {
            // "approved, under the name Sunlenca, for treating HIV in combination with other antiretrovirals"
            x = r.leftOf(si, a.from(), VerbPatterns.LEFT_WINDOW, left, found);
            confidence = 0.7;
        }
        x = x == null && y != null && t > 1 ? LabelSubjects.subject(r, si, 0, left, found) : x; // a factbox item
        if (x == null && loose && y != null) {
            // "balixafortide was given together with eribulin"
            int reach = setOff || inBothArms(s, t) ? t : alone ? LOOSE_LINK_REACH + 4 : LOOSE_LINK_REACH;
            x = r.leftOf(si, t, reach + placeboArmWords(s, t, reach), left, found);
            x = x != null ? x : Regimens.describedBefore(r, si, t, left, found);
            x = x != null ? x : FrontedGivingPhrases.subjectAfterFrontedParticiple(r, si, t, left, y, found);
            confidence = 0.7;
        }
        List<Argument> xs = x == null ? List.of() : found[0] < 0 ? List.of(x)
                : !loose ? Regimens.withEarlierPlusArms(r, si, List.of(x), found[0], left) // "A + B + C": A with C too
                : r.withPrecedingConjuncts(si, x, found[0], left);
        if (x != null && y == null && b == null && loose && Coreference.isPronoun(s.lower(after))) {
            // "They keep taking prednisone or deflazacort alongside it": named before the drugs it is given with
            int listStart = SubjectSearch.beforeConjuncts(r, si, found[0], left) + 1;
            Mention kind = s.lower(listStart - 1).equals("as") && s.lower(listStart - 2).equals("such")
                    ? r.endingAt(si, listStart - 3) : null;
            listStart = kind == null ? listStart : kind.from(); // "taking steroids such as X or Y alongside it"
            y = r.namedBefore(si, after, listStart, right);
        }
        if (x != null && y != null) {
            // "gemcitabine and nab-paclitaxel ... together with X", "alongside rituximab or cyclophosphamide": each drug
            int yEnd = b == null ? after + 1 : yAt[1];
            List<Argument> ys = upToOtherArm(r.sentence(si), r.withFollowingConjuncts(si, y, yEnd, right));
            r.emit(rel, xs, ys, si, found[0], found[1], t, t + 1, method,
                    confidence, out);
        }
    }

    /** How many words a placebo arm may add: "applied X or a placebo cream twice a day for 16 weeks, on top of Y". */
    private static final int PLACEBO_ARM_WORDS = 4;

    /** The extra reach back from t when "or (a) placebo" stands within it: the arm adds words but names no drug. */
    private static int placeboArmWords(Sentence s, int t, int reach) {
        for (int k = t - 1; k > 1 && k >= t - reach; k--) {
            if (s.lower(k).equals("placebo") && (s.lower(k - 1).equals("or") || s.lower(k - 2).equals("or"))) {
                return PLACEBO_ARM_WORDS;
            }
        }
        return 0;
    }

    /** Nouns for a trial's arms after "in both": "in both cases", "in both groups". */
    private static final Set<String> ARMS = Set.of("cases", "groups", "arms");

    /**
     * "Half took X and half took dummy tablets for 12 weeks, in both cases alongside Y": the link before t is said of
     * every arm, so the drug may stand anywhere before it in the sentence.
     */
    private static boolean inBothArms(Sentence s, int t) {
        return ARMS.contains(s.lower(t - 1)) && s.lower(t - 2).equals("both") && s.lower(t - 3).equals("in");
    }

    /**
     * "received X or placebo on top of Y", "received X in addition to Y", a drug added to one already taken: the word
     * "top" or "addition" at t.
     */
    static boolean isOnTopOf(Sentence s, int t) {
        return s.lower(t).equals("top") && s.lower(t - 1).equals("on") && s.lower(t + 1).equals("of")
                || s.lower(t).equals("addition") && s.lower(t - 1).equals("in") && s.lower(t + 1).equals("to")
                || s.lower(t).equals("on") && s.lower(t - 1).equals("-") && s.lower(t - 2).equals("add")
                && s.lower(t + 1).equals("to"); // "mepolizumab as an add-on to inhaled corticosteroids"
    }

    /** The name after "of" that ends a short noun phrase from token {@code from}: "their usual injections of X". */
    private static Mention ofPhraseName(Reading r, int si, int from) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + 5); k++) {
            String pos = s.token(k).pos();
            if (s.lower(k).equals("of")) {
                // "the single dose of oral azithromycin": past a route's or a form's adjective
                int name = s.token(k + 1).pos().equals("ADJ") && r.startingAt(si, k + 1) == null ? k + 2 : k + 1;
                return k > from ? r.startingAt(si, name) : null;
            }
            boolean participle = pos.equals("VERB") && s.lower(k).endsWith("ed"); // "a standardized triple therapy of"
            boolean nounPhraseWord = pos.equals("DET") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NOUN")
                    || participle;
            if (r.startingAt(si, k) != null || !nounPhraseWord) {
                return null;
            }
        }
        return null;
    }
}
