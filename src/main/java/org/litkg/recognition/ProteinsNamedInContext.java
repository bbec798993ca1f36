package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Proteins the words around a name declare, whatever the name's shape: "the enzyme plasma kallikrein", "a protein
 * called gasdermin D", "HVEM is a receptor on T cells". The phrases named by their own head word are
 * {@link ProteinPhraseRecognizer}'s, which asks this class at each token.
 */
final class ProteinsNamedInContext {

    private final Cues cues;
    private final Predicate<String> isVerbForm;
    private final CoinedWords coined;

    ProteinsNamedInContext(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    /** Adds the proteins named at token i by the noun before the name, by "called" or by a declaration after it. */
    void recognize(Sentence s, int i, List<Mention> out) {
        namedByEnzymeNoun(s, i, out);
        namedByCalling(s, i, out);
        namedByDeclaration(s, i, out);
    }

    /**
     * "the enzyme plasma kallikrein", "the protein claudin 18.2": lower-case words (and a variant's number) after
     * a determiner and an enzyme or protein noun name it when the last word is coined, not English ("the enzyme
     * activity", "the protein complex").
     */
    private void namedByEnzymeNoun(Sentence s, int i, List<Mention> out) {
        String noun = s.lower(i);
        if (!ENZYME_NOUNS.contains(noun) || i == 0 || !s.lower(i - 1).equals("the") && !s.lower(i - 1).equals("an")) {
            return;
        }
        int end = i + 1;
        while (end < s.size() && end - i <= 3 && isLowerContentWord(s.token(end))) {
            end++;
        }
        String last = end > i + 1 ? s.lower(end - 1) : "";
        boolean numbered = end > i + 1 && VARIANT_NUMBER.matcher(s.lower(end)).matches(); // "the protein claudin 18.2"
        if (last.length() >= 6 && !CoinedWords.looksEnglish(last) && !isVerbForm.test(last)
                && !cues.is(Category.STOP_MODIFIER, last) && !NOT_NAMES.contains(last)) {
            int to = numbered ? end + 1 : end;
            out.add(MentionRecognizer.mention(s, i + 1, to, EntityType.PROTEIN, s.textOf(i + 1, to), null, 0.65,
                    "context-protein", false));
        }
    }

    /** A chain's letter or number after a protein's name: "gasdermin D", "activin A". */
    private static final Pattern CHAIN_LETTER = Pattern.compile("[A-Z]|\\d{1,2}");

    /**
     * "a small protein called calcitonin gene-related peptide", "a protein called gasdermin D": the lower-case
     * words after a protein noun and "called" (up to four, perhaps ending in a letter or number) name a protein.
     */
    private void namedByCalling(Sentence s, int i, List<Mention> out) {
        String noun = Lemmatizer.singular(s.lower(i));
        // "a signal called sphingosine-1-phosphate": a signal so called may be a lipid; its symbol is read elsewhere
        boolean proteinNoun = DeclaredTypes.isProteinNoun(noun, cues) && !noun.equals("signal");
        int from = cues.is(Category.NAMING_WORD, s.lower(i + 1)) ? i + 2
                : s.lower(i + 1).equals("known") && s.lower(i + 2).equals("as") ? i + 3 : -1;
        if (!proteinNoun || from < 0 || from >= s.size()) {
            return;
        }
        int end = from;
        while (end < s.size() && end - from < 6 && (isLowerContentWord(s.token(end)) || joinsWords(s, end, from))) {
            end++; // "calcitonin gene-related peptide", cut by the tokenizer at the hyphen
        }
        if (end > from && end < s.size() && CHAIN_LETTER.matcher(s.token(end).text()).matches()) {
            end++; // "gasdermin D"
        }
        if (end == from || isVerbForm.test(s.lower(end - 1))) {
            return;
        }
        out.add(MentionRecognizer.mention(s, from, end, DeclaredTypes.typeOf(noun), s.textOf(from, end), null, 0.7,
                "context-protein", false));
    }

    /** A gene-like symbol: capitals and digits, with at least two capitals ("HVEM", "TIGIT", "B7H3"). */
    static final Pattern GENE_LIKE_SYMBOL = Pattern.compile("(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9]{2,7}");

    /**
     * "HVEM is a receptor on T cells", "TSLP, a cytokine made by the airway lining", "angiotensinogen, a protein
     * that ...": a symbol or a coined word the text says is a protein names one, of the type its noun gives, even
     * when no shape or list knows it.
     */
    private void namedByDeclaration(Sentence s, int i, List<Mention> out) {
        EntityType type = DeclaredTypes.declaredType(s, i + 1, cues); // the cheap test first: most tokens are no name
        // "Orexin, a small protein released by neurons": declared, a short coined word may open the sentence too
        boolean coinedWord = coined.isCoined(s.token(i), i == 0, DECLARED_MIN_LENGTH) && !STEROID.matcher(s.lower(i)).find()
                && !cues.is(Category.PROTEIN_NOUN, s.lower(i)); // "the GLP-1 receptor, the receptor that": no name
        if (type != null && (GENE_LIKE_SYMBOL.matcher(s.token(i).text()).matches() || coinedWord)) {
            out.add(MentionRecognizer.mention(s, i, i + 1, type, s.token(i).text(), null, 0.65, "context-protein", false));
        } else if (coinedWord && i + 1 < s.size() && CHAIN_LETTER.matcher(s.token(i + 1).text()).matches()
                && (type = DeclaredTypes.declaredType(s, i + 2, cues)) != null) {
            // "activin A, a protein that", "Dynorphin A, the endogenous ligand,": a coined word and its chain's letter
            out.add(MentionRecognizer.mention(s, i, i + 2, type, s.textOf(i, i + 2), null, 0.65, "context-protein", false));
        }
    }

    /** The shortest coined word a declaration names: "renin, an enzyme", "Orexin, a small protein". */
    private static final int DECLARED_MIN_LENGTH = 5;

    /** Steroid hormones' endings: "aldosterone, a hormone" and "cortisol, a hormone" declare no protein. */
    private static final Pattern STEROID = Pattern.compile("(one|ol|strogen|ndrogen)$");

    /** A hyphen at k that joins the word before it (after {@code from}) to a lower-case word after it. */
    private static boolean joinsWords(Sentence s, int k, int from) {
        return k > from && s.isJoiningHyphen(k) && isLowerContentWord(s.token(k + 1));
    }

    private static final Set<String> ENZYME_NOUNS = Set.of("enzyme", "protease", "kinase", "peptidase",
            "protein");
    private static final Pattern VARIANT_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");
    /** Words after "the protein" that say what part of it is meant, not which protein it is. */
    private static final Set<String> NOT_NAMES = Set.of("complex", "family", "product", "structure",
            "sequence", "surface", "fragment", "itself", "domain", "subunit", "inside", "within", "outside", "around",
            "between", "through", "across");

    private static boolean isLowerContentWord(Token t) {
        String pos = t.pos();
        return t.text().chars().allMatch(Character::isLowerCase) && t.text().length() >= 3
                && (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("X"));
    }
}
