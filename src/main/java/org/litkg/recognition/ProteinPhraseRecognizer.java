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
    private final ProteinsNamedInContext namedInContext;

    public ProteinPhraseRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
        this.namedInContext = new ProteinsNamedInContext(cues, isVerbForm);
    }

    private enum Head { ENZYME, GENERIC_ENZYME, RECEPTOR, CARRIER }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /** Nouns for a part of a protein: "the kinase domain", "the binding pocket". */
    private static final Set<String> PARTS = Set.of("domain", "domains", "pocket", "subunit",
            "subunits");

    /** The head found inside a token, and whether the token holds more than the head ("α1-adrenoceptors"). */
    private record HeadWord(Head kind, boolean inner) {
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int knownCount = out.size(); // the other recognisers' candidates come first; this one's are added after them
        for (int i = 0; i < s.size(); i++) {
            namedInContext.recognize(s, i, out);
            LetteredFactors.recognize(s, i, out);
            BindingProteins.recognize(s, i, cues, out); // "the parasite's Duffy binding protein"
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
            // "thioredoxin reductase": an enzyme named by the protein it acts on, written as a word, is another enzyme
            Mention substrate = head.kind() == Head.GENERIC_ENZYME && to == i + 1
                    ? wordNamedProteinBefore(out.subList(0, knownCount), s, i) : null;
            boolean substrateNamed = substrate != null;
            from = substrateNamed ? substrate.from() : from; // not "inhibits", a verb the tagger may call a noun
            int acting = ActingPeptides.end(s, to); // "pituitary adenylate cyclase-activating polypeptide": the peptide
            if (acting > to) {
                out.add(MentionRecognizer.mention(s, from, acting, EntityType.PROTEIN, name(s, from, acting - 1, acting),
                        null, 0.75, "phrase-protein", false));
                i = acting - 1;
                continue;
            }
            if (cues.is(Category.ANTIGEN_HEAD, s.lower(i))) {
                if (isNamed(out.subList(0, knownCount), i - 1) || NOT_PROTEIN_ANTIGENS.contains(s.lower(i - 1))
                        || s.lower(i - 1).equals("factor") || cues.is(Category.PROTEIN_NOUN, s.lower(i - 1))) {
                    continue; // "von Willebrand factor antigen", a measure of the protein named; a sugar's "polysaccharide antigen"
                }
                from = antigenStart(s, from, i, out.subList(0, knownCount));
            }
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
            boolean symbolAfter = to == i + 1 && to < s.size() // a sentence may end with the head: "... the receptor"
                    && ProteinsNamedInContext.GENE_LIKE_SYMBOL.matcher(s.token(to).text()).matches();
            if (symbolAfter && s.lower(i).endsWith("s")) {
                continue; // "the phosphodiesterases PDE4 and PDE10", "the TAM receptors AXL and MERTK" label names after
            }
            if (bare && head.kind() != Head.ENZYME
                    || (head.kind() == Head.RECEPTOR || head.kind() == Head.GENERIC_ENZYME) && to == i + 1
                    && !substrateNamed && isKnownProteinBefore(out.subList(0, knownCount), from, i)) {
                continue; // "the receptor", "kinases"; "CXCR4 receptor" and "the ALK kinase" are the symbol's mentions
            }
            EntityType type = head.kind() == Head.RECEPTOR ? EntityType.RECEPTOR : EntityType.PROTEIN;
            // an antigen read by its head alone gives way to a name read otherwise ("the Duffy antigen", an eponym's)
            double confidence = cues.is(Category.ANTIGEN_HEAD, s.lower(i)) ? 0.65 : 0.7;
            out.add(MentionRecognizer.mention(s, from, to, type, name(s, from, i, to), null, confidence, "phrase-protein",
                    false));
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

    /** Antigens that are no proteins: a capsule's sugar, a membrane's lipid. */
    private static final Set<String> NOT_PROTEIN_ANTIGENS = Set.of("polysaccharide", "capsular",
            "carbohydrate", "lipid", "glycolipid", "lipopolysaccharide", "o");

    /** Parts of a virus that name its antigens: "surface antigen", "core antigen". */
    private static final Set<String> VIRAL_PARTS = Set.of("surface", "core", "envelope", "capsid");

    /**
     * Where an antigen's name starts: past a viral part ("surface antigen", though "surface" names no other protein),
     * then the virus's symbol or the disease it causes, known as a disease ("HBV surface antigen", "hepatitis B surface
     * antigen").
     */
    private static int antigenStart(Sentence s, int from, int head, List<Mention> known) {
        int start = from == head && VIRAL_PARTS.contains(s.lower(head - 1)) ? head - 1 : from;
        for (Mention m : known) {
            if (m.to() == start && !m.anaphoric() && m.type().kind() == EntityType.Kind.DISEASE) {
                return m.from();
            }
        }
        return start < head && start > 0 && isSymbol(s.token(start - 1)) ? start - 1 : start;
    }

    /** Whether another recogniser named the token: a drug's name is no protein's modifier ("tamoxifen-inducible"). */
    private static boolean isNamed(List<Mention> known, int k) {
        return known.stream().anyMatch(m -> m.from() <= k && k < m.to());
    }


    /** Prefixes that make a word, not a name, of a head: "co-receptor", "pro-enzyme". */
    private static final Set<String> WORD_PREFIXES = Set.of("co", "pre", "pro", "non", "hetero", "homo",
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
        if (cues.is(Category.CARRIER_HEAD, word) || cues.is(Category.ANTIGEN_HEAD, word)) {
            return Head.CARRIER; // a carrier or an antigen: named by the words before it, a protein whatever they are
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
    private static final Set<String> FAMILY_WORDS = Set.of("atypical", "chemokine", "orphan", "decoy");

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

    /** A protein named in lower-case words just before the head at {@code head}: "thioredoxin" in "thioredoxin reductase". */
    private static Mention wordNamedProteinBefore(List<Mention> known, Sentence s, int head) {
        return known.stream().filter(m -> m.to() == head && m.type().kind() == EntityType.Kind.PROTEIN
                && s.textOf(m.from(), m.to()).chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == ' '))
                .findFirst().orElse(null);
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
