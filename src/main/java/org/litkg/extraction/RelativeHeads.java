package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** The head a restrictive relative clause modifies, which is the subject of the verb after the clause. */
final class RelativeHeads {

    /** Words that open the subject of an object relative: "a receptor that many monocytes carry". */
    private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "all", "few", "several", "both", "other",
            "these", "those", "such", "more", "fewer", "no", "each", "every");

    private RelativeHeads() {
    }

    /**
     * "the Tregs that follow it into the tumour release VEGF": when the nearest candidate ends a restrictive
     * relative clause ("that"/"who" and its verb), the subject is the head the clause modifies; null when
     * that head cannot fill the role.
     */
    /** Verbs a relative clause says a clause with, "that" left out: "a mug that reads CCL5 binds CCR5". */
    private static final Set<String> SAYING = Set.of("says", "say", "said", "reads", "read", "states", "stated",
            "knows", "know", "knew", "claims", "claimed", "thinks", "think", "believes", "believe", "argues", "argued",
            "suggests", "suggested", "insists", "insisted");
    /** Words that open a clause of their own, which no relative clause before them reaches into. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "since", "although", "though", "while",
            "whereas", "unless", "until", "if");
    private static final Set<String> QUOTES = Set.of("\"", "“", "'", "‘");

    /** Prepositions that tie an unnamed noun to the named one before it: "T cells from women", "cells of patients". */
    private static final Set<String> OWNING = Set.of("from", "of", "in");

    /**
     * The name before "from", "of" or "in" that an unnamed noun ending at {@code end} (perhaps with its article) is
     * tied to: "T cells from women who ...", whose relative clause is the women's; else null.
     */
    private static Mention ownerOfUnnamedHead(Reading r, int si, int end) {
        Sentence s = r.sentence(si);
        if (!SubjectSearch.isNominal(s.token(end))) {
            return null;
        }
        int k = end - 1;
        k -= Reading.ARTICLES.contains(s.lower(k)) || s.lower(k).equals("these") ? 1 : 0;
        return k > 0 && OWNING.contains(s.lower(k)) ? r.endingAt(si, k - 1) : null;
    }

    static Argument headBeforeRelativeClause(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        Mention bracketed = s.lower(found[0] - 1).equals("(") ? r.endingAt(si, found[0] - 2) : null;
        int start = bracketed != null ? bracketed.from() : found[0]; // "infiltrate head and neck cancer (HNSCC) carry"
        for (int k = start - 1; k > 0 && k >= start - 8; k--) {
            String w = s.lower(k);
            if (w.equals(",") || r.endingAt(si, k) != null || SUBORDINATORS.contains(w)) {
                return agent; // "The stem cells that make them stay put because stromal cells release": a new clause
            }
            // "cancer cells which settle in the liver release CCL5": a "which" with no comma before it is restrictive too
            if (w.equals("that") || w.equals("who") || w.equals("which") && !s.lower(k - 1).equals(",")) {
                if (k + 1 >= start || !opensRelativeClause(s, k, r.startingAt(si, k + 2) != null)
                        || OrganCells.beforePlacedCells(r, si, start - 1) == k) { // "that cells lining the lungs release"
                    return agent; // "found that the tumour releases": a clause, not a relative
                }
                if (k + 2 == start && s.lower(k + 1).endsWith("ed")) {
                    return agent; // "a signal that damaged airway epithelial cells release": an adjective, not the verb
                }
                boolean quoted = k + 3 == start && QUOTES.contains(s.lower(k + 2)); // 'that reads "CCL5 binds'
                if ((k + 2 == start || quoted) && SAYING.contains(s.lower(k + 1))) {
                    return agent; // "a mug that reads CCL5 binds CCR5": what the clause says is a clause of its own
                }
                int end = Parentheticals.before(s, k - 1); // "Regulatory T cells (Tregs) that infiltrate tumours"
                Mention head = r.endingAt(si, end);
                if (head == null && SubjectSearch.CELL_NOUNS.contains(s.lower(end)) && r.endingAt(si, end - 1) != null) {
                    head = r.endingAt(si, --end); // "Colorectal cancer cells that have spread to the liver make CCL5"
                }
                Mention owner = head == null ? ownerOfUnnamedHead(r, si, end) : null;
                if (owner != null && r.argument(owner, allowed) != null) {
                    found[0] = owner.from(); // "T cells from women who stayed free of HIV made CCL5": the cells made it
                    found[1] = owner.to();
                    return r.argument(owner, allowed);
                }
                if (head == null) {
                    // "the cells that line the lungs release": the head is a noun we do not name, not the name after it
                    return SubjectSearch.isNominal(s.token(end)) ? null : agent;
                }
                Argument headArgument = r.argument(head, allowed);
                if (headArgument == null) {
                    return null; // "the endothelial cells that line its blood vessels hold them": cells hold, not vessels
                }
                found[0] = head.from();
                found[1] = head.to();
                return headArgument;
            }
        }
        return agent;
    }

    /**
     * "that" or "who" at k opens a relative clause: a verb follows, or a word the tagger took for a noun or an adjective
     * and its object, a determiner or a name ({@code nameAfter}): "tumour cells that reach the lungs", "that infiltrate
     * melanoma".
     */
    private static boolean opensRelativeClause(Sentence s, int k, boolean nameAfter) {
        Token next = s.token(k + 1);
        boolean verbTaggedNoun = (next.pos().equals("NOUN") || next.pos().equals("ADJ")) && !QUANTIFIERS.contains(next.lower())
                && next.text().chars().allMatch(Character::isLowerCase)
                && k + 2 < s.size() && (SubjectSearch.DETERMINERS.contains(s.lower(k + 2)) || nameAfter);
        return isVerbLike(next) || verbTaggedNoun;
    }

    /** A verb, or a word the tagger took for a noun that is inflected as a verb is ("binds", "secretes"). */
    static boolean isVerbLike(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX") || !t.lower().equals(t.lemma()) && t.pos().equals("NOUN");
    }

    /** Whether a relative pronoun ("which", "that") stands between tokens from (inclusive) and to (exclusive). */
    static boolean pronounBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries of emphasis or time between a relative pronoun and its verb: "the drug that does block CCR5". */
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("does", "do", "did", "also", "actually");
    /** Participles that open a reduced relative stating a drug's purpose: "a pill designed to block CCR6". */
    private static final Set<String> PURPOSE_PARTICIPLES = Set.of("designed", "engineered", "developed", "meant");

    /**
     * "The HIV drug that does block CCR5, maraviroc, was cleared": a relative clause on an unnamed drug noun, whose
     * name is apposed after the clause's object. The name is the clause's subject; null if the sentence has no such
     * name. {@code objectEnd} is the token after the clause's object.
     */
    static Argument nameAfterRelativeClause(Reading r, int si, int t, int objectEnd, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        int pronoun = t - 1;
        while (pronoun > 0 && RELATIVE_AUXILIARIES.contains(s.lower(pronoun))) {
            pronoun--;
        }
        boolean designed = s.lower(t - 1).equals("to") && PURPOSE_PARTICIPLES.contains(s.lower(t - 2));
        pronoun = designed ? t - 2 : pronoun; // "A pill designed to block CCR6, called PX-620,": a reduced relative
        Mention head = r.endingAt(si, pronoun - 1); // "In tests, a drug that blocks CXCR4, X, stopped": "a drug" may refer
        boolean opensClause = Reading.RELATIVE_PRONOUNS.contains(s.lower(pronoun)) || designed;
        boolean unnamedHead = opensClause && (head == null || head.anaphoric())
                && r.cues.is(org.litkg.recognition.Cues.Category.DRUG_NOUN,
                        org.litkg.analysis.Lemmatizer.singular(s.lower(pronoun - 1)));
        if (!unnamedHead || !s.lower(objectEnd).equals(",")) {
            return null;
        }
        boolean knownAs = s.lower(objectEnd + 1).equals("known") && s.lower(objectEnd + 2).equals("as");
        int nameAt = r.cues.is(org.litkg.recognition.Cues.Category.NAMING_WORD, s.lower(objectEnd + 1)) ? objectEnd + 2
                : knownAs ? objectEnd + 3 : objectEnd + 1; // "a drug that blocks CCR2, called cenicriviroc,"
        Mention name = r.startingAt(si, nameAt);
        boolean closed = name != null && !name.anaphoric() && (s.lower(name.to()).equals(",") || s.lower(name.to()).equals("."));
        Argument a = closed ? r.argument(name, allowed) : null;
        if (a != null) {
            found[0] = name.from();
            found[1] = name.to();
        }
        return a;
    }

    /**
     * Whether the relative clause opened before the verb at t has an antecedent that cannot do what it says ("release
     * CXCL12, which traps T cells": not the releaser), and no name apposed after the clause's object stands for it: "A
     * humanised antibody that blocks CXCR2, AB-12, cleared the lungs", where the noun opening a sentence refers to
     * nothing named before, is AB-12.
     */
    static boolean unnamedAntecedent(Reading r, int si, int t, Set<EntityType> allowed, Set<EntityType> objectTypes) {
        if (SubjectSearch.antecedentAllowed(r, si, t - 1, allowed)) {
            return false;
        }
        int[] object = new int[2];
        return r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, objectTypes, object, true) == null
                || nameAfterRelativeClause(r, si, t, object[1], allowed, new int[2]) == null;
    }

    /** How far before an object relative's pronoun the apposed description may open: ", the brake on T cells that". */
    private static final int DESCRIPTION_REACH = 8;

    /**
     * "binds PD-1, the brake on T cells that pembrolizumab also blocks", "grabs VEGF, a growth signal that tumours
     * release": the name an apposed description stands for, where the description is the object of the relative
     * clause whose subject starts at {@code subjectStart}; null if there is none.
     */
    static Mention apposedBeforeObjectRelative(Reading r, int si, int subjectStart, Set<EntityType> subjectTypes) {
        Sentence s = r.sentence(si);
        int pronoun = SubjectSearch.beforeConjuncts(r, si, subjectStart, subjectTypes);
        boolean relative = pronoun > 0 && Reading.RELATIVE_PRONOUNS.contains(s.lower(pronoun));
        // "IL-17A, the cytokine Th17 cells make": the pronoun left out after the description's own noun
        boolean reduced = pronoun > 1 && !relative && s.token(pronoun).pos().equals("NOUN")
                && s.token(pronoun).text().equals(s.lower(pronoun)) && Reading.ARTICLES.contains(s.lower(pronoun - 1))
                && s.lower(pronoun - 2).equals(",");
        if (!relative && !reduced) {
            return null;
        }
        // "resmetirom, the first drug approved for MASH, which the FDA approved": the description closed by a comma
        int last = reduced ? pronoun : s.lower(pronoun - 1).equals(",") ? pronoun - 2 : pronoun - 1;
        for (int k = last; k > 1 && k >= pronoun - DESCRIPTION_REACH; k--) {
            boolean participle = s.lower(k).endsWith("ed") && s.token(k - 1).pos().equals("NOUN"); // "drug approved for"
            if ((s.token(k).pos().equals("VERB") && !participle) || s.token(k).pos().equals("AUX") || s.lower(k).equals(";")) {
                return null;
            }
            if (s.lower(k).equals(",")) {
                Mention name = r.endingAt(si, k - 1);
                boolean described = Reading.ARTICLES.contains(s.lower(k + 1)) && r.startingAt(si, k + 1) == null
                        || r.startingAt(si, k + 1) != null && r.startingAt(si, k + 1).anaphoric();
                return described && name != null && !name.anaphoric() ? name : null;
            }
        }
        return null;
    }

    /** Prepositions of an adjunct that may stand between a name and its relative clause: "CXCL12 during sepsis, which". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("during", "after", "before", "throughout");

    /**
     * "blood vessel cells release CXCL12 during sepsis, which binds CXCR4": where the mention before the relative
     * pronoun cannot fill the role and stands in a time adjunct, the name before the adjunct; else the mention itself.
     */
    static Mention pastTimeAdjunct(Reading r, int si, Mention m, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        if (m == null || r.argument(m, allowed) != null || !TIME_PREPOSITIONS.contains(s.lower(m.from() - 1))) {
            return m;
        }
        Mention before = r.endingAt(si, m.from() - 2);
        return before != null ? before : m;
    }

    /**
     * The agent found for the verb at t, unless a relative clause still open at t stands between them and its
     * antecedent cannot do what the verb says: in "release XCL1, a chemokine that binds XCR1 on dendritic cells and
     * summons them", the summoning is the chemokine's, so no name before the clause does it. A name after a
     * preposition may be no antecedent: in "a drug first developed against HIV that turned out to", the drug is.
     */
    static Argument outsideOpenRelative(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes,
            int[] left) {
        int pronoun = agent == null ? -1 : openRelativeBetween(r.sentence(si), left[1], t);
        Mention before = pronoun > 0 ? r.endingAt(si, pronoun - 1) : null;
        boolean prepositionObject = before != null && before.from() > 0
                && r.sentence(si).token(before.from() - 1).pos().equals("ADP");
        boolean able = pronoun <= 0 || prepositionObject || SubjectSearch.antecedentAllowed(r, si, pronoun, agentTypes);
        return able ? agent : null;
    }

    /** The relative pronoun in (from, t) whose clause no comma or semicolon has closed before t; -1 if none. */
    private static int openRelativeBetween(Sentence s, int from, int t) {
        for (int k = t - 1; k > from; k--) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return -1;
            }
            if (Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Prepositions of a place or origin that may stand between a plural head and its relative clause. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "of", "within", "inside");

    /**
     * "Fibrocytes, cells from the bone marrow that carry CXCR4": where the mention before the relative pronoun is
     * singular, cannot fill the role and is a preposition's object, while the verb after the pronoun agrees with a
     * plural, the last token of the plural noun before the preposition; else -1.
     */
    static int beforePlaceAdjunct(Reading r, int si, Mention m, int pronoun, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        if (m == null || r.argument(m, allowed) != null || Appositions.isPlural(s.lower(m.to() - 1))) {
            return -1;
        }
        int p = Reading.ARTICLES.contains(s.lower(m.from() - 1)) ? m.from() - 2 : m.from() - 1;
        org.litkg.analysis.Token verb = pronoun + 1 < s.size() ? s.token(pronoun + 1) : null;
        boolean pluralVerb = verb != null && verb.pos().equals("VERB") && verb.lower().equals(verb.lemma())
                && !verb.lower().endsWith("s");
        boolean pluralHead = p >= 1 && Appositions.isPlural(s.lower(p - 1));
        return PLACE_PREPOSITIONS.contains(s.lower(p)) && pluralVerb && pluralHead ? p - 1 : -1;
    }

    /** Whether the name is the subject of the verb right before the pronoun at k, perhaps past an adverb: "X also binds it". */
    static boolean isOwnSubject(Sentence s, Mention name, int k) {
        boolean adverb = name.to() == k - 2 && s.token(k - 2).pos().equals("ADV");
        return k >= 1 && (name.to() == k - 1 || adverb) && isVerbLike(s.token(k - 1));
    }

    /**
     * Whether the pronoun at k is the object of a relative clause's verb right before it, the clause on the name
     * {@code antecedent} with no other name between them: "X, which binds it", "X, the chemokine that binds it".
     */
    static boolean isRelativeClauseSubject(org.litkg.recognition.RecognizedDocument doc, int si, Mention antecedent,
                                           int k) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (k < 2 || !isVerbLike(s.token(k - 1)) || !Reading.RELATIVE_PRONOUNS.contains(s.lower(k - 2))) {
            return false;
        }
        for (Mention m : doc.mentions().get(si)) {
            if (m != antecedent && m.from() >= antecedent.to() && m.to() <= k && !m.anaphoric()) {
                return false;
            }
        }
        return true;
    }
}
