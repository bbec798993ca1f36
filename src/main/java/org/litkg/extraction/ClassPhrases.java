package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.IntroducedNames;
import org.litkg.recognition.ListAndTargetWords;
import org.litkg.recognition.Mention;

/**
 * A drug's class named by its target and the drug it describes: "the CCR5 antagonist maraviroc", "X, a selective
 * inhibitor of PDE4", "X and Y are beta 1-adrenoceptor selective antagonists", "inhibitors of SIRT1 (A, B, C)". The
 * drug blocks the target (binds it, for an agonist or an antibody). Read for {@link NominalPatterns}.
 */
final class ClassPhrases {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);

    /** Enzyme families a class of drugs is named for, which name none of the family's members. */
    private static final Set<String> FAMILIES = Set.of("tyrosine kinase", "tyrosine kinases", "protein kinase",
            "receptor tyrosine kinase", "serine/threonine kinase", "kinase");

    /** "..., a tyrosine kinase inhibitor that blocks ROS1, ALK and MET": a blocking verb after the class, with a protein. */
    private static boolean membersNamedAfter(Reading r, int si, int t, Set<EntityType> proteins) {
        Sentence s = r.sentence(si);
        for (int k = t + 1; k < s.size() - 1; k++) {
            Mention m = ListAndTargetWords.BLOCKING_VERBS.contains(s.token(k).lemma()) ? r.startingAt(si, k + 1) : null;
            if (m != null && proteins.contains(m.type()) && !FAMILIES.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private ClassPhrases() {
    }

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
        return new Statement(st.relation(), e.withTruth(e.confidence(), false, e.hedged()));
    }

    /** Adjectives between a class's target and its noun: "a beta 1-adrenoceptor selective antagonist". */
    private static final Set<String> SELECTIVITY = Set.of("selective", "specific", "preferring", "preferential");

    private static final Set<String> APPOSITION_LINKS = Set.of(",", "is", "was", "as", "—", "–", "(");

    /**
     * "the CCR5 antagonist maraviroc", "the COX inhibitor, indomethacin", "the thromboxane A2 receptor
     * antagonists GR32191 and ridogrel", "X, a CXCR4 inhibitor", "X (also Y) is a selective PDE4
     * inhibitor", "X, an inhibitor of CXCR1 and CXCR2", "the glucocorticoid receptor (GR) antagonist X"; a class that
     * binds (an agonist, "a PD-1 antibody") reads the same, its relation {@code rel} to {@code proteins}.
     */
    static void read(Reading r, int si, int t, RelationType rel, Set<EntityType> proteins, List<Statement> out) {
        Sentence s = r.sentence(si);
        List<Argument> targets = null;
        int phraseStart = t;
        int ofListEnd = -1; // the token after "of" and its targets: "an inhibitor of CCR2, RS-504393,"
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
                Mention last = r.startingAt(si, s.tokenStartingAt(targets.get(targets.size() - 1).span().start()));
                ofListEnd = last == null ? -1 : Parentheticals.after(s, last.to());
            }
        }
        // "Cabozantinib, a tyrosine kinase inhibitor, blocks MET, AXL and VEGFR2": the family, where its members are named
        targets = targets == null || !membersNamedAfter(r, si, t, proteins) ? targets : targets.stream()
                .filter(a -> !FAMILIES.contains(a.text().toLowerCase(java.util.Locale.ROOT))).toList();
        if (targets == null || targets.isEmpty()) {
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
        if (r.cues.is(Cues.Category.NAMING_WORD, s.lower(naming)) || s.lower(t + 1).equals("including")) {
            nameAt = naming + 1; // "a CXCR4 antagonist called burixafor", "CXCR4 antagonists including burixafor"
        } else if (IntroducedNames.namingClauseAfter(s, t + 1, r.cues) > 0) {
            nameAt = IntroducedNames.namingClauseAfter(s, t + 1, r.cues); // "a CXCR2 antagonist they call NTX-114"
        } else if ((s.lower(naming).equals("known") || s.lower(naming).equals("such")) && s.lower(naming + 1).equals("as")) {
            nameAt = naming + 2; // "older BTK inhibitors such as ibrutinib", "an aromatase inhibitor, such as letrozole,"
        } else if (s.lower(t + 1).equals(",") && s.lower(t + 2).equals("including")) {
            nameAt = t + 3; // "any GPRC5D-directed drug, including talquetamab,"
        } else if (s.lower(t + 1).equals("(") && Parentheticals.bracketedDrug(r, si, t + 2)) {
            nameAt = t + 2; // "an angiotensin-converting enzyme inhibitor (cilazapril)"
        } else if (ListAndTargetWords.examplesStart(s, t + 1) > 0) {
            nameAt = ListAndTargetWords.examplesStart(s, t + 1); // "alpha 1-adrenoceptor antagonists (e.g. alfuzosin, ...)"
        } else if (ListAndTargetWords.colonListStart(s, t) > 0) {
            nameAt = ListAndTargetWords.colonListStart(s, t); // "CCR5 antagonists were developed: A, B and C"
        } else if (ofListEnd > 0 && s.lower(ofListEnd).equals(",")
                && Appositions.closedApposition(r, si, ofListEnd + 1)) {
            nameAt = ofListEnd + 1; // "given an inhibitor of CCR2, RS-504393, fewer": the name after its targets
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
                    ? Parentheticals.nameEndingAt(r, si, Doses.beforeAmount(s, k - 1), true) : null;
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
}
