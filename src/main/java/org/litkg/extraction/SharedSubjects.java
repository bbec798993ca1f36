package org.litkg.extraction;

import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The subject a second verb shares with the first one when the name right before it is not it: the first verb's
 * object ("the T cells kill the cancer cells and release X", "The chemokine lures the tumour cells out of the
 * bloodstream and holds them"), an apposition's name ("ivonescimab binds PD-1, a checkpoint receptor on T cells, and
 * also grabs VEGF"), a first relative clause's antecedent ("a chemokine that TAMs release and that binds CCR4").
 */
final class SharedSubjects {

    private SharedSubjects() {
    }

    /**
     * "the T cells kill the cancer cells and release interferon-gamma": the name right before "and V" is the
     * object of the verb before it, so the second verb's subject is the first one's. The name found is kept
     * where no verb comes before it or the first verb has no subject of the right type.
     */
    static Argument subjectOfFirstVerb(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes, int[] left,
                                       Predicate<String> isRelationVerb) {
        Sentence s = r.sentence(si);
        int and = Parentheticals.conjunctionBeforeAside(s, t - 1);
        while (and > t - 4 && and > 0 && AgentSearch.VERB_COMPANIONS.contains(s.lower(and))) {
            and--; // "neutralizes IL-33 and does not bind ST2"
        }
        boolean cellsAfter = left[1] == and - 1 && s.lower(and - 1).equals("cells"); // "the leukemia cells and anchors them"
        // "neutralizes IL-33 itself and", "traps GDF11 too but binds activin A"
        boolean itself = left[1] == and - 1 && (s.lower(and - 1).equals("itself") || s.lower(and - 1).equals("too"));
        boolean conjunction = s.lower(and).equals("and") || s.lower(and).equals("but");
        boolean placedAfter = placeEnd(r, si, left[1]) == and; // "binds CD4 on CD4 T cells and then binds"
        if (!conjunction || left[1] != and && !cellsAfter && !itself && !placedAfter) {
            return agent;
        }
        if (whichOpening(s, left[0], isRelationVerb) > 0) {
            return whichClauseSubject(r, si, agent, agentTypes, left, isRelationVerb);
        }
        // "binds CCR4 on Th2 cells and regulatory T cells and retains them": the word before the whole list
        int before = SubjectSearch.beforeConjuncts(r, si, left[1], agentTypes);
        if (before < 1) {
            return agent;
        }
        if (s.token(before - 1).pos().equals("ADP") && isUnnamedModifier(r, si, before)) {
            before--; // "binds CCR2 on circulating monocytes and keeps them": a modifier no name took in
        }
        // "kill the cancer cells and release", "binds CXCR4 on the cancer cells and tethers them": an object
        boolean verb = s.token(before).pos().equals("VERB") || s.token(before).pos().equals("ADP")
                || isRelationVerb.test(s.token(before).lemma());
        if (!verb || r.endingAt(si, before) != null) {
            return agent;
        }
        int[] first = new int[2];
        Argument subject = r.leftOf(si, before, VerbPatterns.LEFT_WINDOW, agentTypes, first);
        for (int verbs = 0; subject != null && verbs < 2 && !opensClause(s, first[0]); verbs++) {
            // "The chemokine lures the tumour cells out of the bloodstream and holds them": the first verb's object
            // is no subject, the name before that verb is
            int v = SubjectSearch.DETERMINERS.contains(s.lower(first[0] - 1)) ? first[0] - 2 : first[0] - 1;
            if (v < 1 || !isRelationVerb.test(s.token(v).lemma()) || s.wordBetween(v, and, ",")) {
                break;
            }
            subject = r.leftOf(si, v, VerbPatterns.LEFT_WINDOW, agentTypes, first);
        }
        subject = productOfMaker(r, si, subject, agentTypes, first); // "CX3CL1, made by endothelial cells ..., binds"
        first[0] = subject == null ? first[0] : bracketedAliasOwner(r, si, first[0]); // "Fractalkine (CX3CL1) binds"
        int after = s.lower(first[1]).equals(",") ? first[1] + 1 : first[1];
        // "CXCL12, which binds CXCR4 on the cells and tethers them", "CXCL13, a chemokine that binds X and keeps them"
        boolean antecedent = s.lower(after).equals("which")
                || s.lower(after).equals("that") && Appositions.isApposedDescription(s, first[0]);
        if (subject == null || !opensClause(s, withNamedModifier(r, si, first[0])) && !antecedent) {
            return agent; // only a clause-initial subject: "cells that migrate to X and release Y" keeps X's reading
        }
        left[0] = first[0];
        left[1] = first[1];
        return subject;
    }

    /**
     * The product a maker found as a subject was named as making ("CX3CL1, made by endothelial cells, binds"), or
     * the product of the maker's aside a name found as a subject ends ("made by endothelial cells lining inflamed
     * arteries, binds"): the verb is the product's, so it is returned, with its span, where its type may act, else
     * null; any other subject is returned as it is.
     */
    private static Argument productOfMaker(Reading r, int si, Argument subject, Set<EntityType> agentTypes,
                                           int[] span) {
        Sentence s = r.sentence(si);
        Mention maker = subject == null ? null : r.endingAt(si, span[1] - 1);
        int open = maker != null && s.lower(span[1]).equals(",") ? Parentheticals.asideOpening(s, span[1]) : -1;
        if (open > 0 && r.cues.is(Category.MAKER_VERB, s.lower(open + 1)) && s.lower(open + 2).equals("by")) {
            Mention first = r.startingAt(si, Reading.ARTICLES.contains(s.lower(open + 3)) ? open + 4 : open + 3);
            maker = first != null ? first : maker; // "made by endothelial cells lining inflamed arteries,": the cells
        }
        Mention made = maker == null ? null : SubjectSearch.madeBefore(r, si, maker);
        Argument product = made == null ? null : r.argument(made, java.util.EnumSet.allOf(EntityType.class));
        if (product == null) {
            return subject;
        }
        span[0] = made.from();
        span[1] = made.to();
        return agentTypes.contains(product.node().type()) ? product : null;
    }

    /** The start of the name a bracketed alias starting at k follows ("Fractalkine (CX3CL1)"), else k. */
    private static int bracketedAliasOwner(Reading r, int si, int k) {
        Mention owner = r.sentence(si).lower(k - 1).equals("(") ? r.endingAt(si, k - 2) : null;
        return owner == null ? k : owner.from();
    }

    /** The end of a place phrase for cells or a tissue at k ("on CD4 T cells", "in the skin"), else -1. */
    private static int placeEnd(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("on") && !s.lower(k).equals("in")) {
            return -1;
        }
        Mention place = r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
        boolean cellsOrTissue = place != null && (place.type().kind() == EntityType.Kind.CELL_TYPE
                || place.type() == EntityType.TISSUE);
        return cellsOrTissue ? place.to() : -1;
    }

    /** A lower-case word outside any name, as a modifier the lexicon left out of a cell's name: "patrolling". */
    private static boolean isUnnamedModifier(Reading r, int si, int k) {
        Token t = r.sentence(si).token(k);
        return r.endingAt(si, k) == null && t.text().chars().allMatch(Character::isLowerCase)
                && (t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.lower().endsWith("ing"));
    }

    /**
     * "two integrins, αvβ6 and αvβ1, which sit on the surface of lung epithelial cells and fibroblasts and switch on
     * TGF-beta": the name {@code left} holds, right before "and V", is the object of a ", which" clause's first verb, so
     * both verbs are the clause's, and their subject is its antecedent: returned where its type may act, else null. The
     * name found is kept where the sentence has no such shape.
     */
    static Argument whichClauseSubject(Reading r, int si, Argument agent, Set<EntityType> agentTypes, int[] left) {
        return whichClauseSubject(r, si, agent, agentTypes, left, v -> false);
    }

    /** As above, where the clause's first verb may be one the tagger calls a noun but {@code isRelationVerb} knows. */
    private static Argument whichClauseSubject(Reading r, int si, Argument agent, Set<EntityType> agentTypes, int[] left,
                                               Predicate<String> isRelationVerb) {
        Sentence s = r.sentence(si);
        int which = whichOpening(s, left[0], isRelationVerb);
        int[] first = new int[2];
        Argument antecedent = which < 0 ? null
                : r.leftOf(si, which - 1, VerbPatterns.LEFT_WINDOW, java.util.EnumSet.allOf(EntityType.class), first);
        boolean bracketed = s.lower(which - 2).equals(")") && first[1] == which - 2; // "eotaxin-1 (CCL11), which"
        if (antecedent == null || first[1] != which - 1 && !bracketed) {
            return agent;
        }
        // "CXCL12, made by stromal cells of the marrow, which binds CXCR4 and holds": CXCL12
        antecedent = productOfMaker(r, si, antecedent, java.util.EnumSet.allOf(EntityType.class), first);
        left[0] = first[0];
        left[1] = first[1];
        return agentTypes.contains(antecedent.node().type()) ? antecedent : null;
    }

    /**
     * The subject of the verb at t past clauses that belong to other names: an apposition's own relative clause
     * ("cells infected with X, the parasite that causes malaria, release"; {@link AgentSearch#subjectBeforeApposedRelative})
     * a passive's agent before "and V" ({@link PassiveAgents}) and a ", which" clause whose object stands before
     * "and V" ({@link #pastWhichClauseObject}); null where the subject those clauses point to cannot fill the role.
     */
    static Argument pastClausesOfOthers(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes, int[] left,
                                        Predicate<String> isRelationVerb) {
        Argument subject = AgentSearch.subjectBeforeApposedRelative(r, si, t, agent, agentTypes, left);
        subject = subject == null ? null : PassiveAgents.pastAgent(r, si, t, subject, agentTypes, left);
        return subject == null ? null : pastWhichClauseObject(r, si, t, subject, agentTypes, left, isRelationVerb);
    }

    /**
     * "epithelial cells release eotaxin-1 (CCL11), which binds CCR3 on eosinophils and recruits them to the airways":
     * where the search for the subject of the verb at t went past the name right before "and V" (no name of its type),
     * and that name is the object of a ", which" clause's first verb, the clause's antecedent is the subject: returned
     * where its type may act, else null. The name found is kept where the sentence has no such shape.
     */
    private static Argument pastWhichClauseObject(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes,
                                                  int[] left, Predicate<String> isRelationVerb) {
        Sentence s = r.sentence(si);
        int and = t - 1;
        while (and > t - 4 && and > 0 && AgentSearch.VERB_COMPANIONS.contains(s.lower(and))) {
            and--;
        }
        Mention object = s.lower(and).equals("and") ? r.endingAt(si, and - 1) : null;
        if (object == null || left[1] >= object.to()) {
            return agent;
        }
        int[] at = {object.from(), object.to()};
        Argument subject = whichClauseSubject(r, si, agent, agentTypes, at, isRelationVerb);
        if (at[0] == object.from()) {
            return agent;
        }
        left[0] = at[0];
        left[1] = at[1];
        return subject;
    }

    /**
     * The ", which" whose clause's first verb takes the name at {@code from} as its object or its preposition's ("which
     * sit on the surface of lung epithelial cells"), within the clause (no comma or stop between); -1 where there is none.
     */
    private static int whichOpening(Sentence s, int from, Predicate<String> isRelationVerb) {
        for (int k = from - 1; k > 1 && from - k <= 12; k--) {
            String w = s.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                return -1;
            }
            if (w.equals("which") && s.lower(k - 1).equals(",")) {
                boolean verb = s.token(k + 1).pos().equals("VERB") || isRelationVerb.test(s.token(k + 1).lemma());
                return k + 1 < from && verb ? k : -1; // "which binds", tagged a noun
            }
        }
        return -1;
    }

    /**
     * For a verb at t in a second relative clause ("a chemokine that TAMs release and that binds CCR4"), the first
     * clause's pronoun, which follows the antecedent both clauses share; -1 where the verb opens no such clause.
     */
    static int firstRelativeBefore(Sentence s, int t) {
        String pronoun = s.lower(t - 1);
        if (!Reading.RELATIVE_PRONOUNS.contains(pronoun) || !s.lower(t - 2).equals("and")) {
            return -1;
        }
        for (int k = t - 3; k > 0 && !s.lower(k).equals(".") && !s.lower(k).equals(";"); k--) {
            if (s.lower(k).equals(pronoun) && (SubjectSearch.isNominal(s.token(k - 1)) || s.lower(k - 1).equals(","))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "The cells target GPC3, a protein found on liver cancer cells, and were engineered to carry CXCR2": a name
     * inside an indefinite apposition is not the subject of a verb coordinated after it with ", and"; the clause's
     * subject before the apposition is. The name found is kept where the sentence has no such shape.
     */
    static Argument subjectPastApposition(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes, int[] left) {
        Sentence s = r.sentence(si);
        int and = -1;
        for (int k = left[1]; k < t - 1 && and < 0; k++) {
            int next = AgentSearch.VERB_COMPANIONS.contains(s.lower(k + 2)) ? k + 3 : k + 2; // ", and also grabs VEGF"
            boolean verbAfter = s.token(next).pos().equals("AUX") || s.token(next).pos().equals("VERB") || next == t
                    || adverbialUpTo(s, k + 2, t); // ", and at the same time engages FcγRIIb"
            and = s.lower(k).equals(",") && s.lower(k + 1).equals("and") && verbAfter ? k : -1;
        }
        and = and < 0 ? closingCommaBeforeVerbs(r, si, left[1], t) : and;
        int opening = left[0] - 1;
        while (opening > 0 && !s.lower(opening).equals(",") && !s.lower(opening).equals(";")) {
            opening--;
        }
        // "It binds immunoglobulin E (IgE), the antibody that triggers allergic reactions, and prevents": an apposition
        // with a relative clause of its own describes the name too
        boolean indefinite = s.lower(opening + 1).equals("a") || s.lower(opening + 1).equals("an")
                || s.lower(opening + 1).equals("the") && relativeWithin(s, opening + 2, and);
        if (and < 0 || opening <= 0 || !s.lower(opening).equals(",") || !indefinite) {
            return and < 0 ? Appositions.subjectBeforeClosedPhrase(r, si, t, agent, agentTypes, left) : agent;
        }
        int[] first = new int[2];
        Set<EntityType> any = java.util.EnumSet.allOf(EntityType.class);
        Argument subject = r.leftOf(si, opening, VerbPatterns.LEFT_WINDOW, any, first);
        subject = subject == null ? null : carrierOf(r, si, subject, any, first); // "binds CCR3 on basophils, a rare kind of"
        boolean objectOfVerb = subject != null && isVerbBefore(r, si, first[0]);
        if (objectOfVerb) {
            // "ivonescimab binds PD-1, a checkpoint receptor on T cells, and also grabs VEGF": PD-1 is the first verb's
            // object, so the second verb's subject is the first one's
            subject = r.leftOf(si, first[0] - 1, VerbPatterns.LEFT_WINDOW, any, first);
        } else if (subject == null || !opensClause(s, first[0]) || !agentTypes.contains(subject.node().type())) {
            return agent;
        }
        if (subject == null || !agentTypes.contains(subject.node().type())) {
            return subject == null ? agent : null; // "X binds GPRC5D, a protein on myeloma cells, and recruits T cells"
        }
        left[0] = first[0];
        left[1] = first[1];
        return subject;
    }

    /**
     * "CXCL12, a chemokine made by cells in the bone marrow, binds the receptor and keeps the cells ...": the comma that
     * closes the apposition after the name found (from {@code from}), before a first verb coordinated with the verb at t
     * by the "and" right before it; -1 if the sentence has no such shape.
     */
    private static int closingCommaBeforeVerbs(Reading r, int si, int from, int t) {
        Sentence s = r.sentence(si);
        if (!s.lower(t - 1).equals("and")) {
            return -1;
        }
        int comma = -1;
        for (int k = from; k < t - 1; k++) {
            if (s.lower(k).equals(",")) {
                comma = comma < 0 ? k : -2; // only one comma, the apposition's closing one
            }
        }
        return comma > 0 && isVerbBefore(r, si, comma + 2) ? comma : -1;
    }

    /**
     * "binds CCR3 on basophils, a rare kind of white blood cell, and holds them": the name before an apposition that a
     * protein is "on" is no object of its own; the protein, the verb's object, is. The name is kept where no name stands
     * right before "on" (and its determiner).
     */
    private static Argument carrierOf(Reading r, int si, Argument named, Set<EntityType> any, int[] first) {
        Sentence s = r.sentence(si);
        int on = SubjectSearch.DETERMINERS.contains(s.lower(first[0] - 1)) ? first[0] - 2 : first[0] - 1;
        Mention carried = on > 0 && s.lower(on).equals("on") ? r.endingAt(si, on - 1) : null;
        Argument protein = carried == null ? null : r.argument(carried, any);
        if (protein == null) {
            return named;
        }
        first[0] = carried.from();
        first[1] = carried.to();
        return protein;
    }

    /** A verb right before token k, or an inflected one after a name or a comma (the tagger calls "binds" a noun). */
    private static boolean isVerbBefore(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (k < 1) {
            return false;
        }
        org.litkg.analysis.Token v = s.token(k - 1);
        boolean inflected = v.lower().endsWith("s") && !v.lemma().equals(v.lower());
        return v.pos().equals("VERB") || inflected && k >= 2 && (s.lower(k - 2).equals(",") || r.endingAt(si, k - 2) != null
                || s.token(k - 2).pos().equals("PROPN") || s.token(k - 2).pos().equals("NOUN"));
    }

    /** Words of a short adverbial between "and" and its verb: "at the same time", "in turn", "at once". */
    private static final Set<String> ADVERBIAL_WORDS = Set.of("at", "the", "same", "time", "in", "turn", "once");

    private static boolean adverbialUpTo(Sentence s, int from, int verb) {
        return verb > from && verb - from <= 4
                && java.util.stream.IntStream.range(from, verb).allMatch(k -> ADVERBIAL_WORDS.contains(s.lower(k)));
    }

    private static boolean relativeWithin(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a subject starts with the name that modifies it: "that bone marrow macrophages produce", whose "bone marrow"
     * (a tissue's name, which the tagger may read as anything) stands between the clause's opening and its head.
     */
    private static int withNamedModifier(Reading r, int si, int k) {
        Mention modifier = k > 0 ? r.endingAt(si, k - 1) : null;
        return modifier == null || modifier.type() != EntityType.TISSUE ? k : modifier.from();
    }

    /**
     * The name at k opens its clause, alone or after its class nouns and perhaps their owner: "AMD3100 blocks", "The
     * drug CRX-5 blocks", "HIV's envelope protein gp120 binds".
     */
    private static boolean opensClause(Sentence s, int k) {
        int start = k;
        while (start > 0 && k - start < 3 && CLASS_NOUN_TAGS.contains(s.token(start - 1).pos())) {
            start--; // "the drug", "the CCR2 antagonist"
        }
        return opensSentence(s, k) || SubjectSearch.DETERMINERS.contains(s.lower(k - 1)) || ownerOpens(s, k)
                || start < k && (opensSentence(s, start) || SubjectSearch.DETERMINERS.contains(s.lower(start - 1)));
    }

    /**
     * Whether k is the sentence's first word, the first after a short label or a list item's ("Arthritis: X"), or the
     * first of a clause joined by ", and" ("Stromal cells make CXCL12, and the chemokine binds ... and holds").
     */
    private static boolean opensSentence(Sentence s, int k) {
        boolean joined = k > 1 && (s.lower(k - 1).equals("and") || s.lower(k - 1).equals("but"))
                && s.lower(k - 2).equals(",");
        return k == 0 || k == s.afterShortLabel() || k == s.itemLabelEnd() || joined;
    }

    private static final Set<String> CLASS_NOUN_TAGS = Set.of("NOUN", "PROPN", "ADJ");

    /**
     * "HIV's envelope protein gp120 binds": an owner opens the clause, then its possessive and a few lower-case words
     * before the name at k (whatever the tagger calls them: it takes "envelope" for a verb).
     */
    private static boolean ownerOpens(Sentence s, int k) {
        for (int p = k - 1; p >= 1 && k - p <= 3; p--) {
            if (s.token(p).isPossessive()) { // the owner opens the sentence, perhaps after an answer's "a)"
                return p - 1 == s.itemLabelEnd() || SubjectSearch.DETERMINERS.contains(s.lower(p - 2));
            }
            if (!s.token(p).text().matches("\\p{Ll}[\\p{Ll}-]*")) {
                return false;
            }
        }
        return false;
    }
}
