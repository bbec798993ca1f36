package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * What a copula says a name is: "CCL20 is the only known ligand of CCR6", "Reparixin, developed by Dompé, is an
 * inhibitor of", "Fezolinetant (brand name Veozah) is a pill that". The predicate-noun patterns find their subject here.
 */
final class Copulas {

    static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "became", "become");

    private Copulas() {
    }

    /**
     * The subject of a copula before the noun at {@code noun}: in "CCL20 is the only known ligand of
     * CCR6" or "Both are ligands of CCR4", what is said to be the noun; its tokens in found.
     */
    static Argument subject(Reading r, int si, int noun, Set<EntityType> allowed, int[] found) {
        int k = before(r, si, noun);
        if (k <= 0) {
            return null;
        }
        Mention m = subjectMention(r, si, k);
        Argument a = m != null ? r.argument(m, allowed) : r.pronoun(si, k - 1, allowed);
        if (a != null) {
            found[0] = m != null ? m.from() : k - 1;
            found[1] = m != null ? m.to() : k;
        }
        return a;
    }

    /**
     * The named subject of the copula at k ("X is ...", "X, sold as Y, is ...", "X (brand name Y) is"), or null; past
     * brackets only to a name that opens the clause (not "officinale Roscoe (ginger) was identified as").
     */
    static Mention subjectMention(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (s.lower(k - 1).equals(",")) {
            return r.subjectBeforeParenthetical(si, k - 1);
        }
        Mention named = r.endingAt(si, Parentheticals.before(s, k - 1));
        boolean bracketed = s.lower(k - 1).equals(")");
        return !bracketed || named != null && (named.from() == 0 || s.lower(named.from() - 1).equals(",")
                || s.lower(named.from() - 1).equals(":")) ? named : null; // "Abstract: CD137 (4-1BB) is a receptor"
    }

    /** Words that bring in a second party: "X is given with a MEK inhibitor" does not say X is one. */
    private static final Set<String> SECOND_PARTY = Set.of("with", "than", "by", "to", "alongside", "plus", "versus");

    /** The word at k brings in a second party; "to" only as a preposition ("is known to be an inhibitor" is no party). */
    static boolean bringsSecondParty(Sentence s, int k) {
        return SECOND_PARTY.contains(s.lower(k)) && !(s.lower(k).equals("to") && s.lower(k + 1).equals("be"));
    }

    /** The copula a predicate noun at {@code noun} follows within five words ("is a small-molecule CCR4 antagonist"), or -1. */
    static int before(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        int k = noun - 1;
        while (k > 0 && noun - k <= MAX_MODIFIERS && !COPULAS.contains(s.lower(k)) && r.endingAt(si, k) == null
                && (!s.token(k).isPunctuation() || s.lower(k).equals("-") || isAdjectiveComma(s, k))
                && !bringsSecondParty(s, k) && !isProgressiveWithObject(s, k)) {
            k--;
        }
        return k > 0 && COPULAS.contains(s.lower(k)) ? k : -1;
    }

    /**
     * "were already taking an ACE inhibitor": a verb's -ing form with an article after it takes the noun as its object,
     * so the copula before it says nothing of what the noun is (not "is a promising inhibitor").
     */
    private static boolean isProgressiveWithObject(Sentence s, int k) {
        String next = s.lower(k + 1);
        return s.lower(k).endsWith("ing") && (next.equals("a") || next.equals("an") || next.equals("the"));
    }

    /** How many words and commas may stand between a copula and its noun: "is an oral, highly selective, reversible". */
    private static final int MAX_MODIFIERS = 8;

    /**
     * A comma between an article's adjectives: "an oral, selective inhibitor", "a potent, oral, selective", "an oral,
     * highly selective, reversible" (an adverb may come with the adjective).
     */
    static boolean isAdjectiveComma(Sentence s, int k) {
        if (!s.lower(k).equals(",") || !isLowerWord(s, k - 1) || !isLowerWord(s, k + 1)) {
            return false;
        }
        for (int j = k - 2; j >= k - 3 && j >= 0; j--) {
            String before = s.lower(j);
            if (before.equals("a") || before.equals("an") || before.equals("the") || isAdjectiveComma(s, j)) {
                return true;
            }
            if (!isLowerWord(s, j)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLowerWord(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).text().chars().allMatch(Character::isLowerCase);
    }
    /** Nouns for a made variant of a natural molecule: "a long-acting form of interleukin-7 that binds the receptor". */
    private static final Set<String> FORM_NOUNS = Set.of("form", "version", "variant", "analogue", "analog", "mimic",
            "derivative", "mutein");

    /**
     * The copula's subject for a relative clause after a predicate noun's complement: "Efineptakin alfa is a long-acting
     * form of interleukin-7 that binds the IL-7 receptor" (the form binds, which the drug is, not interleukin-7), and
     * "Monalizumab is an antibody against NKG2A that blocks the receptor" (NKG2A cannot block; the antibody does). A
     * drug noun's complement may be what the clause tells of ("an inhibitor of the enzyme that makes Y"), so only where
     * it cannot act is the clause the drug's; the agent found stands otherwise. Its tokens go into left.
     */
    static Argument subjectOfPredicateBefore(Reading r, int si, int t, Argument agent, Set<EntityType> allowed, int[] left) {
        int pronoun = relativePronounBefore(r.sentence(si), t);
        Mention complement = pronoun < 0 ? null : r.endingAt(si, pronoun - 1);
        int noun = complement == null || agent != null && left[0] != complement.from() ? -1
                : predicateBeforeClause(r, si, t, agent == null);
        int[] found = new int[2];
        Argument subject = noun < 0 ? null : subject(r, si, noun, allowed, found);
        // "filgrastim, a form of G-CSF that pushes neutrophils out": the form is the name it is apposed to
        subject = subject != null || noun < 0 ? subject : r.apposedName(si, noun, allowed, found);
        if (subject == null) {
            return agent != null ? agent : subjectBeforeColonPredicate(r, si, t, allowed, left); // "is ...: a X that"
        }
        left[0] = found[0];
        left[1] = found[1];
        return subject;
    }

    /**
     * Where a relative clause's verb at t follows "NOUN of|against NAME that": the noun's token if it is a form noun, or
     * (when drugNouns) a drug noun ("an antibody against NKG2A that"); else -1.
     */
    static int predicateBeforeClause(Reading r, int si, int t, boolean drugNouns) {
        Sentence s = r.sentence(si);
        int pronoun = relativePronounBefore(s, t);
        Mention complement = pronoun < 0 ? null : r.endingAt(si, pronoun - 1);
        if (complement != null && isMadeForm(r, si, complement)) {
            return complement.from(); // "NKTR-255 is a polymer-conjugated IL-15 that binds": the drug is the made IL-15
        }
        int of = complement == null ? -1 : complement.from() - 1;
        for (int k = of; k > 1 && k >= of - 2 && s.token(k).text().equals(s.lower(k)) && !s.lower(k).equals("of"); k--) {
            if (s.lower(k - 1).equals("the") && s.lower(k - 2).equals("of")) {
                of = k - 2; // "a long-acting version of the gut hormone amylin that": common nouns before the name
                break;
            }
        }
        if (of < 1 || !s.lower(of).equals("of") && !s.lower(of).equals("against")) {
            return -1;
        }
        String noun = s.lower(of - 1);
        boolean form = FORM_NOUNS.contains(noun);
        return form || of == complement.from() - 1 && drugNouns && SubjectSearch.isDrugNoun(r, noun) ? of - 1 : -1;
    }

    /** The relative pronoun before the verb at t, past its auxiliaries ("that cannot bind"); -1 if none. */
    /**
     * "Retatrutide is an injection and the first of a new class: a single molecule that activates three receptors": a
     * relative clause at t on an unnamed noun after a colon, which restates what the copula before the colon says its
     * subject is; that subject, its tokens in {@code found}; else null.
     */
    private static Argument subjectBeforeColonPredicate(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        int pronoun = relativePronounBefore(s, t);
        int colon = pronoun - 1;
        while (colon > 0 && pronoun - colon <= MAX_MODIFIERS && !s.token(colon).isPunctuation() && r.endingAt(si, colon) == null) {
            colon--;
        }
        if (pronoun < 0 || !s.lower(colon).equals(":")) {
            return null;
        }
        for (int c = colon - 1; c > 0 && !s.lower(c).equals(";"); c--) {
            if (COPULAS.contains(s.lower(c))) {
                Mention m = subjectMention(r, si, c);
                Argument a = m == null ? null : r.argument(m, allowed);
                if (a != null) {
                    found[0] = m.from();
                    found[1] = m.to();
                }
                return a;
            }
        }
        return null;
    }

    private static int relativePronounBefore(Sentence s, int t) {
        int k = t - 1;
        while (k > 0 && t - k <= 3 && AgentSearch.VERB_COMPANIONS.contains(s.lower(k))) {
            k--;
        }
        return Reading.RELATIVE_PRONOUNS.contains(s.lower(k)) ? k : -1;
    }

    /**
     * A protein named as a copula's indefinite predicate with a maker's modifier ("is a pegylated IL-2", "is a
     * polymer-conjugated IL-15"): a drug that is a made form of the protein, so the clause after it is the drug's.
     */
    private static boolean isMadeForm(Reading r, int si, Mention complement) {
        Sentence s = r.sentence(si);
        int k = complement.from() - 1;
        boolean modified = false;
        while (k > 0 && s.token(k).text().matches("[a-z]+(-[a-z]+)*|-")
                && !s.lower(k).equals("a") && !s.lower(k).equals("an") && !COPULAS.contains(s.lower(k))) {
            modified = true;
            k--;
        }
        boolean protein = complement.type() == EntityType.PROTEIN || complement.type() == EntityType.CHEMOKINE;
        if (!protein || !modified || !s.lower(k).equals("a") && !s.lower(k).equals("an") || !COPULAS.contains(s.lower(k - 1))) {
            return false;
        }
        Mention subject = subjectMention(r, si, k - 1);
        return subject != null && subject.type() == EntityType.DRUG;
    }
}
