package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;
import org.litkg.recognition.ReceptorsNamedAfterLigands;

/** Arguments coordinated with one already found: "CXCR1, CXCR2 and CXCR3", "ovarian and breast tumors". */
final class Conjuncts {

    private Conjuncts() {
    }

    /** Words after "and" that add or order a member: "and also CXCR2", "to bind CD4 and then CCR5". */
    private static final Set<String> ORDERING_WORDS = Set.of("also", "then");

    /** Words that single out members after a comma: "..., especially CCL2", "..., above all by keratinocytes". */
    private static final Set<String> FOCUS_WORDS = Set.of("especially", "particularly", "notably", "mainly", "chiefly");

    /** A slash between two drugs' names, with no space, as a regimen writes them: "gemcitabine/cisplatin". */
    private static boolean isRegimenSlash(Sentence s, Argument first, int j) {
        return first.node().type() == EntityType.DRUG && s.lower(j).equals("/") && j > 0 && j + 1 < s.size()
                && s.token(j - 1).span().end() == s.token(j).span().start()
                && s.token(j).span().end() == s.token(j + 1).span().start();
    }

    /** The argument and those coordinated after it: "CXCR1 and CXCR2", "CXCR1, CXCR2 or CXCR3". */
    static List<Argument> following(Reading r, int si, Argument first, int end, Set<EntityType> allowed) {
        List<Argument> all = new ArrayList<>(List.of(first));
        Sentence s = r.sentence(si);
        int k = end;
        boolean announced = announcedByColon(s, s.tokenStartingAt(first.span().start()));
        while (k < s.size()) {
            int j = Parentheticals.after(s, k); // "phosphodiesterase 3 (PDE3) and phosphodiesterase 4"
            j = Doses.pastDose(s, j); // "given with methotrexate 15 mg once weekly and prednisone 5 mg"
            if (j == k && s.lower(k).startsWith("cell") && r.startingAt(si, k) == null) {
                j++; // "on cSCC cells and on myeloid cells": a cancer named by its short name, then its cells
            }
            j = pastApposition(s, j, true, APPOSITION_REACH); // "binds GPRC5D, a receptor on myeloma cells, and CD3"
            j = j == k ? CommaConjuncts.pastDefiniteApposition(r, si, first, k) : j; // "X, the receptor ..., and Y"
            j = announced ? pastRelativeClause(s, j) : j; // "two receptors: the X, which ..., and the Y"
            j = pastPlace(r, si, j); // "binds CD20 on B cells and CD3 on T cells"
            j = first.node().type() == EntityType.DRUG ? pastMaker(r, si, j) : j; // "X from Merck and Y from Sanofi"
            int town = first.node().type() == EntityType.ORGANIZATION ? Workplaces.afterPlace(r, si, j) : j;
            // "run by the Instituto Nacional de Cancerologia in Mexico City and the University of Cape Town"
            j = town > j && Reading.CONJUNCTIONS.contains(s.lower(town)) ? town : j;
            while (j < s.size() && (Reading.CONJUNCTIONS.contains(s.lower(j)) || s.lower(j).equals("plus")
                    || isRegimenSlash(s, first, j))) {
                j++; // "nivolumab and gemcitabine plus nab-paclitaxel", "gemcitabine/cisplatin"
            }
            j += j > k && ORDERING_WORDS.contains(s.lower(j)) && Reading.CONJUNCTIONS.contains(s.lower(j - 1)) ? 1 : 0;
            j = j > k ? pastDegree(s, j) : j; // "on effector Tregs and, to a lesser extent, on Th2 cells"
            j = j > k ? Doses.pastDoseSize(s, j) : j; // "added to anakinra and high-dose methylprednisolone"
            boolean focus = s.lower(j).equals("above") && s.lower(j + 1).equals("all") || FOCUS_WORDS.contains(s.lower(j));
            if (j > k && focus) {
                j += s.lower(j).equals("above") ? 2 : 1; // "by healthy tissues, above all by keratinocytes": those too
                j += s.lower(j).equals("by") || s.lower(j).equals("in") ? 1 : 0;
            }
            if (s.lower(j).equals("but") && s.lower(j + 1).equals("also") && s.textOf(0, k).contains("not only")) {
                j += REPEATED_PREPOSITIONS.contains(s.lower(j + 2)) ? 3 : 2; // "found not only on myeloma cells but also on NK cells"
            }
            if (s.lower(j).equals("but") && s.lower(j + 1).equals("not")) {
                j += 2; // "binds CCL2 and CCL5, but not CCL19 or CCL21": those are named to be denied (Modality.setAgainst)
            } else if (s.lower(j).equals("not") && s.lower(j - 1).equals(",") && j == k + 1) {
                j++; // "blocks CCR5, not CXCR4": denied so too
            }
            int members = ExampleLinks.membersAt(s, j);
            j = members > 0 ? members : j; // "type I interferons such as interferon-alpha": the members too
            boolean repeated = s.lower(j).equals("by") || s.lower(j).equals("of") || repeatsPlace(r, si, end, j);
            if (j > k && repeated && (Reading.CONJUNCTIONS.contains(s.lower(j - 1)) || s.lower(j - 1).equals("not"))) {
                // "approved by the FDA or by the EMA", "an inhibitor of ROS1 and of the TRK kinases", "expressed in B
                // cells and in microglia"; "made by follicular dendritic cells, not by T follicular helper cells"
                j++;
            }
            if (j > k && s.lower(j).equals("the")) {
                j++; // "CCL2 and the chemokine CCL5"
                boolean classNoun = j < s.size() && r.startingAt(si, j) == null && s.token(j).text().equals(s.lower(j))
                        && (s.lower(j).endsWith("s") || CLASS_NOUNS.contains(s.lower(j))) && r.startingAt(si, j + 1) != null;
                // "MIF and the phosphodiesterases PDE4 and PDE10", "TSLP and the chemokine CCL17": the names the class labels
                j += classNoun ? 1 : 0;
                Mention target = r.startingAt(si, j);
                // "nivolumab and the TIGIT antibody BMS-986207": the drug the phrase names (not "atropine, the M1
                // receptor antagonist pirenzepine", a list of antagonists each of its own receptor)
                if (target != null && s.lower(target.to()).equals("antibody") && r.startingAt(si, target.to() + 1) != null
                        && !allowed.contains(target.type())) {
                    j = target.to() + 1;
                }
            }
            if (j > k && r.startingAt(si, j) == null && (s.lower(j + 1).equals("'s") || s.lower(j + 1).equals("’s"))) {
                j += s.lower(j + 2).equals("own") ? 3 : 2; // "on dendritic cells and on the gland's own epithelial cells"
            }
            if (j > k && PART_NOUNS.contains(s.lower(j + 1)) && s.lower(j + 2).equals("of")
                    && (s.lower(j).equals("a") || s.lower(j).equals("some"))) {
                j += 3; // "on monocytes, natural killer cells and a subset of cytotoxic T cells": those cells too
            }
            if (j > k && isPossessedNoun(s, j)) {
                j += 2; // "the FGFR1c receptor and its co-receptor beta-Klotho"
            }
            j = j > k ? pastIndefiniteNoun(r, si, j) : j; // "both CXCR4 and a second molecule, E-selectin, which"
            Mention modified = j > k && r.startingAt(si, j) == null ? r.startingAt(si, j + 1) : null;
            if (modified != null && !modified.anaphoric() && (s.lower(j - 1).equals("and") || s.lower(j - 1).equals("or"))
                    && r.cues.is(org.litkg.recognition.Cues.Category.STOP_MODIFIER, s.token(j).text())
                    && !s.lower(j).equals("other")) {
                j++; // "cemiplimab and standard chemotherapy" (not "mast cells and other immune cells", another kind)
            }
            if (j > k && r.startingAt(si, j) == null && s.lower(j).endsWith("ed") && r.startingAt(si, j + 1) != null
                    && r.startingAt(si, j + 1).type() == EntityType.CELL_TYPE && listGoesOn(s, j - 1, r.startingAt(si, j + 1))) {
                j++; // "on regulatory T cells and activated T cells": the cells a participle describes
            }
            Mention m = j > k ? r.startingAt(si, j) : null;
            Argument a = m == null ? null : r.argument(m, allowed);
            // "blocks CXCR4, the CXCL12 receptor": the ligand describes the receptor before it, no conjunct
            boolean ligandOfReceptor = m != null
                    && ReceptorsNamedAfterLigands.receptorBefore(s, m, r.mentions(si)) != null;
            if (a == null || s.lower(m.to()).equals("-") || CommaConjuncts.describesBefore(s, k, m) || ligandOfReceptor
                    || CommaConjuncts.opensClause(s, k, m) || CommaConjuncts.resumesOuterList(r, si, first, k, m)) {
                break; // ", and CXCL12-driven migration was preserved": a name joined to a noun is its modifier
            }
            all.add(a);
            k = m.to();
        }
        return all;
    }

    /**
     * "on B cells, activated T cells and monocytes": after a bare comma, a participle and cells are a list's next item
     * only where the list goes on after them; "on dendritic cells, lowered T-cell counts" is a verb and its
     * object's modifier. After a conjunction they always are.
     */
    private static boolean listGoesOn(Sentence s, int before, Mention cells) {
        String after = s.lower(cells.to());
        return !s.lower(before).equals(",") || Reading.CONJUNCTIONS.contains(after);
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    /** Singular nouns of a kind that label the name after them: "TSLP and the chemokine CCL17". */
    private static final Set<String> CLASS_NOUNS = Set.of("chemokine", "cytokine", "protein", "receptor", "ligand",
            "enzyme", "kinase", "hormone", "drug", "antibody", "molecule");
    /** Nouns that name a part of a group of cells: "a subset of", "some subsets of". */
    private static final Set<String> PART_NOUNS = Set.of("subset", "subsets", "subgroup", "fraction", "subpopulation",
            "subpopulations", "population", "minority");

    /** Whether "in", "on" or "at" at j repeats the preposition the first name (ending at {@code end}) came after. */
    private static boolean repeatsPlace(Reading r, int si, int end, int j) {
        Sentence s = r.sentence(si);
        Mention first = r.endingAt(si, end - 1);
        // "run at Leeds General Infirmary and at St James's University Hospital": "at" as the first place had it
        boolean place = s.lower(j).equals("in") || s.lower(j).equals("on") || s.lower(j).equals("at");
        return place && first != null && s.lower(first.from() - 1).equals(s.lower(j));
    }

    /** Prepositions a "but also" repeats before its conjunct: "not only on X but also on Y". */
    private static final Set<String> REPEATED_PREPOSITIONS = Set.of("on", "in", "by", "of", "with");

    /** The token after "from" and the company that makes a drug ("X from Merck and Y"), if it stands at k; else k. */
    private static int pastMaker(Reading r, int si, int k) {
        Mention maker = r.sentence(si).lower(k).equals("from") ? r.startingAt(si, k + 1) : null;
        boolean company = maker != null && maker.type() == EntityType.ORGANIZATION
                && Reading.CONJUNCTIONS.contains(r.sentence(si).lower(maker.to()));
        return company ? maker.to() : k;
    }

    /** The end of "on B cells" at k, where a conjunction follows it: the place the argument before is, not a member. */
    private static int pastPlace(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("on")) {
            return k;
        }
        Mention place = r.startingAt(si, k + 1); // "on the tumour cells" may be named with its article or an adjective
        boolean modifier = s.lower(k + 1).equals("the") || s.token(Math.min(k + 1, s.size() - 1)).pos().equals("ADJ");
        place = place == null && modifier ? r.startingAt(si, k + 2) : place; // "CD20 on malignant B cells and CD3"
        // "on myeloma cells and CD3": a cancer named before the cells noun that its mention leaves out
        int end = place == null ? k : place.to() + (ProteinNominals.isCellsNoun(s.lower(place.to())) ? 1 : 0);
        boolean before = place != null && RelationType.EXPRESSED_ON.range().contains(place.type())
                && Reading.CONJUNCTIONS.contains(s.lower(end));
        return before ? end : k;
    }

    /** How many lower-case words an indefinite noun before its name may have: "a second adhesion molecule,". */
    private static final int INDEFINITE_NOUN_WORDS = 3;

    /**
     * "and a second molecule, E-selectin," at k: an indefinite noun whose name follows its comma; the name's start, or
     * k where there is no such noun.
     */
    private static int pastIndefiniteNoun(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("a") && !s.lower(k).equals("an") && !s.lower(k).equals("another")
                || r.startingAt(si, k) != null) {
            return k;
        }
        for (int j = k + 1; j < s.size() - 1 && j <= k + INDEFINITE_NOUN_WORDS; j++) {
            if (s.lower(j).equals(",")) {
                return j > k + 1 && r.startingAt(si, j + 1) != null ? j + 1 : k;
            }
            int named = s.lower(j).equals("called") || s.lower(j).equals("named") ? j + 1
                    : s.lower(j).equals("known") && s.lower(j + 1).equals("as") ? j + 2 : -1;
            if (named > 0) { // "TSLP and a chemokine called CCL17"
                return j > k + 1 && r.startingAt(si, named) != null ? named : k;
            }
            if (!s.token(j).text().equals(s.lower(j)) || !s.lower(j).chars().allMatch(Character::isLetter)) {
                return k;
            }
        }
        return k;
    }

    /** Nouns of degree in an aside between conjuncts: "to a lesser extent", "to a smaller degree". */
    private static final Set<String> DEGREE_NOUNS = Set.of("extent", "degree");

    /** The token after an aside of degree at k ("to a lesser extent," with its comma), or k where there is none. */
    static int pastDegree(Sentence s, int k) {
        if (!s.lower(k).equals("to") || !s.lower(k + 1).equals("a") || !DEGREE_NOUNS.contains(s.lower(k + 3))) {
            return k;
        }
        return s.lower(k + 4).equals(",") ? k + 5 : k + 4;
    }

    /** "its co-receptor" at k: a possessive and one lower-case noun, which the name after it is. */
    private static boolean isPossessedNoun(Sentence s, int k) {
        return POSSESSIVES.contains(s.lower(k)) && k + 1 < s.size() && s.token(k + 1).text().equals(s.lower(k + 1))
                && s.lower(k + 1).chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && (s.token(k + 1).pos().equals("NOUN") || s.lower(k + 1).contains("-"));
    }

    /** How far an indefinite apposition may run before its closing comma. */
    private static final int APPOSITION_REACH = 8;

    /**
     * The closing comma of an apposition that opens at the comma k, when ", and" follows it; else k. With
     * {@code indefiniteOnly}, only ", a receptor on myeloma cells,"; else any (", the cells that form the border,").
     */
    static int pastApposition(Sentence s, int k, boolean indefiniteOnly, int reach) {
        boolean indefinite = s.lower(k + 1).equals("a") || s.lower(k + 1).equals("an");
        if (!s.lower(k).equals(",") || indefiniteOnly && !indefinite) {
            return k;
        }
        for (int c = k + 2; c < Math.min(s.size() - 1, k + 2 + reach); c++) {
            if (s.lower(c).equals(",")) {
                return s.lower(c + 1).equals("and") ? c : k;
            }
            if (s.lower(c).equals(".") || s.lower(c).equals(";")) {
                return k;
            }
        }
        return k;
    }

    /** How long a relative clause between two names a colon lists may be: ", which is found mainly on hepatocytes and ...,". */
    private static final int RELATIVE_REACH = 20;

    /** Whether a colon opens the list that the name at {@code start} heads: "activates two receptors: the X". */
    private static boolean announcedByColon(Sentence s, int start) {
        return start > 0 && (s.lower(start - 1).equals(":")
                || s.lower(start - 2).equals(":") && Reading.ARTICLES.contains(s.lower(start - 1)));
    }

    /** The comma closing a relative clause that opens at the comma k, where ", and" follows it; else k. */
    private static int pastRelativeClause(Sentence s, int k) {
        if (!s.lower(k).equals(",") || !s.lower(k + 1).equals("which") && !s.lower(k + 1).equals("that")) {
            return k;
        }
        for (int c = k + 2; c < Math.min(s.size() - 1, k + 2 + RELATIVE_REACH); c++) {
            if (s.lower(c).equals(",")) {
                return s.lower(c + 1).equals("and") ? c : k;
            }
            if (s.lower(c).equals(".") || s.lower(c).equals(";") || s.lower(c).equals(":")) {
                return k;
            }
        }
        return k;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", "both", "that", "which", "while", "whereas");

    /** Whether a name at k opens its clause, so that it can be a subject: the sentence's start, or after a comma. */
    private static boolean opensClause(Sentence s, int k) {
        return k == 0 || CLAUSE_OPENERS.contains(s.lower(k - 1));
    }

    /** The token before an indefinite apposition that closes with the comma at k (", an antisense drug,"), else k. */
    private static int beforeApposition(Sentence s, int k) {
        if (!s.lower(k).equals(",")) {
            return k;
        }
        for (int c = k - 2; c > 0 && k - c <= APPOSITION_REACH; c--) {
            if (s.lower(c).equals(",")) {
                boolean indefinite = s.lower(c + 1).equals("a") || s.lower(c + 1).equals("an");
                return indefinite ? c - 1 : k;
            }
        }
        return k;
    }

    /**
     * The name at {@code start} is followed by ", both of which" or ", all of which", which counts every member before it:
     * "complement resmetirom, a thyroid hormone receptor agonist, and semaglutide, both of which are approved".
     */
    private static boolean countedAfter(Reading r, int si, int start) {
        Sentence s = r.sentence(si);
        return r.mentions(si).stream().filter(m -> m.from() == start).anyMatch(m -> s.lower(m.to()).equals(",")
                && (s.lower(m.to() + 1).equals("both") || s.lower(m.to() + 1).equals("all"))
                && s.lower(m.to() + 2).equals("of") && s.lower(m.to() + 3).equals("which"));
    }

    /** "to" at k closes a range opened by "from" and a name: "from haloperidol to aripiprazole". */
    private static boolean isRangeEnd(Reading r, int si, int k) {
        Mention m = r.sentence(si).lower(k).equals("to") ? r.endingAt(si, k - 1) : null;
        return m != null && r.sentence(si).lower(m.from() - 1).equals("from");
    }

    /** The argument and those coordinated before it: "ovarian and breast tumors". */
    static List<Argument> preceding(Reading r, int si, Argument last, int start, Set<EntityType> allowed) {
        List<Argument> all = new ArrayList<>(List.of(last));
        Sentence s = r.sentence(si);
        if (last.reference() && Coreference.isPronoun(s.lower(start))) {
            return all; // "X binds MUC16, and it binds CD3": a pronoun after ", and" opens a clause, joined to no name
        }
        int k = start - 1;
        if (r.cues.is(org.litkg.recognition.Cues.Category.STOP_MODIFIER, s.lower(k)) && s.lower(k - 1).equals("the")
                && Reading.CONJUNCTIONS.contains(s.lower(k - 2))) {
            k--; // "the cancer cells and the surrounding stroma release"
        }
        while (k >= 0) {
            if (ORDERING_WORDS.contains(s.lower(k)) && Reading.CONJUNCTIONS.contains(s.lower(k - 1))) {
                k--; // "to bind CD4 and then CCR5 on T cells"
            }
            if ((s.lower(k).equals("the") || s.lower(k).equals("other")) && Reading.CONJUNCTIONS.contains(s.lower(k - 1))) {
                k--; // "cancer cells and the stromal cells around them", "Th17 cells and other immune cells"
            }
            if (k >= 2 && isPossessedNoun(s, k - 1) && Reading.CONJUNCTIONS.contains(s.lower(k - 2))) {
                k -= 2; // "the FGFR1c receptor and its co-receptor beta-Klotho, which sit on"
            }
            int j = k;
            while (j >= 0 && Reading.CONJUNCTIONS.contains(s.lower(j))) {
                j--;
            }
            if (j == k && isRangeEnd(r, si, k)) {
                j--; // "from haloperidol to aripiprazole": a range's two ends are both members
            }
            boolean commaOnly = j + 1 == k && s.lower(k).equals(",");
            boolean commaAnd = j + 2 <= k && s.lower(j + 1).equals(",") && s.lower(j + 2).equals("and");
            if (j < k && s.lower(j + 1).equals(",")) {
                // "Pelacarsen, an antisense oligonucleotide, and olpasiran, a siRNA, stop": a subject's first member;
                // but in "blocks CXCR4, a receptor on T cells, and CCR5 binds" the first is the earlier verb's object
                int opening = beforeApposition(s, j + 1);
                Mention member = opening == j + 1 ? null : r.endingAt(si, opening);
                j = member != null && (opensClause(s, member.from()) || countedAfter(r, si, start)) ? opening : j;
            }
            if (j < k && j > 0 && r.endingAt(si, j) == null) {
                // "Duvakitug (Sanofi and Teva) and afimkibart (Roche)"; but "5-HT(2A) and D(2)" end at their brackets
                j = Parentheticals.before(s, j);
            }
            if (j < k && j > 0 && (s.lower(j).equals("cells") || s.lower(j).equals("cell")) && r.endingAt(si, j) == null) {
                j--; // "Pancreatic cancer cells and the stromal cells": the cancer's own cells
            }
            Mention m = j < k && j >= 0 ? r.endingAt(si, j) : null;
            Argument a = m == null ? null : r.argument(m, allowed);
            // "switches on A and B, and B in turn releases": a list has one "and", so ", and" after one opens a clause,
            // as it does after a preposition's object ("was produced by dendritic cells, and CXCL16 bound")
            String before = m == null ? "" : s.lower(m.from() - 1);
            boolean listBefore = commaAnd && m != null && (before.equals("and") || before.equals("or")
                    || all.size() == 1 && (Reading.PREPOSITIONS.contains(before) || before.equals("by")));
            if (a == null || listBefore
                    || (commaOnly && (all.size() == 1 || Reading.PREPOSITIONS.contains(s.lower(m.from() - 1))
                    || FrontedPhrases.closesFrontedClause(s, k) || FrontedPhrases.closesOpeningPhrase(s, k)))) {
                // "A, B and C" is a list; in "Given with filgrastim, it", "In early psoriasis, A and B release" and "When
                // CAR T cells attack leukemia cells, macrophages and monocytes respond" the comma closes a clause
                break;
            }
            all.add(a);
            k = m.from() - 1;
        }
        Argument compared = all.size() == 1 ? ComparedArms.first(r, si, start, allowed) : null;
        if (compared != null) {
            all.add(compared); // "compares X with Y, each combined with Z"
        }
        return all;
    }
}
