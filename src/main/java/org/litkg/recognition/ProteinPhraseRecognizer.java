package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Proteins named by their head word, listed or not: enzymes by the -ase ending ("monoamine
 * oxidase", "acetylcholinesterase", "cyclooxygenase-2", "protein kinase C"), receptors
 * ("histamine H1 receptor", "α1-adrenoceptors", "NMDA receptor"), transporters and channels
 * ("dopamine transporter", "L-type calcium channel"). A generic head ("kinase", "receptor",
 * "channel") names a protein only with a modifier; modifiers are read leftwards and identifiers
 * rightwards ("kinase C", "synthase 2", "topoisomerase II").
 */
public final class ProteinPhraseRecognizer implements MentionRecognizer {

    private static final int MAX_MODIFIERS = 4;
    /** Longer than any determiner ("another", "neither"), "whatever" aside. */
    private static final int MIN_MISREAD_NOUN = 8;
    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]|[α-ω]\\d?|\\d[α-ω]|alpha|beta|gamma|delta|epsilon|kappa");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9α-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω()/-]*");
    private static final Pattern GREEK = Pattern.compile("[α-ω]\\d?[A-Za-z]?|alpha|beta|gamma|delta|kappa|mu|sigma");

    private final Cues cues;
    private final Predicate<String> isVerbForm;
    private final CoinedWords coined;

    public ProteinPhraseRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    private enum Head { ENZYME, GENERIC_ENZYME, RECEPTOR, CARRIER }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /** Nouns for a part of a protein: "the kinase domain", "the binding pocket". */
    private static final java.util.Set<String> PARTS = java.util.Set.of("domain", "domains", "pocket", "subunit",
            "subunits");

    /** The head found inside a token, and whether the token holds more than the head ("α1-adrenoceptors"). */
    private record HeadWord(Head kind, boolean inner) {
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int knownCount = out.size(); // the other recognisers' candidates come first; this one's are added after them
        for (int i = 0; i < s.size(); i++) {
            namedByEnzymeNoun(s, i, out);
            namedByCalling(s, i, out);
            namedByDeclaration(s, i, out);
            LetteredFactors.recognize(s, i, out);
            lettered(s, i, out);
            HeadWord head = headWord(s.lower(i));
            // "the pseudokinase domain of TYK2": a part of a protein, named by the protein after it; "cancer cells pump
            // out CXCL1": the verb, not a pump
            if (head == null || PARTS.contains(s.lower(i + 1)) || head.kind() == Head.CARRIER
                    && (s.lower(i + 1).equals("out") || s.lower(i - 1).equals("cells"))) {
                continue;
            }
            int to = PhraseIdentifiers.end(s, i + 1, IDENTIFIER, SUBTYPE);
            // "the IL-2 receptor alpha chain": a chain named by a Greek letter the identifiers took
            to = head.kind() == Head.RECEPTOR && to > i + 1 ? Math.max(to, ReceptorChains.end(s, i + 1)) : to;
            int from = modifiersStart(s, i, to > i + 1, out.subList(0, knownCount));
            HeadWord joined = s.isJoiningHyphen(i - 1) ? headWord(s.lower(i - 2)) : null;
            if (head.kind() == Head.ENZYME && from == i && joined != null && joined.kind() != Head.RECEPTOR
                    && joined.kind() != Head.CARRIER) {
                from = i - 2; // "the helicase-primase complex": two enzymes that work as one
                to = s.lower(to).equals("complex") ? to + 1 : to;
            }
            boolean bare = from == i && !head.inner() || StateWords.onlyState(s, from, i); // "the normal receptor"
            int article = from - 1;
            while (s.isJoiningHyphen(article)) {
                article -= 2; // "NTCP, a bile-acid transporter": the compound's first word follows the article
            }
            // "CLEVER-1, a scavenger receptor", "CD137 is a costimulatory receptor": a description, apposed or predicated
            boolean apposed = article >= 1 && (s.lower(article).equals("a") || s.lower(article).equals("an"))
                    && (s.lower(article - 1).equals(",") || COPULAS.contains(s.lower(article - 1)));
            boolean modifiesClass = cues.is(Category.DRUG_CLASS_HEAD, Lemmatizer.singular(s.lower(to)));
            if (apposed && (head.kind() == Head.RECEPTOR || head.kind() == Head.CARRIER) && to == i + 1 && !modifiesClass) {
                // "CLEVER-1, a scavenger receptor on macrophages": a description of CLEVER-1, no name of its own (but
                // "macitentan, an endothelin receptor antagonist" names the receptor it blocks)
                continue;
            }
            if (to == i + 1 && GENE_LIKE_SYMBOL.matcher(s.token(to).text()).matches() && s.lower(i).endsWith("s")) {
                continue; // "the phosphodiesterases PDE4 and PDE10", "the TAM receptors AXL and MERTK" label names after
            }
            if (bare && head.kind() != Head.ENZYME
                    || (head.kind() == Head.RECEPTOR || head.kind() == Head.GENERIC_ENZYME) && to == i + 1
                    && isKnownProteinBefore(out.subList(0, knownCount), from, i)) {
                continue; // "the receptor", "kinases"; "CXCR4 receptor" and "the ALK kinase" are the symbol's mentions
            }
            EntityType type = head.kind() == Head.RECEPTOR ? EntityType.RECEPTOR : EntityType.PROTEIN;
            out.add(MentionRecognizer.mention(s, from, to, type, name(s, from, i, to), null, 0.7, "phrase-protein", false));
            sharedHead(s, from, i, type, out);
        }
    }

    /**
     * "the neurokinin 1 and neurokinin 3 receptors": the family member before "and" shares the head of the phrase that
     * starts at {@code from}, and is a protein of that kind.
     */
    private static void sharedHead(Sentence s, int from, int head, EntityType type, List<Mention> out) {
        String joint = s.lower(from - 1);
        if (from >= 3 && (joint.equals("and") || joint.equals("or")) && head == from + 2
                && SUBTYPE_NUMBER.matcher(s.lower(from - 2)).matches() && s.lower(from - 3).equals(s.lower(from))) {
            String name = s.lower(from - 3) + " " + s.lower(from - 2) + " " + Lemmatizer.singular(s.lower(head));
            out.add(MentionRecognizer.mention(s, from - 3, from - 1, type, name, null, 0.7, "phrase-protein", false));
        }
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

    /** Nouns that, with "called", introduce a protein's name: "a small protein called gasdermin D". */
    private static final Pattern CHAIN_LETTER = Pattern.compile("[A-Z]|\\d{1,2}");

    /**
     * "a small protein called calcitonin gene-related peptide", "a protein called gasdermin D": the lower-case
     * words after a protein noun and "called" (up to four, perhaps ending in a letter or number) name a protein.
     */
    private void namedByCalling(Sentence s, int i, List<Mention> out) {
        String noun = Lemmatizer.singular(s.lower(i));
        boolean proteinNoun = DeclaredTypes.isProteinNoun(noun, cues);
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

    /** Whether another recogniser named the token: a drug's name is no protein's modifier ("tamoxifen-inducible"). */
    private static boolean isNamed(List<Mention> known, int k) {
        return known.stream().anyMatch(m -> m.from() <= k && k < m.to());
    }

    /** A gene-like symbol: capitals and digits, with at least two capitals ("HVEM", "TIGIT", "B7H3"). */
    private static final Pattern GENE_LIKE_SYMBOL = Pattern.compile("(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9]{2,7}");

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

    private static final java.util.Set<String> ENZYME_NOUNS = java.util.Set.of("enzyme", "protease", "kinase", "peptidase",
            "protein");
    private static final Pattern VARIANT_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");
    /** Words after "the protein" that say what part of it is meant, not which protein it is. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("complex", "family", "product", "structure",
            "sequence", "surface", "fragment", "itself", "domain", "subunit", "inside", "within", "outside", "around",
            "between", "through", "across");

    private static boolean isLowerContentWord(Token t) {
        String pos = t.pos();
        return t.text().chars().allMatch(Character::isLowerCase) && t.text().length() >= 3
                && (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("X"));
    }

    /** Prefixes that make a word, not a name, of a head: "co-receptor", "pro-enzyme". */
    private static final java.util.Set<String> WORD_PREFIXES = java.util.Set.of("co", "pre", "pro", "non", "hetero", "homo",
            "auto", "neo");

    /** The head inside a token: "adrenoceptor" in "α1-adrenoceptors", "cyclooxygenase" in "cyclooxygenase-2". */
    private HeadWord headWord(String lower) {
        String[] parts = lower.split("-");
        for (int k = parts.length - 1; k >= 0; k--) {
            Head kind = head(Lemmatizer.singular(parts[k]));
            if (kind != null) {
                // "H1-receptor" names one; "the co-receptor" is a bare head with a prefix
                return new HeadWord(kind, parts.length > 1 && !(k == 1 && WORD_PREFIXES.contains(parts[0])));
            }
            if (!IDENTIFIER.matcher(parts[k]).matches()) {
                return null;
            }
        }
        return null;
    }

    private Head head(String word) {
        if (cues.is(Category.RECEPTOR_HEAD, word)) {
            return Head.RECEPTOR;
        }
        if (cues.is(Category.CARRIER_HEAD, word)) {
            return Head.CARRIER;
        }
        if (word.length() >= 9 && word.endsWith("poietin") && word.chars().allMatch(Character::isLetter)) {
            return Head.ENZYME; // erythropoietin, thrombopoietin, "thymic stromal lymphopoietin": named by the ending
        }
        boolean enzymeClass = cues.is(Category.ENZYME_CLASS, word); // whatever its length: "ATP citrate lyase"
        if (word.length() < 6 && !enzymeClass || !word.endsWith("ase") || cues.is(Category.NOT_ENZYME, word)
                || cues.endsWithAny(Category.NOT_ENZYME_ENDING, word) && !enzymeClass // "helicase", not "showcase"
                || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return enzymeClass ? Head.GENERIC_ENZYME : Head.ENZYME;
    }

    /** Family words that open a name only with a member's number: "atypical chemokine receptor 1". */
    private static final java.util.Set<String> FAMILY_WORDS = java.util.Set.of("atypical", "chemokine", "orphan", "decoy");

    private int modifiersStart(Sentence s, int head, boolean numbered, List<Mention> known) {
        int from = head;
        if (head >= 3 && s.lower(head - 2).equals("type") && SUBTYPE.matcher(s.token(head - 1).text()).matches()) {
            from -= 2; // "the endothelin type A receptor", "the angiotensin II type 1 receptor"
        }
        if (from == head && head >= 2 && (SUBTYPE_NUMBER.matcher(s.lower(head - 1)).matches()
                || SUBTYPE_LETTER.matcher(s.token(head - 1).text()).matches()) && isWordModifier(s.token(head - 2))) {
            from -= 2; // "the neurokinin 3 receptor", "the endothelin A receptor": a family word and its member
        }
        int hyphens = 0;
        while (from > 0 && head - from - hyphens < MAX_MODIFIERS) {
            Token t = s.token(from - 1);
            if (t.lower().equals("affinity") && from < head) {
                break; // "the high-affinity IL-2 receptor": the form of a receptor named after it, not its name
            }
            if (isHyphenedParticiple(s, from - 1)) {
                from -= 3; // "the calcium-sensing receptor", "trace amine-associated receptor 1", "voltage-gated"
                hyphens += 2;
            } else if (MentionRecognizer.eponymBefore(s, from)) {
                from -= 2; // "Bruton's tyrosine kinase": the discoverer's name belongs to it
                break;
            } else if (isLetterAfterSymbol(s, from - 1)) {
                from -= 3; // "GABA-A receptors", cut by the tokenizer into "GABA", "-", "A"
            } else if (t.text().equals("-") && from >= 2
                    && (isSymbol(s.token(from - 2)) || IDENTIFIER.matcher(s.token(from - 2).text()).matches())) {
                from -= 2; // "H1 - receptor" as the tokenizer splits "H1-receptor"
            } else if (t.text().equals("-") && from >= 2 && s.isJoiningHyphen(from - 1) && isModifier(s.token(from - 2))
                    && s.token(from - 2).text().chars().allMatch(Character::isLowerCase) && !isNamed(known, from - 2)
                    && headWord(s.lower(from - 2)) == null) { // "helicase-primase" is two enzymes, read below
                from -= 2; // "the intermediate-affinity receptor", "cyclin-dependent kinase" (not "tamoxifen-inducible")
                hyphens++;
            } else if (isModifier(t) || numbered && FAMILY_WORDS.contains(t.lower())) {
                from--;
            } else {
                break;
            }
        }
        while (from < head && s.token(from).text().chars().allMatch(Character::isDigit)) {
            from++; // "two" is a stop word, and so is "2" in "2 muscarinic receptors": a count, not a name
        }
        return from;
    }

    /** A family member's number: "3" in "the neurokinin 3 receptor", "4" in "melanocortin 4 receptor". */
    private static final Pattern SUBTYPE_NUMBER = Pattern.compile("\\d{1,2}[a-z]?");
    /** A family member's capital letter, "A" in "the endothelin A receptor" (the article "a" is written small). */
    private static final Pattern SUBTYPE_LETTER = Pattern.compile("[A-D]");

    /** A family's word before its member's number, whatever its tag ("melanocortin/VERB 4 receptors"). */
    private boolean isWordModifier(Token t) {
        String w = t.lower();
        return w.length() >= 5 && w.chars().allMatch(Character::isLetter) && !isStopWord(w) && isContentWord(w);
    }

    private boolean isStopWord(String w) {
        return cues.is(Category.STOP_MODIFIER, w) || cues.is(Category.PROTEIN_STOP_MODIFIER, w);
    }

    /** Not a verb form, participle or adverb: "synthase" may take "aldosterone", not "binding" or "only". */
    private boolean isContentWord(String w) {
        return !isVerbForm.test(w) && !w.endsWith("ing") && !w.endsWith("ly");
    }

    private static final Pattern PROTEIN_LETTER = Pattern.compile("[A-H](\\d{1,3})?(-[IV]{1,4}|-\\d{1,3})?");

    /** "apolipoprotein C-III", "lipoprotein E4", "neurokinin B": a "-protein" or "-kinin" word and its kind's letter. */
    private void lettered(Sentence s, int i, List<Mention> out) {
        String w = s.lower(i);
        boolean proteinWord = w.length() >= 11 && w.endsWith("protein") || w.length() >= 8 && w.endsWith("kinin");
        if (proteinWord && i + 1 < s.size() && PROTEIN_LETTER.matcher(s.token(i + 1).text()).matches()) {
            out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.PROTEIN, w + " " + s.token(i + 1).text(), null, 0.7,
                    "phrase-protein", false));
        }
    }

    private static final Pattern SUBTYPE = Pattern.compile("[A-Z]|\\d{1,2}|[IV]{1,3}");

    private static boolean isLetterAfterSymbol(Sentence s, int k) {
        String w = s.token(k).text();
        return k >= 2 && w.length() == 1 && Character.isUpperCase(w.charAt(0)) && s.isJoiningHyphen(k - 1)
                && isSymbol(s.token(k - 2));
    }

    /** "-sensing" or "-associated" at k, joined by a hyphen to the word it takes: "calcium-sensing", "amine-associated". */
    private boolean isHyphenedParticiple(Sentence s, int k) {
        String w = s.lower(k);
        return k >= 2 && (w.endsWith("ing") || w.endsWith("ed")) && w.length() >= 5 && w.chars().allMatch(Character::isLetter)
                && s.isJoiningHyphen(k - 1) && (isModifier(s.token(k - 2)) || isSymbol(s.token(k - 2)));
    }

    private boolean isModifier(Token t) {
        String w = t.lower();
        if (isStopWord(w) || cues.is(Category.DRUG_CLASS_HEAD, Lemmatizer.singular(w)) || cues.is(Category.DRUG_NOUN, w)) {
            return false;
        }
        if (isSymbol(t) || GREEK.matcher(w).matches()) {
            return true;
        }
        boolean word = w.length() >= 2 && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
        boolean adjectiveEnding = w.length() >= 5 && (w.endsWith("ic") || w.endsWith("al")); // the tagger calls "thymic" ADP
        // "aldosterone/DET synthase": a long word the tagger calls a determiner is a noun it did not know
        boolean misreadNoun = t.pos().equals("DET") && w.length() >= MIN_MISREAD_NOUN && !w.endsWith("ever");
        return word && isContentWord(w) && (t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ")
                || adjectiveEnding || misreadNoun);
    }

    /** An acronym or symbol: DNA, NADPH, H1, 5-HT2A, GABA(A). */
    private static boolean isSymbol(Token t) {
        String w = t.text();
        return SYMBOL.matcher(w).matches() && w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    private static boolean isKnownProteinBefore(List<Mention> known, int from, int head) {
        return from < head && known.stream().anyMatch(m -> m.from() == from && m.to() == head
                && m.type().kind() == EntityType.Kind.PROTEIN);
    }

    /** The words as written, acronyms kept, the head in the singular: "histamine H1 receptor", "α1-adrenoceptor". */
    private static String name(Sentence s, int from, int head, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = s.token(k).text();
            boolean keepCase = w.chars().skip(1).anyMatch(Character::isUpperCase) || w.length() == 1
                    || w.chars().anyMatch(Character::isDigit);
            String word = keepCase ? w : w.toLowerCase(Locale.ROOT);
            words.add(k == head ? Lemmatizer.singular(word) : word);
        }
        return String.join(" ", words).replace(" - ", "-").replace(" 's ", "'s ").replace(" ’s ", "'s ");
    }
}
