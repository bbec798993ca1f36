package org.litkg.analysis;

import java.util.List;
import java.util.Set;

/**
 * A glossary's "Term: a definition" says what "Term is a definition" says: "Crinecerfont (Crenessity): a capsule that
 * blocks the CRF1 receptor". The colon is read as "is", so that the rules for appositions and predicate nouns read
 * the definition; its span stays the colon's. Section labels ("Note: the ...", "Answer: the ...") are left alone.
 */
public final class GlossaryColons {

    /** Words that open a definition after the term. */
    private static final Set<String> DEFINING = Set.of("a", "an", "the", "another", "one");
    /** The longest term before the colon, in tokens, with its bracketed aliases. */
    private static final int MAX_TERM = 10;
    /** Labels of a page's fields and sections, not terms: what follows them is not a definition of the label. */
    private static final Set<String> LABELS = Set.of("note", "notes", "answer", "question", "results", "result",
            "conclusion", "conclusions", "summary", "background", "objective", "design", "methods", "update", "correction",
            "myth", "fact", "claim", "verdict", "rating", "editor", "source", "sources", "meaning", "findings", "importance",
            "interventions", "edit", "disclosure", "caption", "warning", "bottom", "takeaway", "why", "what", "who", "when",
            "where", "how", "q", "a", "tl;dr", "abstract", "purpose", "aim", "aims", "comment", "reply", "response", "remark",
            "remarks", "rationale", "recommendation",
            // a drug monograph's fields: "Mechanism: a small-molecule antagonist of A2AR" defines the drug, not the label
            "mechanism", "moa", "status", "indication", "indications", "dose", "dosing", "dosage", "class", "action",
            "description", "route", "sponsor", "developer", "evidence", "safety", "efficacy", "pharmacology", "target",
            "targets", "formulation", "category",
            // a dictionary entry's fields: "Definition: a synthetic peptide drug that ..." defines the headword
            "definition", "definitions", "usage", "etymology", "pronunciation", "example", "examples", "gloss",
            "sense");
    /** Words a term does not contain outside its brackets: a clause before a colon is no term. */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "the", "said", "says", "that", "we",
            "i", "it", "they", "this", "these", "our", "has", "have", "to", "of", "in", "for", "on", "at", "by", "with");

    private GlossaryColons() {
    }

    /** Whether a word, in lower case, labels a page's field or section: "Note", "Myth", "Fact", "Answer". */
    public static boolean isLabel(String lower) {
        return LABELS.contains(lower);
    }

    /** The tokens with a glossary colon, if the sentence opens with a term and one, read as "is". */
    static List<Token> asCopula(List<Token> tokens) {
        int colon = definingColon(tokens);
        if (colon < 0) {
            return tokens;
        }
        Token c = tokens.get(colon);
        List<Token> out = new java.util.ArrayList<>(tokens);
        out.set(colon, new Token("is", "is", c.span(), "AUX", "be"));
        return out;
    }

    /** "a capsule that ...", "another CRF1 receptor blocker", and in notes "monoclonal antibody that binds CD73". */
    private static boolean opensDefinition(Token t) {
        String w = t.text();
        boolean bareNoun = w.length() >= 3 && w.chars().allMatch(Character::isLowerCase)
                && (t.pos().equals("ADJ") || t.pos().equals("NOUN"));
        return DEFINING.contains(t.lower()) || bareNoun;
    }

    /** Heads of a drug class named after its target: "CCR5 antagonist", "PD-1 inhibitor". */
    private static final Set<String> CLASS_HEADS = Set.of("antagonist", "inhibitor", "blocker", "agonist", "antibody");

    /** A flash card's "vicriviroc: CCR5 antagonist; blocks HIV entry": a target's symbol, then the class it heads. */
    private static boolean opensTargetClass(List<Token> tokens, int from) {
        String w = tokens.get(from).text();
        boolean symbol = w.chars().anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isDigit);
        return symbol && from + 1 < tokens.size() && CLASS_HEADS.contains(tokens.get(from + 1).lower());
    }

    /**
     * A verb in the third person, which the tagger may take for a plural noun, with its object's name after it: a
     * card's "Special move: blocks CCR5" says what the card's drug does; it defines no "special move".
     */
    private static boolean opensClause(List<Token> tokens, int from) {
        Token t = tokens.get(from);
        boolean thirdPerson = t.lower().equals(t.lemma() + "s") && t.lower().length() > 3;
        return thirdPerson && from + 1 < tokens.size() && Character.isUpperCase(tokens.get(from + 1).text().charAt(0));
    }

    /** A transcript's speaker label: "NATARAJAN:", "DR. OKAFOR:" (see {@link SpeakerLabels}). */
    private static boolean isSpeaker(List<Token> tokens, int colon) {
        return SpeakerLabels.colon(tokens) == colon;
    }

    /** Auxiliaries that make what follows the colon a clause ("The new drug, X, is an antibody"), not a definition. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "said", "says");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose");

    /** What follows the colon is a noun phrase, perhaps with a relative clause, up to its end. */
    private static boolean isNounPhrase(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (RELATIVES.contains(w) || w.equals(";")) {
                return true;
            }
            if (FINITE.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static int definingColon(List<Token> tokens) {
        int depth = 0;
        for (int k = 0; k < Math.min(tokens.size() - 1, MAX_TERM + 1); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
            } else if (w.equals(":") && depth == 0) {
                return k > 0 && (opensDefinition(tokens.get(k + 1)) || opensTargetClass(tokens, k + 1))
                        && !opensClause(tokens, k + 1)
                        && !LABELS.contains(tokens.get(0).lower())
                        && Character.isLetterOrDigit(tokens.get(0).text().charAt(0)) && !isSpeaker(tokens, k)
                        && isNounPhrase(tokens, k + 1) ? k : -1;
            } else if (depth == 0 && CLAUSE_WORDS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }
}
