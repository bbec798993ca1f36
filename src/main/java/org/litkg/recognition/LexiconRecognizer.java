package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;

/** Finds the longest lexicon names at each token, plural heads included ("T cells" matches "T cell"). */
public final class LexiconRecognizer implements MentionRecognizer {

    private final Lexicon lexicon;
    private final Cues cues;

    public LexiconRecognizer(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int n = s.size();
        int max = lexicon.maxTokens();
        for (int i = 0; i < n; i++) {
            if (s.token(i).isPunctuation()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            StringBuilder exact = new StringBuilder();
            LexiconEntry best = null;
            int bestEnd = -1;
            for (int j = i; j < Math.min(n, i + max); j++) {
                String word = s.token(j).text();
                if (j > i && j + 3 < n && isInnerAbbreviation(s, j)) {
                    j += 2; // "natural killer (NK) cells": the abbreviation inside the name is read past
                    continue;
                }
                if (j > i && isEnclosing(word)) {
                    break;
                }
                String prefixKey = key.toString();
                key.append(Lexicon.key(word));
                exact.append(Lexicon.exactKey(word));
                if (key.isEmpty()) {
                    break;
                }
                LexiconEntry found = pick(lexicon.lookupExact(exact.toString()), s, i, j + 1);
                if (found == null) {
                    found = pick(lexicon.lookup(key.toString()), s, i, j + 1);
                }
                if (found == null && j == i && isMixedCaseSymbol(word)) {
                    found = pick(lexicon.lookupExact(Lexicon.exactKey(word).toUpperCase(java.util.Locale.ROOT)).stream()
                            .filter(e -> e.caseSensitive() && e.type().kind() == EntityType.Kind.PROTEIN).toList(),
                            s, i, j + 1);
                }
                if (found == null && s.token(j).lower().length() > 3) {
                    String singular = Lexicon.key(Lemmatizer.singular(s.token(j).lower()));
                    found = pick(lexicon.lookup(prefixKey + singular), s, i, j + 1);
                }
                if (found != null && crossesComma(s, i, j) && !writtenWithComma(found)) {
                    found = null; // "In the marrow, stromal cells": two phrases, not "marrow stromal cells"
                }
                if (found != null && hasLetterOrDigit(s.token(j)) && !(j > i && isFunctionWord(s.token(j)))) {
                    best = found;
                    bestEnd = j + 1;
                }
            }
            if (best != null && isJournalTitleWord(s, i, bestEnd, best)) {
                continue; // "published in Thyroid": a journal's one-word title, not the gland
            }
            if (best != null && isLabel(s, i, bestEnd)) {
                continue; // a myth-buster's "FACT: Plerixafor blocks only CXCR4", not the gene alias FACT
            }
            if (best != null && best.type().kind() == EntityType.Kind.DRUG && hasLocantAfter(s, bestEnd)) {
                i = bestEnd + 1; // "sphingosine-1-phosphate": the listed name is part of another molecule's
                continue;
            }
            if (best != null) {
                int from = best.type().kind() == EntityType.Kind.DRUG && hasLocantBefore(s, i) ? i - 2 : i;
                out.add(MentionRecognizer.mention(s, from, bestEnd, best.type(), best.label(), best.id(), 0.95, "lexicon", false));
                i = bestEnd - 1;
            }
        }
    }

    /** Whether the one word from i to end is a field's or section's label, before its colon: "FACT:", "NOTE:". */
    private static boolean isLabel(Sentence s, int i, int end) {
        return end == i + 1 && end < s.size() && s.token(end).text().equals(":")
                && org.litkg.analysis.GlossaryColons.isLabel(s.token(i).lower());
    }

    /** A name ends in a word or a number, "-1" in "stromal cell-derived factor-1" among them, never in a bare mark. */
    private static boolean hasLetterOrDigit(org.litkg.analysis.Token t) {
        return t.text().chars().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean crossesComma(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.token(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Some names hold a comma ("abhydrolase domain containing 2, acylglycerol lipase"); only those may match across one. */
    private static boolean writtenWithComma(LexiconEntry e) {
        return e.synonyms().stream().anyMatch(name -> name.contains(","));
    }

    /** "6-mercaptopurine" where the lexicon lists "mercaptopurine": a locant written against the name belongs to it. */
    private static boolean hasLocantBefore(Sentence s, int i) {
        return i >= 2 && s.isJoiningHyphen(i - 1) && isLocant(s.token(i - 2).text());
    }

    /** "-1-phosphate" written against the name ending before {@code end}: a locant and a group, another molecule's. */
    private static boolean hasLocantAfter(Sentence s, int end) {
        return end + 1 < s.size() && s.isJoiningHyphen(end) && LOCANT_GROUP.matcher(s.token(end + 1).text()).matches();
    }

    /** A locant and a chemical group, as the tokenizer leaves them in one token: "1-phosphate", "1,6-bisphosphate". */
    private static final java.util.regex.Pattern LOCANT_GROUP = java.util.regex.Pattern.compile("\\d{1,2}(,\\d{1,2})*-\\p{Ll}{3,}");

    private static boolean isLocant(String w) {
        return (w.length() == 1 || w.length() == 2) && w.chars().allMatch(Character::isDigit);
    }

    private static final java.util.regex.Pattern CYCLIC_NUCLEOTIDE = java.util.regex.Pattern.compile("c[A-Z]{2}P");

    /**
     * Gene symbols are written in mixed case as often as in capitals (mTOR, AChE, BuChE): a token with
     * two capitals and a lower-case letter may match a symbol in capitals (cAMP, a nucleotide, may not).
     */
    static boolean isMixedCaseSymbol(String word) {
        return word.length() >= 3 && word.chars().filter(Character::isUpperCase).count() >= 2
                && word.chars().anyMatch(Character::isLowerCase)
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
                && !CYCLIC_NUCLEOTIDE.matcher(word).matches();
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "in", "of", "on", "at",
            "to", "for", "by", "with", "and", "or", "as", "is", "was", "it");

    /** A name ends in no function word: "The in(hibitory)" is no spelling of the caffeine synonym "Thein". */
    private static boolean isFunctionWord(org.litkg.analysis.Token t) {
        return FUNCTION_WORDS.contains(t.lower()) && !t.text().equals("A"); // but "activin A", "hepatitis A": a member
    }

    /** "(NK)" or "(Treg)" inside a name, before the rest of it: a short capitalised word in brackets. */
    private static boolean isInnerAbbreviation(Sentence s, int open) {
        String abbreviation = s.token(open + 1).text();
        return s.token(open).text().equals("(") && s.token(open + 2).text().equals(")")
                && abbreviation.length() >= 2 && abbreviation.length() <= 6 && Character.isUpperCase(abbreviation.charAt(0))
                && abbreviation.chars().allMatch(Character::isLetterOrDigit) && !s.token(open + 3).isPunctuation();
    }

    /** Quotes and brackets end a name: "fibrous, or “desmoplastic,” tissue" names no lexicon entry. */
    private static boolean isEnclosing(String word) {
        return word.length() == 1 && "“”\"()[]{}‘’'".indexOf(word.charAt(0)) >= 0;
    }

    /**
     * A capitalised common word inside a sentence, matched as a non-journal, where the text says something was published:
     * a journal named for its field ("published in Thyroid", "appeared in Kidney", a reference's "Lupus. 2026;35(2)"),
     * which the name recogniser reads.
     */
    private boolean isJournalTitleWord(Sentence s, int i, int end, LexiconEntry e) {
        boolean cited = i == 0 && s.lower(end).equals(".") && PublicationContext.citesDocumentAfter(s, end);
        return end == i + 1 && !e.caseSensitive() && e.type() != EntityType.JOURNAL && s.token(i).isTitleCase()
                && (i + 1 >= s.size() || !s.token(i + 1).isCapitalised())
                && (cited || i > 0 && PublicationContext.isPublishedSlot(s, i, cues));
    }

    private LexiconEntry pick(List<LexiconEntry> entries, Sentence s, int start, int end) {
        for (LexiconEntry e : entries) {
            if (!e.needsContext() || PublicationContext.isJournalSlot(s, start, cues)
                    || PublicationContext.modifiesStudyNoun(s, start, end, cues) // "a new Cell study"
                    || start == 0 && PublicationContext.citesDocumentAfter(s, end) // a line's "Gut 2026;75:1204-15"
                    || BracketedCitations.at(s, start)) { // "(Blood, June 2026)"
                return e;
            }
        }
        return null;
    }
}
