package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/** Approvals named by a noun ("FDA approval of X", "granted it accelerated approval") or by an agency that "followed". */
final class ApprovalPatterns {

    private static final Set<EntityType> AGENCIES = EnumSet.of(EntityType.REGULATORY_AGENCY);

    private ApprovalPatterns() {
    }

    private static final Set<String> GRANTING = Set.of("grant", "give");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "now", "also", "recently", "formally");

    /**
     * Where the agency's name ends before a granting verb: "U.S. regulators on Wednesday granted", "the FDA has
     * granted", "the agency has now granted", "the Food and Drug Administration (FDA) granted".
     */
    private static int agencyEnd(Sentence s, int last) {
        int end = last;
        while (end > 0 && AUXILIARIES.contains(s.lower(end))) {
            end--;
        }
        end = Parentheticals.before(s, end); // "the U.S. Food and Drug Administration (FDA) has granted"
        if (!DAYS.contains(s.lower(end))) {
            return end;
        }
        return s.lower(end - 1).equals("on") ? end - 2 : end - 1;
    }

    /**
     * The agency whose name ends before a granting verb at last + 1, past auxiliaries, a bracketed abbreviation, a day
     * and an aside set off by commas ("the European Commission, acting on advice from its experts, has granted").
     */
    private static Mention agencyBefore(Reading r, int si, int last) {
        int end = agencyEnd(r.sentence(si), last);
        return r.sentence(si).lower(end).equals(",") ? r.subjectBeforeParenthetical(si, end) : r.endingAt(si, end);
    }

    /** "the FDA granted it accelerated approval", "the agency gave mavorixafor approval": the drug given approval. */
    private static void grantedApproval(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int k = t - 1;
        while (k > 0 && !GRANTING.contains(s.token(k).lemma()) && (s.token(k).pos().equals("ADJ") || s.lower(k).endsWith("ed")
                || s.lower(k).equals("conditional") || s.lower(k).equals("marketing"))) {
            k--; // "accelerated", "full", "conditional", "marketing"
        }
        int[] drugAt = new int[2];
        Mention beforeParenthetical = s.lower(k).equals(",") ? r.subjectBeforeParenthetical(si, k) : null;
        // "granted imetelstat a conditional marketing authorisation": the article after the drug
        int drugEnd = (s.lower(k).equals("a") || s.lower(k).equals("an")) && r.endingAt(si, k - 1) != null ? k - 1 : k;
        Argument drug = beforeParenthetical == null ? r.leftOf(si, drugEnd + 1, 1, EnumSet.of(EntityType.DRUG), drugAt)
                : r.argument(beforeParenthetical, EnumSet.of(EntityType.DRUG)); // "gave X, sold as Y, full approval"
        if (beforeParenthetical != null) {
            drugAt = new int[] {beforeParenthetical.from(), beforeParenthetical.to()};
        }
        String verb = drug == null ? "" : s.token(drugAt[0] - 1).lemma();
        Mention agencyMention = drug == null || !GRANTING.contains(verb) ? null : agencyBefore(r, si, drugAt[0] - 2);
        int verbAt = s.lower(k).equals("a") || s.lower(k).equals("an") ? k - 1 : k;
        if (drug == null && verbAt > 0 && GRANTING.contains(s.token(verbAt).lemma())) {
            agencyMention = decided(s, verbAt) ? r.endingAt(si, verbAt - 4) : agencyBefore(r, si, verbAt - 1);
            if (s.lower(t + 1).equals("to")) {
                drug = r.rightOf(si, t + 1, 3, EnumSet.of(EntityType.DRUG), drugAt); // "granted marketing authorisation to X"
            } else { // "The European Commission granted a conditional authorisation for the same use": the drug approved before
                List<Argument> approved = agencyMention == null ? List.of() : approvedIn(0, si, out, null);
                drug = approved.size() == 1 ? approved.get(0) : null;
                drugAt = new int[] {t, t + 1};
            }
        }
        Argument agency = drug == null || agencyMention == null ? null : r.argument(agencyMention, AGENCIES);
        if (agency != null) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), List.of(agency), si, drugAt[0], drugAt[1],
                    agencyMention.from(), t + 1, "nominal-approval", 0.8, out);
        }
    }

    /** Whether the granting verb at v follows its agency's decision: "the FDA's decision to grant". */
    private static boolean decided(Sentence s, int v) {
        return v >= 4 && s.lower(v - 1).equals("to") && s.lower(v - 2).equals("decision")
                && s.token(v - 3).isPossessive();
    }

    /** "FDA approval of X", "the FDA-approval status of X", "X received FDA approval", "X won approval from the FDA". */
    static void approval(Reading r, int si, int t, List<Statement> out) {
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
            if (s.lower(k).equals("of") || s.lower(k).equals("for") || s.lower(k).equals("to")) {
                drug = r.rightOf(si, k, 3, EnumSet.of(EntityType.DRUG), found);
            }
        }
        int first = found[0];
        if (drug == null) {
            drug = owner(r, si, Math.min(t, agencyMention.from()) - 1, found);
            first = found[0];
        }
        if (drug == null) {
            drug = r.leftOf(si, agencyMention.from(), 6, EnumSet.of(EntityType.DRUG), found);
            // "Plerixafor: ten years after FDA approval": what came after an approval had it, a title's name too
            String before = s.lower(agencyMention.from() - 1);
            boolean received = before.equals("after") || before.equals("since");
            drug = drug == null && received ? titleName(r, si, agencyMention.from(), found) : drug;
            first = found[0];
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

    /** How far before an approval a title's colon may stand: "Plerixafor: ten years after FDA approval". */
    private static final int TITLE_REACH = 6;

    /** The drug that names a title before its colon, the colon within reach before token k; else null. */
    private static Argument titleName(Reading r, int si, int k, int[] found) {
        for (int c = k - 1; c > 0 && c >= k - TITLE_REACH; c--) {
            if (r.sentence(si).lower(c).equals(":")) {
                Mention named = r.endingAt(si, c - 1);
                Argument drug = named == null ? null : r.argument(named, EnumSet.of(EntityType.DRUG));
                found[0] = named == null ? -1 : named.from();
                found[1] = named == null ? -1 : named.to();
                return drug;
            }
        }
        return null;
    }

    /**
     * The drug whose approval a possessive at token k names: "maraviroc's approval by the EMA", or "its approval by the
     * EMA", "its FDA approval" after the drug (the drug the nearby text is about); null where none stands there.
     */
    private static Argument owner(Reading r, int si, int k, int[] found) {
        Sentence s = r.sentence(si);
        if (s.lower(k).equals("'s") || s.lower(k).equals("’s")) {
            Mention named = r.endingAt(si, k - 1);
            found[0] = named == null ? -1 : named.from();
            found[1] = named == null ? -1 : named.to();
            return named == null ? null : r.argument(named, EnumSet.of(EntityType.DRUG));
        }
        if (!s.lower(k).equals("its")) {
            return null;
        }
        Node.EntityNode topic = r.topicDrugs().mostNamedDrug(si, k, EnumSet.of(EntityType.DRUG), null);
        found[0] = k;
        found[1] = k + 1;
        return topic == null ? null : new Argument(topic, s.token(k).span(), s.token(k).text(), true);
    }

    /**
     * "The FDA approved marstacimab in October, and the European Commission followed a month later": an agency that
     * follows approves what was approved in that sentence or the one before.
     */
    static void followed(Reading r, int si, int t, List<Statement> out) {
        Mention agencyMention = r.endingAt(si, t - 1);
        Argument agency = agencyMention == null ? null : r.argument(agencyMention, AGENCIES);
        if (agency == null) {
            drugFollowed(r, si, t, agencyMention, out);
            return;
        }
        List<Argument> approved = approvedIn(si - 1, si, out, agency);
        if (!approved.isEmpty()) {
            r.emit(RelationType.APPROVED_BY, approved, List.of(agency), si, agencyMention.from(), agencyMention.to(), t, t + 1,
                    "nominal-approval-followed", 0.7, out);
        }
    }

    /** Whether "in" at t dates something: "in 2017". */
    static boolean isYearAt(Sentence s, int t) {
        return s.lower(t).equals("in") && PublicationContext.isYear(s.lower(t + 1));
    }

    /**
     * "Riluzole was approved by the FDA in 1995, edaravone in 2017 and tofersen, an antisense drug, in 2023": a drug
     * listed with only its year after an approval in the same sentence was approved by the same agencies.
     */
    static void elidedYear(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention drugMention = s.lower(t - 1).equals(",") ? r.subjectBeforeParenthetical(si, t - 1) : r.endingAt(si, t - 1);
        Argument drug = drugMention == null ? null : r.argument(drugMention, EnumSet.of(EntityType.DRUG));
        boolean listed = drugMention != null && (s.lower(drugMention.from() - 1).equals(",")
                || s.lower(drugMention.from() - 1).equals("and"));
        if (drug == null || !listed) {
            return;
        }
        List<Argument> agencies = StatementArguments.objects(out, st -> st.relation() == RelationType.APPROVED_BY
                && !st.evidence().negated() && !st.evidence().hedged() && st.evidence().sentenceIndex() == si
                && !st.subject().equals(drug.node()));
        if (!agencies.isEmpty()) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), agencies, si, drugMention.from(), drugMention.to(), t, t + 2,
                    "nominal-approval-elided", 0.7, out);
        }
    }

    /** Copulas that end an elliptical clause after "but": "but amoxicillin is". */
    private static final Set<String> ELLIPTICAL_COPULAS = Set.of("is", "was", "are", "were", "has");
    /** What may follow such a copula for the clause to end there. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", "and", ")", "—", "–");

    /**
     * "Ladarixin is not approved by the FDA, of course, but amoxicillin is": a drug after "but" (at t) with only a copula,
     * set against an approval the sentence denies, is approved by the agencies the denied approval names.
     */
    static void contrastedDrug(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention drugMention = r.startingAt(si, t + 1);
        Argument drug = drugMention == null ? null : r.argument(drugMention, EnumSet.of(EntityType.DRUG));
        int copula = drugMention == null ? -1 : drugMention.to();
        if (drug == null || !ELLIPTICAL_COPULAS.contains(s.lower(copula))
                || copula + 1 < s.size() && !CLAUSE_ENDS.contains(s.lower(copula + 1))) {
            return;
        }
        List<Argument> agencies = StatementArguments.objects(out, st -> st.relation() == RelationType.APPROVED_BY
                && st.evidence().negated() && !st.evidence().hedged() && st.evidence().sentenceIndex() == si
                && !st.subject().equals(drug.node()));
        if (!agencies.isEmpty()) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), agencies, si, drugMention.from(), drugMention.to(), copula,
                    copula + 1, "nominal-approval-contrasted", 0.7, out);
        }
    }

    /** What "followed" may not be followed by for a drug's approval to follow: "followed by", "followed the patients". */
    private static final Set<String> NOT_ELLIPTICAL = Set.of("by", "the", "up", "them", "patients", "closely");

    /**
     * "Lecanemab was authorised by the European Commission last year; donanemab followed": a drug that follows is
     * approved by the agencies that approved another drug in that sentence or the one before.
     */
    private static void drugFollowed(Reading r, int si, int t, Mention drugMention, List<Statement> out) {
        Argument drug = drugMention == null || NOT_ELLIPTICAL.contains(r.sentence(si).lower(t + 1)) ? null
                : r.argument(drugMention, EnumSet.of(EntityType.DRUG));
        if (drug == null) {
            return;
        }
        List<Argument> agencies = StatementArguments.objects(out, st -> st.relation() == RelationType.APPROVED_BY
                && !st.evidence().negated() && !st.evidence().hedged() && st.evidence().sentenceIndex() >= si - 1
                && st.evidence().sentenceIndex() <= si && !st.subject().equals(drug.node()));
        if (!agencies.isEmpty()) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), agencies, si, drugMention.from(), drugMention.to(), t, t + 1,
                    "nominal-approval-followed", 0.7, out);
        }
    }

    /** Approving verbs before "the combination". */
    private static final Set<String> APPROVED = Set.of("approved", "cleared", "authorised", "authorized", "licensed");
    /** How many sentences back "the combination" may point to the drugs combined. */
    private static final int COMBINATION_SENTENCES_BACK = 3;
    /** How far before the verb its agency may be: "The FDA in December approved the combination". */
    private static final int AGENCY_REACH = 5;

    /**
     * "The FDA approved the combination for this use": "the combination" (at t) is the pair of drugs last said to be
     * combined, in this sentence or the three before, and the agency before the verb approves both.
     */
    static void approvedCombination(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean definite = s.lower(t - 1).equals("the") || s.lower(t - 1).equals("this");
        int verb = definite ? passiveVerb(s, t + 1) : -1; // "The combination was approved in China by the NMPA"
        if (!definite || !APPROVED.contains(s.lower(t - 2)) && verb < 0) {
            return;
        }
        int[] found = new int[2];
        Argument agency = verb < 0 ? r.leftOf(si, t - 2, AGENCY_REACH, AGENCIES, found) : agentAfter(r, si, verb, found);
        Statement combined = null;
        for (Statement st : out) {
            int sentence = st.evidence().sentenceIndex();
            // the last one read, but no chemotherapy's drugs ("or chemotherapy with gemcitabine and cisplatin")
            boolean regimen = st.evidence().method().equals("nominal-regimen");
            if (st.relation() == RelationType.COMBINED_WITH && !st.evidence().negated() && !st.evidence().hedged()
                    && !regimen && sentence >= si - COMBINATION_SENTENCES_BACK && sentence <= si) {
                combined = st;
            }
        }
        if (agency != null && combined != null) {
            List<Argument> drugs = List.of(combined.evidence().subject(), combined.evidence().object());
            r.emit(RelationType.APPROVED_BY, drugs, List.of(agency), si, found[0], found[1], verb < 0 ? t - 2 : t - 1,
                    verb < 0 ? t + 1 : verb + 1, "approval-combination", 0.7, out);
        }
    }

    /** Nouns for drugs given together, which the next sentence may spell out: "its two-drug combination". */
    private static final Set<String> COMBINATION_NOUNS = Set.of("combination", "regimen");
    /** Determiners of an approved combination: "the", "this", "its". */
    private static final Set<String> COMBINATION_DETERMINERS = Set.of("the", "this", "its");
    /** How many words may stand between the determiner and "combination": "its two - drug combination". */
    private static final int COMBINATION_MODIFIERS = 4;

    /**
     * "the FDA approved its two-drug combination for ... . The regimen pairs X with Y": a combination approved before
     * the sentence after it names its drugs; the agency approves the drugs that sentence combines. Run once the whole
     * text is read, as the combination is read after the approval.
     */
    static void combinationsNamedAfter(Reading r, List<Statement> found) {
        List<Statement> added = new ArrayList<>();
        for (int si = 0; si + 1 < r.sentenceCount(); si++) {
            Sentence s = r.sentence(si);
            for (int v = 1; v + 2 < s.size(); v++) {
                int noun = APPROVED.contains(s.lower(v)) ? combinationAfter(s, v) : -1;
                int[] at = new int[2];
                Argument agency = noun < 0 ? null : r.leftOf(si, v, AGENCY_REACH, AGENCIES, at);
                if (agency == null || approvedIn(si, si, found, null).size() > 0) {
                    continue;
                }
                int next = si + 1;
                Statement combined = found.stream().filter(st -> st.relation() == RelationType.COMBINED_WITH
                        && st.evidence().sentenceIndex() == next && !st.evidence().negated() && !st.evidence().hedged())
                        .findFirst().orElse(null);
                if (combined != null) {
                    List<Argument> drugs = List.of(combined.evidence().subject(), combined.evidence().object());
                    r.emit(RelationType.APPROVED_BY, drugs, List.of(agency), si, at[0], at[1], v, noun + 1,
                            "approval-combination-named-after", 0.65, added);
                }
            }
        }
        found.addAll(added);
    }

    /** The combination noun a few words after the approving verb at v ("approved its two-drug combination"), or -1. */
    private static int combinationAfter(Sentence s, int v) {
        if (!COMBINATION_DETERMINERS.contains(s.lower(v + 1))) {
            return -1;
        }
        for (int k = v + 2; k < Math.min(s.size(), v + 2 + COMBINATION_MODIFIERS); k++) {
            if (COMBINATION_NOUNS.contains(s.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The approving verb of a passive within a few words after k ("was approved", "has since been cleared"), or -1. */
    private static int passiveVerb(Sentence s, int k) {
        for (int v = k; v < s.size() && v - k < 4; v++) {
            if (APPROVED.contains(s.lower(v))) {
                return VerbForms.beBefore(s, v) ? v : -1;
            }
        }
        return -1;
    }

    /** The agency after "by", right after the passive verb or past a phrase: "approved in China by the NMPA". */
    private static Argument agentAfter(Reading r, int si, int verb, int[] found) {
        int by = r.sentence(si).lower(verb + 1).equals("by") ? verb + 1 : AgentSearch.byAfterPhrase(r, si, verb, true);
        return by < 0 ? null : r.rightOf(si, by, 3, AGENCIES, found);
    }

    /**
     * The drugs approved, each once, in the statements read so far from sentences {@code from} to {@code to}, by an
     * agency other than {@code other} (if given).
     */
    private static List<Argument> approvedIn(int from, int to, List<Statement> out, Argument other) {
        return StatementArguments.subjects(out, st -> st.relation() == RelationType.APPROVED_BY && !st.evidence().negated()
                && st.evidence().sentenceIndex() >= from && st.evidence().sentenceIndex() <= to
                && (other == null || !st.object().equals(other.node())));
    }
}
