package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.ListAndTargetWords;
import org.litkg.recognition.Mention;

/**
 * Relations expressed by nouns and noun phrases: "the CCR5 antagonist maraviroc", "X, an inhibitor
 * of CXCR1 and CXCR2", "the combination of X and Y", "X plus Y", "FDA approval of X". Phrases about
 * proteins and where they sit ("the CXCL12-CXCR4 axis", "the CXCR4 receptor on T cells") are read by
 * {@link ProteinNominals}.
 */
final class NominalPatterns {

    static final Set<EntityType> PROTEINS = EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR, EntityType.CHEMOKINE);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<String> AXIS_WORDS = Set.of("axis", "signaling", "signalling", "pathway", "interaction",
            "interactions", "binding", "ligand-receptor");
    private static final Set<String> APPOSITION_LINKS = Set.of(",", "is", "was", "as", "—", "–", "(");
    private static final Set<String> COMBINATION_LINKS = Set.of("plus", "+", "alongside", "together", "along");
    /** What may open the partner's phrase after a link: "together with the antibody", "alongside their usual X". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "his", "her", "its", "our", "your");
    /** Links that may stand apart from the drugs they join: "X was given, with Y, together with Z", "X on top of Y". */
    private static final Set<String> LOOSE_LINKS = Set.of("alongside", "together", "along", "top");
    /** How far before a loose link its first drug may be: "X has so far been tested only in breast cancer, together with Y". */
    private static final int LOOSE_LINK_REACH = 12;

    private static final Set<String> INSIDE_NOUNS = Set.of("receptor", "enzyme", "protein");
    /** How many modifiers may stand between a class phrase's article and its target: "the non - specific COX". */
    private static final int ARTICLE_REACH = 4;

    /** The token before a class phrase from {@code phraseStart}, past lower-case modifiers: "the" in "the non-specific X". */
    private static int articleBefore(Sentence s, int phraseStart) {
        int k = phraseStart - 1;
        while (k > 0 && phraseStart - k <= ARTICLE_REACH && !s.lower(k).equals("the")
                && (s.lower(k).equals("-") || (s.token(k).pos().equals("ADJ") || s.lower(k + 1).equals("-"))
                && s.token(k).text().equals(s.lower(k)))) { // "non" before its hyphen, whatever the tagger calls it
            k--;
        }
        return s.lower(k).equals("the") ? k : phraseStart - 1;
    }

    /** Words that deny a clause's verb before a definite class phrase: "but not the X antagonist Y". */
    private static final Set<String> DENYING = Set.of("not", "nor");

    private static Statement asserted(Statement st) {
        Evidence e = st.evidence();
        return new Statement(st.relation(), new Evidence(e.sentenceIndex(), e.sentence(), e.sentenceText(), e.subject(),
                e.object(), e.trigger(), e.triggerText(), e.method(), e.confidence(), false, e.hedged()));
    }

    /** Adjectives between a class's target and its noun: "a beta 1-adrenoceptor selective antagonist". */
    private static final Set<String> SELECTIVITY = Set.of("selective", "specific", "preferring", "preferential");

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 0; t < s.size(); t++) {
            String lemma = Lemmatizer.singular(s.lower(t));
            if (r.cues.is(Category.DRUG_CLASS_HEAD, lemma)) {
                boolean agonist = lemma.equals("agonist"); // an agonist binds a receptor
                inhibitor(r, si, t, agonist ? RelationType.BINDS : RelationType.BLOCKS,
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
            } else if (PossessedPartners.isOwnedPartner(s, t, lemma)) {
                PossessedPartners.ownedPartner(r, si, t, lemma, out); // "its partner", "the receptor's natural partner"
            } else if (s.token(t).lemma().equals("use") && !s.lower(t).endsWith("ing")) {
                UsedReceptors.read(r, si, t, out); // "two receptors that monocytes and macrophages use"
            } else if (AXIS_WORDS.contains(s.lower(t))) {
                ProteinNominals.axis(r, si, t, out);
            } else if (AntibodyPhrases.againstAt(s, t, lemma) > 0) {
                AntibodyPhrases.against(r, si, t, out);
            } else if ((lemma.equals("antibody") || lemma.equals("conjugate")) && r.endingAt(si, t - 1) != null) {
                inhibitor(r, si, t, RelationType.BINDS, PROTEINS, out); // "a PD-1 antibody such as X", "a CEACAM5 conjugate, X"
            } else if (TargetedPhrases.isTargetedDrug(r, s, t, lemma)) {
                inhibitor(r, si, t, RelationType.BINDS, PROTEINS, out); // "a DLL3-targeted T-cell engager"
            } else if (s.lower(t).startsWith("anti-")
                    && r.cues.is(Category.DRUG_NOUN, Lemmatizer.singular(s.lower(t + 1)))) { // "an anti-CTLA-4 drug"
                AntibodyPhrases.antiTarget(r, si, t, out);
            } else if (s.lower(t).equals("with") && Regimens.NOUNS.contains(s.lower(t - 1))) {
                Regimens.with(r, si, t, out);
            } else if (s.lower(t).equals("with") && Regimens.isTreatedWith(s, t)) {
                Regimens.treatedWith(r, si, t, out); // "is now treated first with atezolizumab and bevacizumab"
            } else if (s.lower(t).equals("of") && Regimens.NOUNS.contains(s.lower(t - 1))) {
                Regimens.of(r, si, t, out);
            } else if (s.lower(t).equals("of") && r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(t - 1)))) {
                Regimens.studiedWith(r, si, t, out);
            } else if (s.lower(t).equals("to") && Regimens.isArmAssignment(s, t)) {
                Regimens.studiedWith(r, si, t, out); // "randomly assigned 812 patients to X with Y": an arm's regimen
            } else if (s.lower(t).equals("alone")) {
                Regimens.pairAlone(r, si, t, out);
            } else if (lemma.equals("combination")) {
                combination(r, si, t, out);
            } else if (lemma.equals("contain") || lemma.equals("combine")) {
                containedPair(r, si, t, out);
            } else if (COMBINATION_LINKS.contains(s.lower(t)) || isOnTopOf(s, t)) {
                between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
            } else if (lemma.equals("source") && s.lower(t + 1).equals("of")) {
                ProteinNominals.source(r, si, t, out);
            } else if (lemma.equals("approval") || lemma.equals("authorisation") || lemma.equals("authorization")) {
                ApprovalPatterns.approval(r, si, t, out);
            } else if (s.lower(t).equals("followed")) {
                ApprovalPatterns.followed(r, si, t, out);
            } else if ((s.lower(t).equals("positive") || s.lower(t).equals("bearing")) && s.lower(t - 1).equals("-")) {
                MarkedCells.read(r, si, t, out);
            } else if (s.lower(t).equals("on") || s.lower(t).equals("expressed") || s.lower(t).equals("overexpressed")
                    || s.lower(t).equals("inside") && (INSIDE_NOUNS.contains(s.lower(t - 1))
                    || ProteinNominals.LOCATION_VERBS.contains(s.lower(t - 1)) && INSIDE_NOUNS.contains(s.lower(t - 2)))) {
                // "PPAR-delta, a receptor inside liver cells", "a protein found inside nerve cells": a nuclear receptor
                // or an enzyme is expressed in the cells
                ProteinNominals.location(r, si, t, out);
            } else if (s.lower(t).equals("through") || s.lower(t).equals("via")) {
                EngagedThrough.read(r, si, t, out); // "recruits T cells through CD3"
            } else if (s.lower(t).equals("of")) {
                ProteinNominals.ofCells(r, si, t, out); // "the proton pump of gastric parietal cells"
            }
        }
    }

    /**
     * "the CCR5 antagonist maraviroc", "the COX inhibitor, indomethacin", "the thromboxane A2 receptor
     * antagonists GR32191 and ridogrel", "X, a CXCR4 inhibitor", "X (also Y) is a selective PDE4
     * inhibitor", "X, an inhibitor of CXCR1 and CXCR2", "the glucocorticoid receptor (GR) antagonist X"; a class that
     * binds (an agonist, "a PD-1 antibody") reads the same, its relation {@code rel} to {@code proteins}.
     */
    private void inhibitor(Reading r, int si, int t, RelationType rel, Set<EntityType> proteins, List<Statement> out) {
        Sentence s = r.sentence(si);
        List<Argument> targets = null;
        int phraseStart = t;
        // "the first KRAS G12C inhibitor" (but "the D2R inhibitor", where the same shape is the name); "a DLL3-targeted
        // T-cell engager"
        int aimedAt = TargetedPhrases.targetEnd(s, t);
        int targetEnd = aimedAt >= 0 ? aimedAt : ObjectSearch.isSubstitution(s, t - 1) && r.endingAt(si, t - 1) == null
                ? t - 2 : t - 1;
        if (SELECTIVITY.contains(s.lower(targetEnd)) && r.endingAt(si, targetEnd) == null) {
            targetEnd--; // "beta 1-adrenoceptor selective antagonists", "a COX-2 specific inhibitor"
        }
        if (s.lower(targetEnd).equals("kinase") && r.endingAt(si, targetEnd) == null) {
            // "a third-generation EGFR tyrosine kinase inhibitor": the kinase is the protein named before
            targetEnd -= s.lower(targetEnd - 1).equals("tyrosine") ? 2 : 1;
        }
        Mention before = Parentheticals.nameEndingAt(r, si, targetEnd, false); // "the EP(4) antagonists", "the GR (NR3C1) antagonist"
        Mention shortName = before == null && s.lower(targetEnd).equals(")") && s.lower(targetEnd - 2).equals("(")
                ? r.startingAt(si, targetEnd - 1) : null;
        if (shortName != null && shortName.length() == 1 && !shortName.anaphoric() && r.endingAt(si, targetEnd - 3) == null) {
            before = shortName; // "the non-specific cyclooxygenase (COX) inhibitor": the words before the bracket unread
        }
        // "a quinazoline tyrosine kinase inhibitor selective for the EGFR": what it is selective for is its target
        Argument target = before == null || Appositions.selectiveFor(s, t + 1) ? null : r.argument(before, proteins);
        if (target != null) {
            // "a JAK1 and JAK2 inhibitor": targets joined right before the class noun are each its target
            boolean joined = s.lower(before.from() - 1).equals("and") || s.lower(before.from() - 1).equals("or");
            Mention slashed = s.lower(before.from() - 1).equals("/") ? r.endingAt(si, before.from() - 2) : null;
            Argument other = slashed == null ? null : r.argument(slashed, proteins); // "a CDK4/6 inhibitor"
            targets = joined ? r.withPrecedingConjuncts(si, target, before.from(), proteins)
                    : other != null ? List.of(other, target) : List.of(target);
            phraseStart = before == shortName ? targetEnd - 3 : before.from();
            int ligandEnd = s.lower(phraseStart - 1).equals(")") ? Parentheticals.before(s, phraseStart - 1) : -1;
            Mention ligand = ligandEnd < 0 ? null : r.endingAt(si, ligandEnd);
            if (ligand != null && ligand.type().kind() == EntityType.Kind.PROTEIN && !ligand.anaphoric()) {
                phraseStart = ligand.from(); // "a selective arginine vasopressin (AVP) V(2) receptor blocker": its ligand
            } else if (ligand == null && ligandEnd >= 0 && ligandEnd < phraseStart - 1) {
                phraseStart = ligandEnd + 1; // the same, its ligand unrecognised: the copula is found past its words
            }
        } else if (s.lower(t + 1).equals("of") || s.lower(t + 1).equals("against") || Appositions.selectiveFor(s, t + 1)) {
            int listFrom = Appositions.selectiveFor(s, t + 1) ? t + 3 : t + 2; // "an inhibitor selective for the EGFR"
            boolean both = s.lower(listFrom).equals("both") || s.lower(listFrom).equals("either"); // "of both X and Y"
            int listStart = Parentheticals.afterClassApposition(s, listFrom);
            listStart = listStart == listFrom && both ? listFrom + 1 : listStart;
            while ((s.lower(listStart).equals("the") || Parentheticals.KIND_NOUNS.contains(s.lower(listStart)))
                    && r.startingAt(si, listStart) == null) {
                listStart++; // "a selective antagonist of the orexin-2 receptor", "an inhibitor of the phosphatase SHP2"
            }
            listStart = Specimens.past(r, si, listStart); // "a poor inhibitor of purified ovine COX-1"
            Mention after = r.startingAt(si, listStart);
            Argument first = after == null ? null : r.argument(after, proteins);
            if (first != null) {
                targets = withClassMember(r, si, listFrom, listStart,
                        r.withFollowingConjuncts(si, first, after.to(), proteins), proteins);
            }
        }
        if (targets == null) {
            return;
        }
        // "the COX inhibitor, indomethacin": a definite class names the drug after a comma; "a 5-HT3 antagonist, dexamethasone and ..." lists
        // "Three earlier CETP inhibitors, torcetrapib, dalcetrapib and evacetrapib,": a counted class names its list
        boolean definite = s.lower(articleBefore(s, phraseStart)).equals("the") || Parentheticals.countedClass(s, phraseStart);
        // "Another PD-1 antibody, Merck's pembrolizumab,", "A second CXCR4 inhibitor, the research compound LQ-5561,"
        int maker = Appositions.pastMakerPhrase(r, si, t + 1); // "a CCR2 blocker from a larger company, X,"
        int comma = maker > 0 ? maker : t + 1;
        int owned = Appositions.pastDrugDescriptor(r, si, Appositions.pastOwner(r, si, comma + 1));
        boolean apposed = Appositions.closedApposition(r, si, owned) && !Appositions.describesNameBefore(r, si, phraseStart);
        int nameAt = s.lower(comma).equals(",") && (definite || apposed) ? owned : t + 1;
        int naming = s.lower(t + 1).equals(",") ? t + 2 : t + 1; // "an experimental CXCR3 blocker, known as LVT-220"
        if (NAMING_PARTICIPLES.contains(s.lower(naming)) || s.lower(t + 1).equals("including")) {
            nameAt = naming + 1; // "a CXCR4 antagonist called burixafor", "CXCR4 antagonists including burixafor"
        } else if ((s.lower(naming).equals("known") || s.lower(naming).equals("such")) && s.lower(naming + 1).equals("as")) {
            nameAt = naming + 2; // "older BTK inhibitors such as ibrutinib", "an aromatase inhibitor, such as letrozole,"
        } else if (s.lower(t + 1).equals(",") && s.lower(t + 2).equals("including")) {
            nameAt = t + 3; // "any GPRC5D-directed drug, including talquetamab,"
        } else if (s.lower(t + 1).equals("(") && Parentheticals.bracketedDrug(r, si, t + 2)) {
            nameAt = t + 2; // "an angiotensin-converting enzyme inhibitor (cilazapril)"
        } else if (ListAndTargetWords.examplesStart(s, t + 1) > 0) {
            nameAt = ListAndTargetWords.examplesStart(s, t + 1); // "alpha 1-adrenoceptor antagonists (e.g. alfuzosin, ...)"
        }
        RespectiveClasses.Place pair = RespectiveClasses.of(s, t, r.cues);
        if (pair != null) {
            respective(r, si, t, pair, targets, rel, out); // "an ACE inhibitor or an ARB, such as ramipril or losartan"
            return;
        }
        Mention named = r.startingAt(si, nameAt);
        Argument drug = named == null ? null : r.argument(named, DRUGS);
        List<Argument> drugs = drug == null ? null : r.withFollowingConjuncts(si, drug, named.to(), DRUGS);
        int drugStart = named == null ? -1 : named.from();
        if (drug == null) {
            int k = phraseStart - 1;
            while (k > 0 && Appositions.withinDescription(s, k, phraseStart)
                    && (!APPOSITION_LINKS.contains(s.lower(k)) || Copulas.isAdjectiveComma(s, k) && r.endingAt(si, k - 1) == null)
                    && !startsListItem(s, k)
                    && !Copulas.bringsSecondParty(s, k) && !ClassListLinks.joinsAnotherClause(r, si, k, proteins)) {
                k--; // not past "with" ("X is often given with a MEK inhibitor") nor "and" ("trastuzumab, and PD-1 drugs"),
                // but past the comma between adjectives ("enalkiren, a novel, dipeptide renin inhibitor")
            }
            // "Reparixin, an inhibitor of", "DL-alpha-difluoromethylornithine (DFMO), a specific inhibitor of"
            Mention appositive = k > 0 && APPOSITION_LINKS.contains(s.lower(k))
                    ? Parentheticals.nameEndingAt(r, si, k - 1, true) : null;
            drug = appositive == null ? null : r.argument(appositive, DRUGS);
            drugStart = appositive == null ? -1 : appositive.from();
            int[] subject = new int[2];
            if (drug == null && (drug = Copulas.subject(r, si, phraseStart, DRUGS, subject)) != null) {
                drugStart = subject[0]; // "Reparixin, developed by Dompé, is an inhibitor of"
            }
            if (drug == null && (drug = HeadedDescriptions.headingDrug(r, si, t, subject)) != null) {
                drugStart = subject[0]; // "ORV-101 (tenoxafor)" over "An oral, small-molecule antagonist of CXCR4."
            }
            if (drug == null && startsListItem(s, k) && !s.lower(k).equals(")")
                    && (drug = subjectOfClassBefore(r, si, k, out)) != null) {
                drugStart = s.tokenStartingAt(drug.span().start()); // "a poor inhibitor of A and a weak inhibitor of B"
            }
            // "X and Y are beta 1-adrenoceptor selective antagonists", "X and Y, both specific inhibitors of NHE3": a plural
            // class describes each name coordinated before it
            boolean plural = !Lemmatizer.singular(s.lower(t)).equals(s.lower(t));
            drugs = drug == null ? null : plural ? r.withPrecedingConjuncts(si, drug, drugStart, DRUGS) : List.of(drug);
        }
        if (drugs != null) {
            int emittedFrom = out.size();
            r.emit(rel, drugs, targets, si, drugStart, drugStart + 1, t, t + 1, "nominal-inhibitor", 0.85, out);
            if (definite && nameAt == t + 1 && DENYING.contains(s.lower(articleBefore(s, phraseStart) - 1))) {
                // "JTH-601, but not the alpha 1B-adrenoceptor antagonist chloroethylclonidine, antagonized ...": "not"
                // denies the clause's verb; what the definite class says of its drug is taken for granted
                for (int i = emittedFrom; i < out.size(); i++) {
                    out.set(i, asserted(out.get(i)));
                }
            }
        } else if (rel == RelationType.BLOCKS) {
            Parentheticals.bracketedAgents(r, si, t, targets, out); // "Inhibitors of PDE4 (rolipram) and PDE3 (cilostazol)"
        }
    }

    /** The one name of a two-name "such as" list that a class of a pair of classes takes, by its place in the pair. */
    private static void respective(Reading r, int si, int t, RespectiveClasses.Place pair, List<Argument> targets,
                                   RelationType rel, List<Statement> out) {
        Mention first = r.startingAt(si, pair.listStart());
        Argument drug = first == null ? null : r.argument(first, DRUGS);
        List<Argument> listed = drug == null ? List.of() : r.withFollowingConjuncts(si, drug, first.to(), DRUGS);
        if (listed.size() == 2) {
            Argument member = listed.get(pair.index());
            int at = r.sentence(si).tokenStartingAt(member.span().start());
            r.emit(rel, List.of(member), targets, si, at, at + 1, t, t + 1, "nominal-inhibitor", 0.8, out);
        }
    }

    /** "an inhibitor of all three AKT isoforms, AKT1, AKT2 and AKT3": the family named in the counted class is a target too. */
    private static List<Argument> withClassMember(Reading r, int si, int classStart, int listStart, List<Argument> listed,
                                                  Set<EntityType> proteins) {
        for (int k = classStart; k < listStart - 1; k++) {
            Mention m = r.startingAt(si, k);
            boolean symbol = m != null && m.length() == 1 && Parentheticals.isSymbol(m.text());
            Argument member = !symbol || m.to() >= listStart ? null : r.argument(m, proteins); // not "two incretin receptors"
            if (member != null) {
                List<Argument> all = new java.util.ArrayList<>(listed);
                all.add(0, member);
                return all;
            }
        }
        return listed;
    }

    /**
     * "X was found to be a poor inhibitor of COX-1 and a relatively weak inhibitor of COX-2": a class phrase coordinated
     * at {@code and} with one read just before it in the sentence says the same of its drug; else null.
     */
    private static Argument subjectOfClassBefore(Reading r, int si, int and, List<Statement> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Statement st = out.get(i);
            if (st.evidence().sentenceIndex() != si) {
                return null;
            }
            int trigger = r.sentence(si).tokenStartingAt(st.evidence().trigger().start());
            if (st.evidence().method().equals("nominal-inhibitor") && trigger < and && and - trigger <= COORDINATED_CLASS_REACH
                    && !st.evidence().negated()) {
                return st.evidence().subject();
            }
        }
        return null;
    }

    /** How far after the first class noun the "and" of a coordinated one may be: "of purified ovine COX-1 and". */
    private static final int COORDINATED_CLASS_REACH = 8;

    /** "a sulfonylurea (X) and an alpha-glucosidase inhibitor": an apposition does not reach back across another list item. */
    private static boolean startsListItem(Sentence s, int k) {
        String w = s.lower(k);
        String next = s.lower(k + 1);
        boolean article = next.equals("a") || next.equals("an") || next.equals("the");
        return w.equals(")") || (w.equals("and") || w.equals("or")) && article;
    }

    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed");

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

    /** "the combination of X and Y", "the combination of two drugs, X and Y", "X in combination with Y". */
    private void combination(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (s.lower(t + 1).equals("of")) {
            pairFrom(r, si, Parentheticals.afterClassApposition(s, t + 2), t, out);
        } else if (s.lower(t - 1).equals("in") && s.lower(t + 1).equals("with")) {
            between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
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

    /** A relation between the mention just before a link word and the first one after it. */
    private void between(Reading r, int si, int t, Set<EntityType> left, Set<EntityType> right, RelationType rel,
                         String method, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean onTop = isOnTopOf(s, t);
        int before = s.lower(t - 1).equals("in") || onTop ? t - 2 : t - 1;
        before = Regimens.beforeSchedule(s, before); // "X, an antibody against Y, every three weeks in combination with Z"
        // "siltuximab, an antibody that binds IL-6, in combination with": the name before the apposition
        Mention a = s.lower(before).equals(",") ? r.subjectBeforeParenthetical(si, before) : r.endingAt(si, before);
        if (a == null && s.lower(before).equals(")")) {
            a = r.endingAt(si, Parentheticals.before(s, before)); // "tivumecirnon (FLX475) in combination with"
        }
        if (a == null && s.lower(before).equals(",")) {
            a = r.endingAt(si, before - 1); // "has recommended zolbetuximab, in combination with chemotherapy, as"
        }
        int after = s.lower(t + 1).equals("with") || onTop ? t + 2 : t + 1;
        Mention reference = r.startingAt(si, after); // "together with the antibody"
        if (reference == null && DETERMINERS.contains(s.lower(after))) {
            after++; // "together with the antibody", "alongside their usual inhaled corticosteroids"
        }
        // "together with the checkpoint inhibitor pembrolizumab": the drug the class names
        Mention b = r.drugNamedByClass(reference != null ? reference : r.startingAt(si, after));
        if (b == null) {
            b = ofPhraseName(r, si, after); // "alongside their usual injections of aflibercept"
        }
        for (int k = after; b == null && k < Math.min(s.size(), after + 2) && Reading.isModifierWord(s.token(k)); k++) {
            b = r.drugNamedByClass(r.startingAt(si, k + 1)); // "along with inhaled corticosteroids", "their usual inhaled X"
        }
        Argument x = a == null ? null : r.argument(a, left);
        Argument y = b == null ? null : r.argument(b, right);
        if (x != null && y != null && b.anaphoric() && x.node().equals(y.node())) {
            y = r.argumentOtherThan(b, right, x); // "stay on mesalamine alongside the antibody"
        }
        int[] found = {a == null ? -1 : a.from(), a == null ? -1 : a.to()};
        double confidence = 0.8;
        // "X is in a phase 1 trial in solid tumours, alone and in combination with Y": the drug given both ways
        boolean alone = s.lower(t - 3).equals("alone") && s.lower(t - 1).equals("in");
        boolean loose = LOOSE_LINKS.contains(s.lower(t)) || alone; // not "plus", which joins the names right around it
        boolean treated = a != null && (a.type() == EntityType.DISEASE || a.type() == EntityType.CANCER);
        if (x == null && treated && y != null) {
            // "approved, under the name Sunlenca, for treating HIV in combination with other antiretrovirals"
            x = r.leftOf(si, a.from(), VerbPatterns.LEFT_WINDOW, left, found);
            confidence = 0.7;
        }
        x = x == null && y != null && t > 1 ? LabelSubjects.subject(r, si, 0, left, found) : x; // a factbox item
        if (x == null && loose && y != null) {
            // "balixafortide was given together with eribulin"
            x = r.leftOf(si, t, alone ? LOOSE_LINK_REACH + 4 : LOOSE_LINK_REACH, left, found);
            x = x != null ? x : Regimens.describedBefore(r, si, t, left, found);
            x = x != null ? x : Regimens.subjectAfterFrontedParticiple(r, si, t, left, y, found);
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
            int yEnd = b == null ? after + 1 : b.to();
            List<Argument> ys = upToOtherArm(r.sentence(si), r.withFollowingConjuncts(si, y, yEnd, right));
            r.emit(rel, xs, ys, si, found[0], found[1], t, t + 1, method,
                    confidence, out);
        }
    }

    /** "received X or placebo on top of Y", a drug added to one already taken: the word "top" at t. */
    static boolean isOnTopOf(Sentence s, int t) {
        return s.lower(t).equals("top") && s.lower(t - 1).equals("on") && s.lower(t + 1).equals("of");
    }

    /** The name after "of" that ends a short noun phrase from token {@code from}: "their usual injections of X". */
    private static Mention ofPhraseName(Reading r, int si, int from) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + 5); k++) {
            String pos = s.token(k).pos();
            if (s.lower(k).equals("of")) {
                return k > from ? r.startingAt(si, k + 1) : null;
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
