package org.litkg.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Combinations a treatment's noun names: "chemotherapy with gemcitabine and cisplatin", "the regimen of X with Y". */
final class Regimens {

    /** Words for a treatment that the drugs named after it make up: "chemotherapy with gemcitabine and cisplatin". */
    static final Set<String> NOUNS = Set.of("chemotherapy", "chemo", "chemotherapies", "regimen");

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<EntityType> NAMED_DRUGS = EnumSet.of(EntityType.DRUG);

    private Regimens() {
    }

    /** How far before a loose link a drug with a long description after it may be. */
    private static final int DESCRIBED_REACH = 30;

    /**
     * "gave plerixafor, a drug that blocks CXCR4 and is approved for people by the FDA, to 12 dogs, together with
     * carboplatin": the drug before a description opened by an article and closed by a comma before the link at t,
     * past the reach a link looks back without one; its tokens in {@code found}, or null.
     */
    static Argument describedBefore(Reading r, int si, int t, Set<EntityType> types, int[] found) {
        Sentence s = r.sentence(si);
        boolean closed = false;
        for (int j = t - 1; j > 0 && j >= t - DESCRIBED_REACH; j--) {
            String w = s.lower(j);
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return null;
            }
            if (!w.equals(",")) {
                continue;
            }
            Mention m = closed && Reading.ARTICLES.contains(s.lower(j + 1)) ? r.endingAt(si, j - 1) : null;
            Argument drug = m == null ? null : r.argument(m, types);
            if (drug != null) {
                found[0] = m.from();
                found[1] = m.to();
                return drug;
            }
            closed = true;
        }
        return null;
    }

    /** What joins a regimen's arms in a list or a slide: "A + B + C", "A plus B plus C". */
    private static final Set<String> PLUS = Set.of("+", "plus");

    /**
     * "Domvanalimab + zimberelimab + oxaliplatin": the names joined by "+" before the one at {@code from}, added to
     * {@code xs}, so every drug of the regimen is combined with the next one, not only its neighbour.
     */
    static List<Argument> withEarlierPlusArms(Reading r, int si, List<Argument> xs, int from, Set<EntityType> types) {
        Sentence s = r.sentence(si);
        List<Argument> all = new ArrayList<>(xs);
        for (int k = from; k >= 2 && PLUS.contains(s.lower(k - 1)); ) {
            Mention m = r.endingAt(si, k - 2);
            Argument arm = m == null ? null : r.argument(m, types);
            if (arm == null) {
                break;
            }
            all.add(arm);
            k = m.from();
        }
        return all;
    }

    /**
     * "chemotherapy with gemcitabine and cisplatin or carboplatin": the drugs after "with" make the regimen, the first
     * combined with each of the others (which may be alternatives to each other, not partners).
     */
    static void with(Reading r, int si, int t, List<Statement> out) {
        Mention first = r.startingAt(si, t + 1);
        Argument drug = first == null ? null : r.argument(first, DRUGS);
        List<Argument> drugs = drug == null ? List.of() : r.withFollowingConjuncts(si, drug, first.to(), DRUGS);
        if (drugs.size() > 1) {
            r.emit(RelationType.COMBINED_WITH, drugs.subList(0, 1), drugs.subList(1, drugs.size()), si, first.from(),
                    first.to(), t, t + 1, "nominal-regimen", 0.8, out);
        }
    }

    /** Adverbs between "treated" and "with": "is now treated first with X and Y". */
    private static final Set<String> TREATMENT_ADVERBS = Set.of("first", "now", "initially", "usually", "then", "mostly",
            "often", "typically", "commonly");

    /** "with" at t follows a form of "treat", past adverbs: "HCC is now treated first with". */
    static boolean isTreatedWith(Sentence s, int t) {
        int k = t - 1;
        while (k > 0 && TREATMENT_ADVERBS.contains(s.lower(k))) {
            k--;
        }
        return k >= 0 && s.token(k).lemma().equals("treat");
    }

    /** The passive "given" at t whose objects are drugs given together: "He was given plerixafor and filgrastim". */
    static boolean isGivenBoth(Sentence s, int t) {
        return s.lower(t).equals("given") && (s.lower(t - 1).equals("was") || s.lower(t - 1).equals("were"));
    }

    /**
     * "HCC is now treated first with atezolizumab and bevacizumab": drugs a treatment is given with, all joined by
     * "and", are combined; alternatives ("with X or Y", "either"), each drug "alone" and pairings "respectively" are not.
     */
    static void treatedWith(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.startingAt(si, t + 1);
        Argument drug = first == null ? null : r.argument(first, NAMED_DRUGS);
        List<Argument> drugs = drug == null ? List.of() : r.withFollowingConjuncts(si, drug, first.to(), NAMED_DRUGS);
        if (drugs.size() < 2) {
            return;
        }
        int last = s.tokenStartingAt(drugs.get(drugs.size() - 1).span().start());
        for (int k = first.to(); k < Math.min(s.size(), last + 3); k++) {
            String w = s.lower(k);
            if (w.equals("or") || w.equals("either") || w.equals("alone") || w.equals("respectively") || w.equals("versus")) {
                return;
            }
        }
        r.emit(RelationType.COMBINED_WITH, drugs.subList(0, 1), drugs.subList(1, drugs.size()), si, first.from(),
                first.to(), t, t + 1, "verb-treated-with", 0.75, out);
    }

    /** "of" at t closes a course's length, "eight weeks of": the drugs after it are given together for that long. */
    static boolean isCourse(Sentence s, int t) {
        return t > 1 && Doses.SCHEDULE_UNITS.contains(s.lower(t - 1)) && s.token(t - 2).pos().equals("NUM");
    }

    /**
     * "the triple regimen of vonoprazan with amoxicillin and clarithromycin": the first drug is combined with each
     * partner, and partners joined by "and" with each other ("or" names alternatives); "the regimen of X and Y" is a pair.
     */
    static void of(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = drugAfter(r, si, t + 1); // "a study of the CXCR1/CXCR2 antagonist X with Y"
        if (first == null || r.argument(first, DRUGS) == null) {
            return;
        }
        if (!s.lower(first.to()).equals("with")) {
            NominalPatterns.pairFrom(r, si, first.from(), t, out);
            return;
        }
        Mention next = r.startingAt(si, first.to() + 1);
        Argument partner = next == null ? null : r.argument(next, DRUGS);
        List<Argument> partners = partner == null ? List.of() : r.withFollowingConjuncts(si, partner, next.to(), DRUGS);
        if (partners.isEmpty()) {
            return;
        }
        r.emit(RelationType.COMBINED_WITH, List.of(r.argument(first, DRUGS)), partners, si, first.from(), first.to(), t,
                t + 1, "nominal-regimen", 0.8, out);
        int last = s.tokenStartingAt(partners.get(partners.size() - 1).span().start());
        boolean alternatives = false;
        for (int k = next.to(); k < last; k++) {
            alternatives |= s.lower(k).equals("or");
        }
        for (int i = 0; i + 1 < partners.size() && !alternatives; i++) {
            r.emit(RelationType.COMBINED_WITH, partners.subList(i, i + 1), partners.subList(i + 1, partners.size()), si,
                    next.from(), next.to(), t, t + 1, "nominal-regimen", 0.75, out);
        }
    }

    /** Words that join a regimen's drugs in a name of the regimen: "X with Y", "X plus Y", "X + Y". */
    private static final Set<String> TOGETHER = Set.of("with", "plus", "+");
    /**
     * Whether the i-th mention is a drug given with the drug named right before it ("a trial of BL-8040 with
     * pembrolizumab"): a later "the drug" or "it" is the regimen's first drug, not its partner.
     */
    static boolean isPartnerAfter(Sentence s, List<Mention> ms, int i) {
        Mention m = ms.get(i);
        Mention before = i > 0 ? ms.get(i - 1) : null;
        return before != null && m.type() == EntityType.DRUG && before.type() == EntityType.DRUG && !before.anaphoric()
                && before.to() == m.from() - 1 && TOGETHER.contains(s.lower(m.from() - 1));
    }

    /** What an agency approves: a drug, not a class. */
    private static final Set<EntityType> APPROVED = EnumSet.of(EntityType.DRUG);

    /**
     * "Relatlimab with nivolumab was approved by the FDA", "approved X plus Y": an approval of a regimen approves each
     * of its drugs, so the drug joined to an approved one by "with", "plus" or "+" is approved too.
     */
    static List<Argument> approvedTogether(Reading r, int si, List<Argument> approved) {
        Sentence s = r.sentence(si);
        List<Argument> all = new ArrayList<>(approved);
        for (Argument drug : approved) {
            int k = drug.reference() ? -1 : s.tokenStartingAt(drug.span().start());
            Mention m = k < 0 ? null : r.startingAt(si, k);
            if (m == null) {
                continue;
            }
            Mention before = TOGETHER.contains(s.lower(m.from() - 1)) ? r.endingAt(si, m.from() - 2) : null;
            if (before != null && s.lower(before.from() - 1).startsWith("compar")) {
                before = null; // "compared 4E9-Fc with vedolizumab, an antibody ... approved by the FDA": set side by side
            }
            Mention after = TOGETHER.contains(s.lower(m.to())) ? r.startingAt(si, m.to() + 1) : null;
            for (Mention partner : Arrays.asList(before, after)) {
                Argument p = partner == null ? null : r.argument(partner, APPROVED);
                if (p != null && all.stream().noneMatch(a -> a.node().equals(p.node()))) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    /**
     * "nivolumab and ipilimumab, two checkpoint inhibitors that the FDA approved together": the drugs the approval at t
     * (in {@code read}, the statements its verb gave) approved together are a regimen.
     */
    static void approvedAsPair(Reading r, int si, int t, List<Statement> read, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (!s.lower(t + 1).equals("together") || !s.token(t).lemma().equals("approve")) {
            return;
        }
        List<Argument> drugs = StatementArguments.subjects(read,
                x -> x.relation() == RelationType.APPROVED_BY && !x.evidence().negated());
        if (drugs.size() > 1) { // read (a view of out) is done with before out grows
            r.emit(RelationType.COMBINED_WITH, drugs, drugs, si, t, t + 1, t, t + 2, "approved-together", 0.8, out);
        }
    }

    /** How many words a class's phrase may have before the drug it names: "the CXCR1/CXCR2 antagonist". */
    private static final int CLASS_PHRASE_WORDS = 6;

    /**
     * The drug named first at k: its name, or the name a class's phrase gives it ("the checkpoint inhibitor X", "the
     * CXCR1/CXCR2 antagonist X", whose two targets leave no one class named); else the mention at k, if any.
     */
    private static Mention drugAfter(Reading r, int si, int k) {
        Mention m = r.drugNamedByClass(r.startingAt(si, k));
        if (m != null && m.type() == EntityType.DRUG) {
            return m;
        }
        Sentence s = r.sentence(si);
        for (int j = k; j < Math.min(s.size() - 1, k + CLASS_PHRASE_WORDS) && !s.lower(j).equals("with"); j++) {
            Mention named = r.cues.is(Cues.Category.DRUG_CLASS_HEAD,
                    Lemmatizer.singular(s.lower(j))) ? r.startingAt(si, j + 1) : null;
            if (named != null) {
                return named.type() == EntityType.DRUG ? named : m;
            }
        }
        return m;
    }

    /**
     * "a separate trial of bempegaldesleukin with pembrolizumab": what a study tests given with another drug is a regimen
     * (a "trial of X and Y" may compare them, so only "with" joins them here).
     */
    static void studiedWith(Reading r, int si, int t, List<Statement> out) {
        Mention first = drugAfter(r, si, t + 1);
        if (first != null && r.argument(first, DRUGS) != null && r.sentence(si).lower(first.to()).equals("with")) {
            of(r, si, t, out);
        }
    }

    /** Verbs that put patients into a trial's arm: "assigned", "randomised", "allocated" ... "to". */
    private static final Set<String> ASSIGNING = Set.of("assign", "randomize", "randomise", "allocate");
    /** How far back from "to" the assigning verb may be: "assigned 812 patients with lung cancer to". */
    private static final int ASSIGNMENT_REACH = 8;

    /** Whether "to" at t names an arm patients were put into: "randomly assigned 812 patients to", "or to". */
    static boolean isArmAssignment(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - ASSIGNMENT_REACH); k--) {
            String word = s.lower(k);
            if (ASSIGNING.stream().anyMatch(word::startsWith)) { // "assigned", "randomised", "allocated"
                return true;
            }
        }
        return false;
    }

    /**
     * "Patients in arm B received venetoclax and rituximab alone": a pair given without another drug is a regimen of
     * its own (a longer list before "alone" may name alternatives).
     */
    static void pairAlone(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention last = r.endingAt(si, t - 1);
        Mention first = last == null || !s.lower(last.from() - 1).equals("and") ? null : r.endingAt(si, last.from() - 2);
        Argument a = first == null ? null : r.argument(first, DRUGS);
        Argument b = a == null ? null : r.argument(last, DRUGS);
        if (b != null && !s.lower(first.from() - 1).equals(",")) {
            r.emit(RelationType.COMBINED_WITH, List.of(a), List.of(b), si, first.from(), first.to(), t, t + 1,
                    "nominal-regimen", 0.75, out);
        }
    }

    /** How many words a treatment's name may go on after its class before the bracket: "chemotherapy wash (". */
    private static final int CLASS_NOUN_WORDS = 2;

    /**
     * "together with the heated chemotherapy wash (mitomycin C)": a drug class whose treatment is named in brackets right
     * after it is that drug; {@code found} then holds its tokens. Else the class as found (or null, as found).
     */
    static Argument bracketedInstance(Reading r, int si, Argument partner, int[] found) {
        Sentence s = r.sentence(si);
        if (partner == null || partner.node().type() != EntityType.DRUG_CLASS) {
            return partner;
        }
        int open = found[1];
        while (open < Math.min(s.size(), found[1] + CLASS_NOUN_WORDS) && !s.token(open).isPunctuation()
                && r.startingAt(si, open) == null) {
            open++; // "wash": the treatment's own noun after its class
        }
        Mention drug = s.lower(open).equals("(") ? r.startingAt(si, open + 1) : null;
        int close = drug == null ? -1 : s.lower(drug.to()).equals(")") ? drug.to() : drug.to() + 1; // "(mitomycin C)"
        Argument named = close < 0 || !s.lower(close).equals(")") ? null : r.argument(drug, EnumSet.of(EntityType.DRUG));
        if (named == null) {
            return partner;
        }
        found[0] = drug.from();
        found[1] = drug.to();
        return named;
    }

    /** How many words a kind's phrase may have before its examples: "your standard lupus medicines". */
    private static final int KIND_WORDS = 5;

    /**
     * The drug a kind's phrase right after token {@code prep} gives as its example: "alongside your standard lupus
     * medicines, such as X" (the disease in the phrase is no partner); null if there is none.
     */
    static Argument exampleOfKind(Reading r, int si, int prep, Set<EntityType> types, int[] found) {
        for (int k = prep + 2; k < Math.min(r.sentence(si).size(), prep + KIND_WORDS + 4); k++) {
            Mention m = r.startingAt(si, k);
            Argument example = m != null && kindBeforeExample(r, si, prep + 1, k) ? r.argument(m, types) : null;
            if (example != null) {
                found[0] = m.from();
                found[1] = m.to();
                return example;
            }
        }
        return null;
    }

    /**
     * "alongside your standard lupus medicines, such as X": from token {@code from}, a phrase whose head is a drug noun
     * and then "such as", "like" or "including" right before the partner at {@code partner}, which the kind gives as an
     * example.
     */
    static boolean kindBeforeExample(Reading r, int si, int from, int partner) {
        Sentence s = r.sentence(si);
        int link = ExampleLinks.linkBefore(s, partner);
        int head = link > 0 && s.lower(link - 1).equals(",") ? link - 2 : link - 1;
        return link > 0 && head >= from && head - from < KIND_WORDS
                && r.cues.is(Cues.Category.DRUG_NOUN, Lemmatizer.singular(s.lower(head)));
    }

    /** A regimen's class named by its noun alone: "chemotherapy" (whose drugs "with" names), not a named drug. */
    static boolean isRegimen(Argument a) {
        return a != null && a.node().type() == EntityType.DRUG_CLASS
                && NOUNS.contains(a.text().toLowerCase(java.util.Locale.ROOT));
    }
}
