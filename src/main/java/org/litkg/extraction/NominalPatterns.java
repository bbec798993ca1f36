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
 * of CXCR1 and CXCR2", "the CXCL12-CXCR4 axis", "the CXCR4 receptor on T cells", "the combination
 * of X and Y", "X plus Y", "FDA approval of X".
 */
final class NominalPatterns {

    private static final Set<EntityType> PROTEINS = EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR, EntityType.CHEMOKINE);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<EntityType> RECEPTORS = EnumSet.of(EntityType.RECEPTOR, EntityType.PROTEIN);
    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE);
    private static final Set<EntityType> AGENCIES = EnumSet.of(EntityType.REGULATORY_AGENCY);
    private static final Set<String> AXIS_WORDS = Set.of("axis", "signaling", "signalling", "pathway", "interaction",
            "interactions", "binding", "ligand-receptor");
    private static final Set<String> APPOSITION_LINKS = Set.of(",", "is", "was", "as", "—", "–", "(");
    private static final Set<String> COMBINATION_LINKS = Set.of("plus", "alongside", "together", "along");
    private static final Set<String> LOCATION_ADVERBS = Set.of("only", "almost", "mostly", "mainly", "also", "chiefly");
    private static final Set<String> LOCATION_VERBS = Set.of("found", "expressed", "present", "located", "displayed", "sitting");

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
                partner(r, si, t, lemma.equals("ligand"), out);
            } else if ((lemma.equals("ligand") || lemma.equals("receptor")) && s.lower(t - 1).equals("its")) {
                possessedPartner(r, si, t, lemma.equals("receptor"), out);
            } else if (AXIS_WORDS.contains(s.lower(t))) {
                axis(r, si, t, out);
            } else if (lemma.equals("antibody") && s.lower(t + 1).equals("against")) {
                antibodyAgainst(r, si, t, out);
            } else if (lemma.equals("combination")) {
                combination(r, si, t, out);
            } else if (COMBINATION_LINKS.contains(s.lower(t))) {
                between(r, si, t, DRUGS, DRUGS, RelationType.COMBINED_WITH, "nominal-combination", out);
            } else if (lemma.equals("source") && s.lower(t + 1).equals("of")) {
                source(r, si, t, out);
            } else if (lemma.equals("approval")) {
                approval(r, si, t, out);
            } else if (s.lower(t).equals("on") || s.lower(t).equals("expressed")) {
                location(r, si, t, out);
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
        Mention before = r.endingAt(si, Reading.beforeParenthetical(s, t - 1));
        Argument target = before == null ? null : r.argument(before, PROTEINS);
        if (target != null) {
            targets = List.of(target);
            phraseStart = before.from();
        } else if (s.lower(t + 1).equals("of") || s.lower(t + 1).equals("against")) {
            boolean both = s.lower(t + 2).equals("both") || s.lower(t + 2).equals("either"); // "an antagonist of both X and Y"
            int listStart = both ? t + 3 : t + 2;
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
                    ? r.endingAt(si, Reading.beforeParenthetical(s, k - 1)) : null;
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

    /**
     * "CXCL12, the ligand of CXCR4", "CXCR7, a second receptor for CXCL12" and "Both are ligands of
     * CCR4": the ligand binds the receptor.
     */
    private void partner(Reading r, int si, int t, boolean ligandNamedFirst, List<Statement> out) {
        int[] named = new int[2];
        Argument apposed = r.apposedName(si, t, PROTEINS, named);
        if (apposed == null) {
            apposed = r.copularSubject(si, t, PROTEINS, named); // "CCL20 is the only known ligand of CCR6"
        }
        Mention other = r.startingAt(si, t + 2);
        Argument partner = other == null ? null : r.argument(other, PROTEINS);
        if (apposed == null || partner == null) {
            return;
        }
        Argument ligand = ligandNamedFirst ? apposed : partner;
        Argument receptor = ligandNamedFirst ? partner : apposed;
        r.emit(RelationType.BINDS, List.of(ligand), List.of(receptor), si, named[0], named[1], t, t + 2, "nominal-partner", 0.8, out);
    }

    /**
     * "CXCL12 and its receptor CXCR4", "monocytes, which carry its receptor CCR2", "C5a binds its receptor,
     * C5aR1": the name after the noun binds (or is bound by) the nearest protein before "its".
     */
    private void possessedPartner(Reading r, int si, int t, boolean receptorNamed, List<Statement> out) {
        Sentence s = r.sentence(si);
        int nameAt = s.lower(t + 1).equals(",") ? t + 2 : t + 1;
        Mention named = r.startingAt(si, nameAt);
        Argument partner = named == null || named.anaphoric() ? null : r.argument(named, PROTEINS);
        int[] found = new int[2];
        Argument owner = partner == null ? null : r.leftOf(si, t - 1, 20, PROTEINS, found);
        if (owner == null || owner.node().equals(partner.node())) {
            return;
        }
        Argument ligand = receptorNamed ? owner : partner;
        Argument receptor = receptorNamed ? partner : owner;
        r.emit(RelationType.BINDS, List.of(ligand), List.of(receptor), si, found[0], found[1], t - 1, t + 1,
                "nominal-partner", 0.75, out);
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
        if (drug == null && own != null && !own.anaphoric()) {
            drug = r.argument(own, DRUGS);
            drugAt = new int[] {own.from(), own.to()};
        }
        boolean blocking = false;
        for (int k = t - 1; k >= Math.max(0, t - 3) && !s.lower(k).equals(","); k--) {
            blocking |= BLOCKING_MODIFIERS.contains(s.lower(k));
        }
        if (drug == null || own != null && !own.anaphoric() && drug.node().equals(r.argument(own, DRUGS).node()) && !blocking) {
            return; // that "an antibody against CCR8" binds CCR8 is its name, not a finding
        }
        r.emit(blocking ? RelationType.BLOCKS : RelationType.BINDS, List.of(drug), List.of(target), si, drugAt[0], drugAt[1],
                t, t + 2, "nominal-antibody", 0.8, out);
    }

    /** "Exhausted CD8 T cells were the main source of CXCL13", "CXCL12, whose main source is ...": the cells secrete it. */
    private void source(Reading r, int si, int t, List<Statement> out) {
        Set<EntityType> producers = RelationType.SECRETES.domain();
        int[] at = new int[2];
        Argument producer = r.copularSubject(si, t, producers, at);
        if (producer == null) {
            producer = r.apposedName(si, t, producers, at); // "stromal cells, the main source of CXCL12,"
        }
        Mention product = r.startingAt(si, t + 2);
        Argument protein = product == null ? null : r.argument(product, PROTEINS);
        if (producer != null && protein != null) {
            List<Argument> proteins = r.withFollowingConjuncts(si, protein, product.to(), PROTEINS);
            r.emit(RelationType.SECRETES, r.withPrecedingConjuncts(si, producer, at[0], producers), proteins, si, at[0], at[1],
                    t, t + 2, "nominal-source", 0.75, out);
        }
    }

    /** "the CXCL12-CXCR4 axis", "CXCL12/CXCR4 signaling": the chemokine binds the receptor. */
    private void axis(Reading r, int si, int t, List<Statement> out) {
        Mention receptor = r.endingAt(si, t - 1);
        if (receptor == null || receptor.type() != EntityType.RECEPTOR) {
            return;
        }
        Sentence s = r.sentence(si);
        String link = s.lower(receptor.from() - 1);
        Mention ligand = link.equals("-") || link.equals("/") ? r.endingAt(si, receptor.from() - 2) : null;
        if (ligand == null || (ligand.type() != EntityType.CHEMOKINE && ligand.type() != EntityType.PROTEIN)) {
            return;
        }
        Argument a = r.argument(ligand, PROTEINS);
        Argument b = r.argument(receptor, PROTEINS);
        if (a != null && b != null) {
            r.emit(RelationType.BINDS, List.of(a), List.of(b), si, ligand.from(), ligand.to(), t, t + 1, "nominal-axis", 0.75, out);
        }
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
        if (b == null && isModifierWord(s, after)) {
            b = r.drugNamedByClass(r.startingAt(si, after + 1)); // "along with inhaled corticosteroids"
        }
        Argument x = a == null ? null : r.argument(a, left);
        Argument y = b == null ? null : r.argument(b, right);
        int[] found = {a == null ? -1 : a.from(), a == null ? -1 : a.to()};
        double confidence = 0.8;
        boolean loose = s.lower(t).equals("together") || s.lower(t).equals("alongside") || s.lower(t).equals("along");
        if (x == null && loose && y != null) {
            x = r.leftOf(si, t, 6, left, found); // "balixafortide was given together with eribulin", "X was used alongside Y"
            confidence = 0.7;
        }
        if (x != null && y != null) {
            // "gemcitabine and nab-paclitaxel ... together with X", "alongside rituximab or cyclophosphamide": each drug
            boolean together = s.lower(t).equals("together") || s.lower(t).equals("alongside"); // not "A and B plus C"
            List<Argument> xs = found[0] < 0 || !together ? List.of(x) : r.withPrecedingConjuncts(si, x, found[0], left);
            r.emit(rel, xs, r.withFollowingConjuncts(si, y, b.to(), right), si, found[0], found[1], t, t + 1, method,
                    confidence, out);
        }
    }

    private static boolean isModifierWord(Sentence s, int k) {
        String w = s.lower(k);
        return s.token(k).pos().equals("ADJ") || w.endsWith("ed") && w.chars().allMatch(Character::isLetter);
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

    /** "FDA approval of X", "the FDA-approval status of X", "X received FDA approval". */
    private void approval(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int agencyEnd = s.lower(t - 1).equals("-") ? t - 2 : t - 1;
        Mention agencyMention = r.endingAt(si, agencyEnd);
        Argument agency = agencyMention == null ? null : r.argument(agencyMention, AGENCIES);
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
            r.emit(RelationType.APPROVED_BY, List.of(drug), List.of(agency), si, first, found[1],
                    agencyMention.from(), t + 1, "nominal-approval", 0.8, out);
        }
    }

    private static int skipAdverbs(Sentence s, int k) {
        while (k > 0 && (LOCATION_ADVERBS.contains(s.lower(k)) || s.lower(k).endsWith("ly"))) {
            k--;
        }
        return k;
    }

    /** "the CXCR4 receptor on T cells", "CCR5 expressed on macrophages". */
    private void location(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int on = t;
        int receptorEnd = t - 1;
        if (s.lower(t).equals("expressed")) {
            if (!s.lower(t + 1).equals("on") && !s.lower(t + 1).equals("by")) {
                return;
            }
            on = t + 1;
        } else if (s.lower(t - 1).equals("expressed")) {
            return;
        }
        if (s.lower(t).equals("on") && s.lower(t - 1).equals(",")) {
            Mention apposed = r.endingAt(si, t - 2); // "binds its receptor, C5aR1, on neutrophils"
            receptorEnd = apposed != null && s.lower(apposed.from() - 1).equals(",") ? t - 2 : receptorEnd;
        }
        Mention receptorMention = r.endingAt(si, receptorEnd);
        int[] receptorAt = new int[2];
        Argument receptor = null;
        if (receptorMention != null && !receptorMention.anaphoric()) {
            receptor = r.argument(receptorMention, RECEPTORS);
            receptorAt = new int[] {receptorMention.from(), receptorMention.to()};
        } else {
            // "CCR2, a receptor on monocytes", "CXCR1 and CXCR2, two receptors found on neutrophils",
            // "XCR1, a receptor present only on", "CCR8, which is found almost only on"
            int head = t - 1;
            if (s.lower(t).equals("on")) {
                head = skipAdverbs(s, head);
                if (LOCATION_VERBS.contains(s.lower(head))) {
                    head = skipAdverbs(s, head - 1);
                }
            }
            if (Lemmatizer.singular(s.lower(head)).equals("receptor")) {
                receptor = r.apposedName(si, head, RECEPTORS, receptorAt);
            } else if (s.lower(head).equals("is") || s.lower(head).equals("are")) {
                // "CCR8, which is found almost only on", "CXCR5 is present on"
                boolean relative = Reading.RELATIVE_PRONOUNS.contains(s.lower(head - 1));
                int end = !relative ? head - 1 : s.lower(head - 2).equals(",") ? head - 3 : head - 2;
                Mention antecedent = r.endingAt(si, end);
                receptor = antecedent == null || antecedent.anaphoric() ? null : r.argument(antecedent, RECEPTORS);
                receptorAt = antecedent == null ? receptorAt : new int[] {antecedent.from(), antecedent.to()};
            }
        }
        if (receptor == null || receptor.node().type() != EntityType.RECEPTOR && !s.lower(t).equals("expressed")) {
            return;
        }
        int[] found = new int[2];
        Argument cell = r.rightOf(si, on, 5, CELLS, found);
        Mention first = r.startingAt(si, on + 1) != null ? r.startingAt(si, on + 1) : r.startingAt(si, on + 2);
        if (cell == null && first != null && s.lower(first.to()).equals("and") && s.lower(first.to() + 1).equals("on")) {
            cell = r.rightOf(si, first.to() + 1, 4, CELLS, found); // "on the cancer cells and on macrophages"
        }
        if (cell != null) {
            List<Argument> cells = new java.util.ArrayList<>(r.withFollowingConjuncts(si, cell, found[1], CELLS));
            int[] more = new int[2];
            Argument next;
            // "present on B cells and on follicular helper T cells": the preposition repeated after each conjunct
            while ((s.lower(found[1]).equals("and") || s.lower(found[1]).equals("or")) && s.lower(found[1] + 1).equals("on")
                    && (next = r.rightOf(si, found[1] + 1, 4, CELLS, more)) != null) {
                cells.add(next);
                found[1] = more[1];
            }
            List<Argument> receptors = r.withPrecedingConjuncts(si, receptor, receptorAt[0], RECEPTORS);
            r.emit(RelationType.EXPRESSED_ON, receptors, cells, si, receptorAt[0], receptorAt[1],
                    t, on + 1, "nominal-location", 0.8, out);
        }
    }
}
