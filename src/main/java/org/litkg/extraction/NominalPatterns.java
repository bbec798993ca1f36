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
 * Relations expressed by nouns and noun phrases: "the CCR5 antagonist maraviroc", "X, an inhibitor
 * of CXCR1 and CXCR2", "the combination of X and Y", "X plus Y", "FDA approval of X". Phrases about
 * proteins and where they sit ("the CXCL12-CXCR4 axis", "the CXCR4 receptor on T cells") are read by
 * {@link ProteinNominals}.
 */
final class NominalPatterns {

    static final Set<EntityType> PROTEINS = EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR, EntityType.CHEMOKINE);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<EntityType> AGENCIES = EnumSet.of(EntityType.REGULATORY_AGENCY);
    private static final Set<String> AXIS_WORDS = Set.of("axis", "signaling", "signalling", "pathway", "interaction",
            "interactions", "binding", "ligand-receptor");
    private static final Set<String> APPOSITION_LINKS = Set.of(",", "is", "was", "as", "—", "–", "(");
    private static final Set<String> COMBINATION_LINKS = Set.of("plus", "alongside", "together", "along");
    /** Links that may stand apart from the drugs they join: "X was given, with Y, together with Z". */
    private static final Set<String> LOOSE_LINKS = Set.of("alongside", "together", "along");

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 0; t < s.size(); t++) {
            String lemma = Lemmatizer.singular(s.lower(t));
            if (r.cues.is(Category.DRUG_CLASS_HEAD, lemma) && !lemma.equals("agonist")) {
                inhibitor(r, si, t, out);
            } else if (INHIBITION_NOUNS.contains(lemma) && s.lower(t + 1).equals("of")) {
                inhibition(r, si, t, out);
            } else if (lemma.equals("inhibitory") && EFFECT_NOUNS.contains(Lemmatizer.singular(s.lower(t + 1)))) {
                inhibitoryEffect(r, si, t, out);
            } else if ((lemma.equals("ligand") || lemma.equals("receptor")) && (s.lower(t + 1).equals("of") || s.lower(t + 1).equals("for"))) {
                ProteinNominals.partner(r, si, t, lemma.equals("ligand"), out);
            } else if ((lemma.equals("ligand") || lemma.equals("receptor")) && s.lower(t - 1).equals("its")) {
                ProteinNominals.possessedPartner(r, si, t, lemma.equals("receptor"), out);
            } else if (lemma.equals("partner") && s.lower(t - 1).equals("its")) {
                ProteinNominals.possessedPartnerByType(r, si, t, out);
            } else if (AXIS_WORDS.contains(s.lower(t))) {
                ProteinNominals.axis(r, si, t, out);
            } else if (lemma.equals("antibody") && s.lower(t + 1).equals("against")) {
                antibodyAgainst(r, si, t, out);
            } else if (lemma.equals("combination")) {
                combination(r, si, t, out);
            } else if (COMBINATION_LINKS.contains(s.lower(t))) {
                between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
            } else if (lemma.equals("source") && s.lower(t + 1).equals("of")) {
                ProteinNominals.source(r, si, t, out);
            } else if (lemma.equals("approval")) {
                approval(r, si, t, out);
            } else if ((s.lower(t).equals("positive") || s.lower(t).equals("bearing")) && s.lower(t - 1).equals("-")) {
                ProteinNominals.markedCells(r, si, t, out);
            } else if (s.lower(t).equals("on") || s.lower(t).equals("expressed")) {
                ProteinNominals.location(r, si, t, out);
            }
        }
    }

    /**
     * "the CCR5 antagonist maraviroc", "the COX inhibitor, indomethacin", "the thromboxane A2 receptor
     * antagonists GR32191 and ridogrel", "X, a CXCR4 inhibitor", "X (also Y) is a selective PDE4
     * inhibitor", "X, an inhibitor of CXCR1 and CXCR2", "the glucocorticoid receptor (GR) antagonist X".
     */
    private void inhibitor(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        List<Argument> targets = null;
        int phraseStart = t;
        // "the first KRAS G12C inhibitor" (but "the D2R inhibitor", where the same shape is the name)
        int targetEnd = ObjectSearch.isSubstitution(s, t - 1) && r.endingAt(si, t - 1) == null ? t - 2 : t - 1;
        Mention before = r.endingAt(si, Parentheticals.before(s, targetEnd));
        Argument target = before == null ? null : r.argument(before, PROTEINS);
        if (target != null) {
            targets = List.of(target);
            phraseStart = before.from();
        } else if (s.lower(t + 1).equals("of") || s.lower(t + 1).equals("against")) {
            boolean both = s.lower(t + 2).equals("both") || s.lower(t + 2).equals("either"); // "an antagonist of both X and Y"
            int listStart = afterClassApposition(s, t + 2);
            listStart = listStart == t + 2 && both ? t + 3 : listStart;
            Mention after = r.startingAt(si, listStart);
            Argument first = after == null ? null : r.argument(after, PROTEINS);
            if (first != null) {
                targets = r.withFollowingConjuncts(si, first, after.to(), PROTEINS);
            }
        }
        if (targets == null) {
            return;
        }
        // "the COX inhibitor, indomethacin": a definite class names the drug after a comma; "a 5-HT3 antagonist, dexamethasone and ..." lists
        int nameAt = s.lower(t + 1).equals(",") && s.lower(phraseStart - 1).equals("the") ? t + 2 : t + 1;
        if (NAMING_PARTICIPLES.contains(s.lower(t + 1))) {
            nameAt = t + 2; // "a CXCR4 antagonist called burixafor"
        } else if (s.lower(t + 1).equals("known") && s.lower(t + 2).equals("as")) {
            nameAt = t + 3;
        }
        Mention named = r.startingAt(si, nameAt);
        Argument drug = named == null ? null : r.argument(named, DRUGS);
        List<Argument> drugs = drug == null ? null : r.withFollowingConjuncts(si, drug, named.to(), DRUGS);
        int drugStart = named == null ? -1 : named.from();
        if (drug == null) {
            int k = phraseStart - 1;
            while (k > 0 && phraseStart - k <= 4 && !APPOSITION_LINKS.contains(s.lower(k)) && !startsListItem(s, k)) {
                k--;
            }
            Mention appositive = k > 0 && APPOSITION_LINKS.contains(s.lower(k))
                    ? r.endingAt(si, Parentheticals.before(s, k - 1)) : null;
            drug = appositive == null ? null : r.argument(appositive, DRUGS);
            drugStart = appositive == null ? -1 : appositive.from();
            int[] subject = new int[2];
            if (drug == null && (drug = r.copularSubject(si, phraseStart, DRUGS, subject)) != null) {
                drugStart = subject[0]; // "Reparixin, developed by Dompé, is an inhibitor of"
            }
            drugs = drug == null ? null : List.of(drug);
        }
        if (drugs != null) {
            r.emit(RelationType.BLOCKS, drugs, targets, si, drugStart, drugStart + 1, t, t + 1, "nominal-inhibitor", 0.85, out);
        }
    }

    private static final Set<String> COUNTING_WORDS = Set.of("two", "three", "four", "both", "the");

    /** After "two enzymes," in "an inhibitor of two enzymes, PDE3 and PDE4": where the list of names starts. */
    private static int afterClassApposition(Sentence s, int k) {
        if (!COUNTING_WORDS.contains(s.lower(k))) {
            return k;
        }
        for (int comma = k + 2; comma <= k + 3; comma++) {
            if (s.lower(comma).equals(",")) {
                boolean lowerWords = java.util.stream.IntStream.range(k + 1, comma)
                        .allMatch(j -> s.token(j).text().chars().allMatch(Character::isLowerCase));
                return lowerWords ? comma + 1 : k;
            }
        }
        return k;
    }

    /** "a sulfonylurea (X) and an alpha-glucosidase inhibitor": an apposition does not reach back across another list item. */
    private static boolean startsListItem(Sentence s, int k) {
        String w = s.lower(k);
        String next = s.lower(k + 1);
        boolean article = next.equals("a") || next.equals("an") || next.equals("the");
        return w.equals(")") || (w.equals("and") || w.equals("or")) && article;
    }

    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed");
    private static final Set<String> INHIBITION_NOUNS = Set.of("inhibition", "blockade", "antagonism", "suppression");
    private static final Set<String> EFFECT_NOUNS = Set.of("effect", "action", "activity", "potency");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "with", "using");
    private static final Set<String> AGENT_PARTICIPLES = Set.of("mediated", "induced", "dependent", "caused");

    /** "inhibition of CYP2D6 by harmaline", "blockade of CXCR4 with AMD3100", "the AMD3100-mediated inhibition of CXCR4". */
    private void inhibition(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.startingAt(si, t + 2);
        Argument target = first == null ? null : r.argument(first, PROTEINS);
        if (target == null) {
            return;
        }
        List<Argument> targets = r.withFollowingConjuncts(si, target, first.to(), PROTEINS);
        int[] found = new int[2];
        Argument drug = null;
        if (s.lower(t - 2).equals("-") && AGENT_PARTICIPLES.contains(s.lower(t - 1))) {
            Mention agent = r.endingAt(si, t - 3);
            drug = agent == null ? null : r.argument(agent, DRUGS);
            found[0] = agent == null ? -1 : agent.from();
        }
        for (int k = first.to(); drug == null && k < Math.min(s.size(), first.to() + 8); k++) {
            if (AGENT_PREPOSITIONS.contains(s.lower(k))) {
                drug = r.rightOf(si, k, 3, DRUGS, found);
                break;
            }
        }
        if (drug != null) {
            r.emit(RelationType.BLOCKS, List.of(drug), targets, si, found[0], found[0] + 1, t, t + 1, "nominal-inhibition", 0.8, out);
        }
    }

    /** "the inhibitory effect of harmaline on CYP2D6", "inhibitory effects of X against Y". */
    private void inhibitoryEffect(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (!s.lower(t + 2).equals("of")) {
            return;
        }
        Mention agent = r.startingAt(si, t + 3);
        Argument drug = agent == null ? null : r.argument(agent, DRUGS);
        if (drug == null) {
            return;
        }
        List<Argument> drugs = r.withFollowingConjuncts(si, drug, agent.to(), DRUGS);
        int on = -1;
        for (int k = agent.to(); k < Math.min(s.size(), agent.to() + 6) && on < 0; k++) {
            String w = s.lower(k);
            if (w.equals("on") || w.equals("against") || w.equals("toward") || w.equals("towards")) {
                on = k;
            }
        }
        Argument target = on < 0 ? null : r.rightOf(si, on, 3, PROTEINS, new int[2]);
        if (target != null) {
            r.emit(RelationType.BLOCKS, drugs, List.of(target), si, agent.from(), agent.to(), t, t + 2,
                    "nominal-inhibitory-effect", 0.8, out);
        }
    }

    private static final Set<String> BLOCKING_MODIFIERS = Set.of("neutralising", "neutralizing", "blocking", "antagonist",
            "antagonistic", "inhibitory");

    /**
     * "Mogamulizumab, an antibody against CCR4": the drug binds its target; "a neutralising antibody against
     * CXCL13" blocks it. The drug is the name the phrase is apposed to, or else the unnamed antibody itself,
     * which says something its name does not only when the phrase says it neutralises or blocks.
     */
    private void antibodyAgainst(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] at = new int[2];
        Argument target = r.rightOf(si, t + 1, 3, PROTEINS, at);
        if (target == null) {
            return;
        }
        int[] drugAt = new int[2];
        Argument drug = r.apposedName(si, t, DRUGS, drugAt);
        Mention own = r.endingAt(si, t);
        boolean unnamed = drug == null && own != null && !own.anaphoric(); // the antibody is only its phrase
        if (unnamed) {
            drug = r.argument(own, DRUGS);
            drugAt = new int[] {own.from(), own.to()};
        }
        boolean blocking = false;
        for (int k = t - 1; k >= Math.max(0, t - 3) && !s.lower(k).equals(","); k--) {
            blocking |= BLOCKING_MODIFIERS.contains(s.lower(k));
        }
        if (drug == null || unnamed && !blocking) {
            return; // that "an antibody against CCR8" binds CCR8 is its name, not a finding
        }
        r.emit(blocking ? RelationType.BLOCKS : RelationType.BINDS, List.of(drug), List.of(target), si, drugAt[0], drugAt[1],
                t, t + 2, "nominal-antibody", 0.8, out);
    }

    /** "the combination of X and Y", "X in combination with Y". */
    private void combination(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (s.lower(t + 1).equals("of")) {
            Mention first = r.startingAt(si, t + 2);
            Argument a = first == null ? null : r.argument(first, DRUGS);
            if (a != null && (s.lower(first.to()).equals("and") || s.lower(first.to()).equals("with"))) {
                Mention second = r.startingAt(si, first.to() + 1);
                Argument b = second == null ? null : r.argument(second, DRUGS);
                if (b != null) {
                    r.emit(RelationType.COMBINED_WITH, List.of(a), List.of(b), si, first.from(), first.to(), t, t + 1,
                            "nominal-combination", 0.85, out);
                }
            }
        } else if (s.lower(t - 1).equals("in") && s.lower(t + 1).equals("with")) {
            between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
        }
    }

    /** A relation between the mention just before a link word and the first one after it. */
    private void between(Reading r, int si, int t, Set<EntityType> left, Set<EntityType> right, RelationType rel,
                         String method, List<Statement> out) {
        Sentence s = r.sentence(si);
        int before = s.lower(t - 1).equals("in") ? t - 2 : t - 1;
        // "siltuximab, an antibody that binds IL-6, in combination with": the name before the apposition
        Mention a = s.lower(before).equals(",") ? r.subjectBeforeParenthetical(si, before) : r.endingAt(si, before);
        int after = s.lower(t + 1).equals("with") ? t + 2 : t + 1;
        Mention reference = r.startingAt(si, after); // "together with the antibody"
        if (reference == null && (s.lower(after).equals("the") || s.lower(after).equals("a") || s.lower(after).equals("an"))) {
            after++;
        }
        // "together with the checkpoint inhibitor pembrolizumab": the drug the class names
        Mention b = r.drugNamedByClass(reference != null ? reference : r.startingAt(si, after));
        if (b == null) {
            b = ofPhraseName(r, si, after); // "alongside their usual injections of aflibercept"
        }
        if (b == null && Reading.isModifierWord(s.token(after))) {
            b = r.drugNamedByClass(r.startingAt(si, after + 1)); // "along with inhaled corticosteroids"
        }
        Argument x = a == null ? null : r.argument(a, left);
        Argument y = b == null ? null : r.argument(b, right);
        int[] found = {a == null ? -1 : a.from(), a == null ? -1 : a.to()};
        double confidence = 0.8;
        boolean loose = LOOSE_LINKS.contains(s.lower(t)); // not "plus", which joins the names right around it
        boolean treated = a != null && (a.type() == EntityType.DISEASE || a.type() == EntityType.CANCER);
        if (x == null && treated && y != null) {
            // "approved, under the name Sunlenca, for treating HIV in combination with other antiretrovirals"
            x = r.leftOf(si, a.from(), VerbPatterns.LEFT_WINDOW, left, found);
            confidence = 0.7;
        }
        if (x == null && loose && y != null) {
            x = r.leftOf(si, t, 9, left, found); // "balixafortide was given together with eribulin", "X was used alongside Y"
            confidence = 0.7;
        }
        if (x != null && y != null) {
            // "gemcitabine and nab-paclitaxel ... together with X", "alongside rituximab or cyclophosphamide": each drug
            List<Argument> xs = found[0] < 0 || !loose ? List.of(x) : r.withPrecedingConjuncts(si, x, found[0], left);
            r.emit(rel, xs, r.withFollowingConjuncts(si, y, b.to(), right), si, found[0], found[1], t, t + 1, method,
                    confidence, out);
        }
    }

    /** The name after "of" that ends a short noun phrase from token {@code from}: "their usual injections of X". */
    private static Mention ofPhraseName(Reading r, int si, int from) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + 5); k++) {
            String pos = s.token(k).pos();
            if (s.lower(k).equals("of")) {
                return k > from ? r.startingAt(si, k + 1) : null;
            }
            boolean nounPhraseWord = pos.equals("DET") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NOUN");
            if (r.startingAt(si, k) != null || !nounPhraseWord) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> GRANTING = Set.of("grant", "give");

    /** "the FDA granted it accelerated approval", "the agency gave mavorixafor approval": the drug given approval. */
    private static void grantedApproval(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int k = t - 1;
        while (k > 0 && (s.token(k).pos().equals("ADJ") || s.lower(k).endsWith("ed") || s.lower(k).equals("conditional"))) {
            k--; // "accelerated", "full", "conditional"
        }
        int[] drugAt = new int[2];
        Argument drug = r.leftOf(si, k + 1, 1, EnumSet.of(EntityType.DRUG), drugAt);
        String verb = drug == null ? "" : s.token(drugAt[0] - 1).lemma();
        Mention agencyMention = drug == null || !GRANTING.contains(verb) ? null : r.endingAt(si, drugAt[0] - 2);
        Argument agency = agencyMention == null ? null : r.argument(agencyMention, AGENCIES);
        if (agency != null) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), List.of(agency), si, drugAt[0], drugAt[1],
                    agencyMention.from(), t + 1, "nominal-approval", 0.8, out);
        }
    }

    /** "FDA approval of X", "the FDA-approval status of X", "X received FDA approval", "X won approval from the FDA". */
    private void approval(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int agencyEnd = s.lower(t - 1).equals("-") ? t - 2 : t - 1;
        Mention agencyMention = r.endingAt(si, agencyEnd);
        boolean from = s.lower(t + 1).equals("from") || s.lower(t + 1).equals("by");
        if (agencyMention == null && from) {
            agencyMention = r.startingAt(si, s.lower(t + 2).equals("the") ? t + 3 : t + 2); // "approval from the FDA"
        }
        if (agencyMention == null) {
            grantedApproval(r, si, t, out);
            return;
        }
        Argument agency = r.argument(agencyMention, AGENCIES);
        if (agency == null) {
            return;
        }
        int[] found = new int[2];
        Argument drug = null;
        for (int k = t + 1; k < Math.min(s.size(), t + 4) && drug == null; k++) {
            if (s.lower(k).equals("of") || s.lower(k).equals("for")) {
                drug = r.rightOf(si, k, 3, EnumSet.of(EntityType.DRUG), found);
            }
        }
        int first = found[0];
        if (drug == null) {
            drug = r.leftOf(si, agencyMention.from(), 6, EnumSet.of(EntityType.DRUG), found);
            first = found[0];
            boolean received = false;
            for (int k = found[1]; drug != null && k < agencyMention.from(); k++) {
                String lemma = s.token(k).lemma();
                received |= lemma.equals("receive") || lemma.equals("win") || lemma.equals("gain") || lemma.equals("get");
            }
            if (!received) {
                drug = null;
            }
        }
        if (drug != null) {
            int triggerFrom = Math.min(agencyMention.from(), t);
            int triggerTo = Math.max(agencyMention.to(), t + 1);
            r.emit(RelationType.APPROVED_BY, List.of(drug), List.of(agency), si, first, found[1],
                    triggerFrom, triggerTo, "nominal-approval", 0.8, out);
        }
    }

}
