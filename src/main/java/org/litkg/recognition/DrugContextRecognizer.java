package org.litkg.recognition;

import java.util.List;
import java.util.function.Predicate;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

import static org.litkg.recognition.DrugNameTokens.contextDrug;
import static org.litkg.recognition.DrugNameTokens.hasUpperOrDigit;
import static org.litkg.recognition.DrugNameTokens.isNameToken;
import static org.litkg.recognition.DrugNameTokens.nameOf;

/**
 * Drugs and drug classes named where the context says what they are, whatever their shape: "a drug
 * called X", "the CCR2 antagonist X", "X, an FDA-approved antiretroviral", "CXCR4 inhibitors" (a class).
 */
public final class DrugContextRecognizer implements MentionRecognizer {

    private static final int MAX_APPOSITION_WORDS = 5;
    /** Heads a drug noun may modify, which name no drug: "a drug developer", "a drug target", "a medicine maker". */
    private static final java.util.Set<String> NOT_DRUG_HEADS = java.util.Set.of("developer", "developers", "maker",
            "makers", "target", "targets", "regulator", "regulators", "agency", "distributor", "discovery", "pricing");
    private final Cues cues;
    private final Predicate<String> isVerbForm;
    private final CoinedWords coined;
    private final ListedDrugNames lists;
    private final UseContextNames uses;

    public DrugContextRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
        this.coined = new CoinedWords(cues, isVerbForm);
        this.lists = new ListedDrugNames(cues, coined);
        this.uses = new UseContextNames(cues, coined);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            // "Bedaquiline, which blocks the bacterium's ATP synthase, was approved": a relative clause on the name
            boolean which = s.lower(i + 1).equals(",") && s.lower(i + 2).equals("which");
            int verb = pastAuxiliaries(s, which ? i + 3 : i + 1);
            boolean blocks = ListAndTargetWords.BLOCKING_VERBS.contains(Lemmatizer.singular(s.lower(verb)));
            boolean activates = !blocks && ListAndTargetWords.activatesReceptor(s, verb);
            if ((blocks || activates) && (isBlockerName(s.token(i), i == 0) || which && isBareName(s, i))) {
                // "Gefapixant blocks P2X3", "Tapinarof switches on the aryl hydrocarbon receptor"
                out.add(MentionRecognizer.mention(s, i, i + 1, EntityType.DRUG, s.token(i).lower(), null, 0.65,
                        blocks ? "context-blocker" : "context-agonist", false));
            }
            uses.recognize(s, i, out);
            String lemma = Lemmatizer.singular(s.lower(i));
            if (cues.is(Category.DRUG_NOUN, lemma)) {
                namedAfter(s, i, out);
                namedBefore(s, i, out);
                lists.countedList(s, i, out);
                lists.classedList(s, i, out);
                lists.likeOthers(s, i, out);
            }
            if (cues.is(Category.DRUG_CLASS_HEAD, lemma) && (!s.lower(i).equals(lemma) || isUnnamedMember(s, i))) {
                drugClass(s, i, lemma, out);
                lists.bracketedMembers(s, i, out); // "inhibitors of SIRT1 (nicotinamide, sirtinol, EX527)"
            }
            if (lemma.equals("antibody")) {
                DescribedAntibodies.against(s, i, cues, out);
            }
            if (s.lower(i).equals("such") && s.lower(i + 1).equals("as")) {
                lists.suchAs(s, i, out);
            }
        }
    }

    /** Kinds of molecule that are proteins, not drugs: "an adhesion molecule called LFA-1". */
    private static final java.util.Set<String> PROTEIN_MOLECULES = java.util.Set.of("adhesion", "signalling", "signaling",
            "costimulatory", "stimulatory", "surface");

    /** "the drug X", "a drug called X", "the CCR5 antagonist maraviroc". */
    private void namedAfter(Sentence s, int noun, List<Mention> out) {
        if (s.isJoiningHyphen(noun - 1)) {
            return; // "an antibody-drug conjugate": the drug noun ends a compound modifier, and names nothing after it
        }
        if (s.lower(noun).startsWith("molecule") && PROTEIN_MOLECULES.contains(s.lower(noun - 1))) {
            return; // "an adhesion molecule called LFA-1": a protein the cell carries
        }
        int name = noun + 1;
        boolean introduced = false;
        if (cues.is(Category.NAMING_WORD, s.lower(name))
                || s.lower(name).equals(",") && cues.is(Category.NAMING_WORD, s.lower(name + 1))) {
            name += s.lower(name).equals(",") ? 2 : 1; // "a drug called X", "an antibody, called 4E9-Fc, that"
            introduced = true;
        } else if (s.lower(name).equals("known") && s.lower(name + 1).equals("as")) {
            name += 2;
            introduced = true;
        } else if (IntroducedNames.namingClauseAfter(s, name, cues) > 0) {
            name = IntroducedNames.namingClauseAfter(s, name, cues); // "One compound, which they named X, blocks CXCR4"
            introduced = true;
        } else if (s.lower(name).equals(",") && IntroducedNames.closesApposedName(s, name + 2)
                && s.token(noun).text().equals(s.lower(noun))) {
            // "its payload, DXd, blocks": the name set off by commas after the noun (not "School of Medicine, Baltimore,"),
            // or by a dose in brackets or the sentence's end ("by a CXCR2 antagonist, trovaxiren (1 mg/kg)")
            name++;
        } else if (s.lower(name).equals("(") && s.lower(name + 2).equals(")") && noun > 0
                && looksLikeSymbol(s.token(noun - 1).text())) {
            name++; // "a CCR2 antagonist (trovaxiren)": the class's member in brackets
        } else if (IntroducedNames.participleCommaAfter(s, name) > 0) {
            name = IntroducedNames.participleCommaAfter(s, name) + 1; // "An antibody developed in her laboratory, BIMM-7,"
            introduced = true;
        }
        if (name >= s.size()) {
            return;
        }
        Token t = s.token(name);
        if (!introduced && noun > 0 && s.token(noun).isTitleCase() && t.isTitleCase()) {
            return; // "Senior Medicines Information Pharmacist": a capitalised drug noun inside a post's or a service's name
        }
        boolean targetBefore = noun > 0 && looksLikeSymbol(s.token(noun - 1).text());
        // "Matrix Metalloproteinase Inhibitors Based on ...": a title's verb
        boolean titleCaseWord = t.isTitleCase() && isVerbForm.test(t.lower());
        // "the ACE inhibitor effects": after a class with its target, an English-looking word is no name
        boolean englishAfterClass = targetBefore && !introduced && CoinedWords.looksEnglish(t.lower())
                && !cues.isInnShaped(t.lower());
        boolean namelike = hasUpperOrDigit(t.text()) && !titleCaseWord
                || (introduced || targetBefore && !englishAfterClass || coinedHead(s, name)) && coined.isLowerName(t);
        if (namelike && isNameToken(t) && !cues.is(Category.DRUG_NOUN, Lemmatizer.singular(t.lower()))) {
            int end = name + 1;
            while (introduced && s.isJoiningHyphen(end) && hasUpperOrDigit(s.token(end + 1).text())) {
                end += 2; // "called 4E9-Fc", cut by the tokenizer at its hyphen: a clone's name and its format
            }
            boolean word = end == name + 1 && !hasUpperOrDigit(t.text());
            end = word ? WordShapedNames.withSeriesLetter(s, end) : end; // "a compound called kushenol F"
            String text = end == name + 1 ? nameOf(t)
                    : word ? t.lower() + " " + s.token(name + 1).text() : s.textOf(name, end);
            out.add(MentionRecognizer.mention(s, name, end, EntityType.DRUG, text, null, introduced ? 0.85 : 0.75,
                    "context-drug", false));
        }
    }

    private boolean coinedHead(Sentence s, int name) {
        String w = s.lower(name);
        if (w.length() < 8 || CoinedWords.looksEnglish(w)) { // INNs are long: maraviroc, vercirnon
            return false;
        }
        int next = WordShapedNames.withSeriesLetter(s, name + 1); // "the compound lichenamide C, which"
        if (next >= s.size()) {
            return true;
        }
        String pos = s.token(next).pos();
        boolean modifies = pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM");
        return !modifies || isVerbForm.test(s.lower(next));
    }

    static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "these",
            "those", "its", "their", "our", "his", "her", "each", "every", "any", "no", "another");

    /** Nouns before "of" that make a name one of the class after them. */
    private static final java.util.Set<String> MEMBERSHIP = java.util.Set.of("one", "member");
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("first", "second", "latest", "newest", "only");

    /** Forms a drug is given in, written after its name: "ruxolitinib cream", "fitusiran injection". */
    private static final java.util.Set<String> FORMULATIONS = java.util.Set.of("cream", "gel", "ointment", "lotion",
            "foam", "spray", "patch", "injection", "infusion", "tablets", "capsules", "solution", "drops");
    /**
     * More forms, as a patient's leaflet writes them: after a name ("teprotumumab drips") as often as after a plain
     * description ("Steroid drips", "water pills"), so unlike the forms above they do not make the word before a name.
     */
    private static final java.util.Set<String> LEAFLET_FORMULATIONS = java.util.Set.of("drips", "drip", "infusions",
            "injections", "tablet", "capsule", "pills", "patches", "sprays", "creams");

    /** Whether the word is a form a drug is given in, as written after its name: "teprotumumab drips". */
    public static boolean isFormulation(String lower) {
        return FORMULATIONS.contains(lower) || LEAFLET_FORMULATIONS.contains(lower);
    }

    /** "X, an FDA-approved antiretroviral" and "X is a CXCR4 inhibitor": the noun names X. */
    private void namedBefore(Sentence s, int noun, List<Mention> out) {
        if (s.token(noun).isCapitalised() && noun + 1 < s.size() && s.token(noun + 1).isCapitalised()) {
            return; // "the United States, the Food and Drug Administration": the noun is inside a capitalised name
        }
        if (cues.is(Category.COMPANY_NOUN, s.lower(noun + 1)) || NOT_DRUG_HEADS.contains(s.lower(noun + 1))) {
            return; // "Lilly is a medicine company", "CXCR4 is a drug target": the drug noun modifies another head
        }
        int k = noun - 1;
        int words = 0;
        while (k > 0 && words < MAX_APPOSITION_WORDS && !isArticle(s.lower(k)) && !s.lower(k).equals(",")) {
            boolean preposition = s.token(k).pos().equals("ADP") && s.token(k).text().equals(s.lower(k)); // not "KOR/ADP"
            if (preposition && !s.lower(k - 1).equals("-") && !s.lower(k + 1).equals("-")) {
                return; // "RAPT is a company focused on oral therapies": the drug noun is no head of the phrase
            }
            boolean hyphenated = s.lower(k).equals("-") || s.lower(k - 1).equals("-"); // "next-in-class" is one word
            k--;
            words += hyphenated ? 0 : 1;
        }
        if (k < 1 || !isArticle(s.lower(k))) {
            return;
        }
        int linkAt = k - 1;
        if (s.lower(k - 1).equals("of") && MEMBERSHIP.contains(s.lower(k - 2))) {
            // "sertraline, one of the antidepressants", "Olorofim is the first member of a new antifungal class"
            linkAt = k - 3;
            while (linkAt > 0 && (ORDINALS.contains(s.lower(linkAt)) || isArticle(s.lower(linkAt)))) {
                linkAt--;
            }
        }
        String link = s.lower(linkAt);
        boolean whichIs = s.lower(linkAt - 1).equals("which") && s.lower(linkAt - 2).equals(",");
        if ((link.equals("is") || link.equals("was")) && whichIs) {
            linkAt -= 2; // "clobetasol, which is a strong steroid cream": as "clobetasol, a strong steroid cream"
            link = ",";
        }
        int name = link.equals(",") || link.equals("—") || link.equals("(") ? linkAt - 1
                : (link.equals("is") || link.equals("was")) ? beforeParenthetical(s, linkAt - 1) : -1;
        // "approved Zelvyra (relcirnon), a pill that blocks CCR9": the name before its bracketed other name
        int beforeBracket = link.equals(",") && s.lower(name).equals(")") ? beforeParenthetical(s, name) : name;
        int bracketed = beforeBracket == name - 3 ? name - 1 : -1; // one word in the brackets, a name of its own
        if (beforeBracket != name && s.isJoiningHyphen(beforeBracket - 1)) {
            return; // "ornithyl-quinamide (AB-1234), a specific inhibitor": a longer name, cut at its hyphen
        }
        name = beforeBracket;
        boolean complementizer = name > 0 && s.lower(name - 1).equals("that") && !s.token(name - 1).pos().equals("DET");
        boolean nameShaped = name >= 0 && (isNameToken(s.token(name)) || coined.isCoined(s.token(name), false));
        if (!nameShaped || DETERMINERS.contains(s.lower(name - 1)) && !complementizer) {
            return; // "In the trial, the drug X": a noun after a determiner is no name; "announced that X, ..." is one
        }
        // but "When the team gave the mice KX-19, an experimental antibody that ..., plaques": an indefinite phrase
        // closed by a comma describes the name even there
        boolean described = s.lower(k).startsWith("a") && commaAfter(s, noun);
        if (link.equals(",") && FrontedPhrases.inFrontedPhrase(s, name) && !described) {
            return; // "Like native FGF21, the drug binds", "Because cells lack the enzyme, the drug": no apposition
        }
        if (link.equals("—") && isDateline(s, name)) {
            return; // "DALLAS, Texas — A daily pill that ..."
        }
        Token t = s.token(name);
        if (FORMULATIONS.contains(t.lower()) && name > 0 && isNameToken(s.token(name - 1))) {
            // "Ruxolitinib cream, a JAK1 and JAK2 inhibitor": the drug in the form it is given
            out.add(MentionRecognizer.mention(s, name - 1, name + 1, EntityType.DRUG, nameOf(s.token(name - 1)), null, 0.7,
                    "context-apposition", false));
            return;
        }
        // "which enrolled 1,083 adults, the drug lowered": an English word before the comma is no name
        // "given sefrivant, an experimental oral drug": an unknown word ending "-ant" before "a"/"an" is a name
        boolean antName = !s.lower(k).equals("the") && link.equals(",") && coined.isUnknownAntWord(t);
        boolean lowerName = coined.isLowerName(t) && (!CoinedWords.looksEnglish(t.lower()) || antName)
                && !cues.is(Category.PROTEIN_NOUN, Lemmatizer.singular(t.lower())); // "the enzyme, the drug"
        // "Surgery is the main treatment": a sentence's capitalised first word that is never a name
        // and "The Wicked Stepmother, a drug that ...": an English word closing a title-case phrase is a character
        boolean titledWord = name > 0 && s.token(name - 1).isCapitalised() && s.token(name - 1).isTitleCase()
                && t.isTitleCase() && CoinedWords.looksEnglish(t.lower());
        boolean capitalName = hasUpperOrDigit(t.text()) && !cues.is(Category.NOT_A_NAME, t.text()) && !titledWord;
        if (capitalName || lowerName || coined.isCoined(t, false)) {
            out.add(contextDrug(s, name, "context-apposition"));
            if (bracketed > 0 && (isNameToken(s.token(bracketed)) || coined.isCoined(s.token(bracketed), false))) {
                out.add(contextDrug(s, bracketed, "context-apposition"));
            }
        }
    }

    /** A news dateline's place before its dash: "BOSTON —", "DALLAS, Texas —". */
    private static boolean isDateline(Sentence s, int name) {
        String w = s.token(name).text();
        return s.lower(name - 1).equals(",") || name == 0 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /** "Resmetirom, made by Madrigal Pharmaceuticals, is": the name before a parenthetical that ends at k; else k. */
    static int beforeParenthetical(Sentence s, int k) {
        if (s.lower(k).equals(")")) {
            for (int j = k - 1; j > 0 && k - j <= MAX_PARENTHETICAL; j--) {
                if (s.lower(j).equals("(")) {
                    return j - 1; // "Crinecerfont (Crenessity, Neurocrine Biosciences) is a capsule"
                }
            }
            return k;
        }
        if (!s.lower(k).equals(",")) {
            return k;
        }
        for (int j = k - 1; j > 0 && k - j <= MAX_PARENTHETICAL; j--) {
            if (s.lower(j).equals(",")) {
                return j == 1 ? 0 : k; // only a sentence's opening name
            }
        }
        return k;
    }

    private static final int MAX_PARENTHETICAL = 8;

    /** Endings of proteins' names, which block and inhibit too: "hepcidin", "sclerostin", "angiotensinogen", "kinase". */
    private static final List<String> PROTEIN_ENDINGS = List.of("in", "ase", "gen", "or", "kine");

    /** Words between a drug and its verb: "X does not block", "X may also inhibit", "X did not inhibit". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("does", "do", "did", "not", "may",
            "might", "could", "can", "also", "still", "selectively", "potently", "directly", "only", "would", "will");
    private static final int MAX_AUXILIARIES = 3;

    /** The first word at or after k that is not an auxiliary, a negation or an adverb of degree. */
    private static int pastAuxiliaries(Sentence s, int k) {
        int j = k;
        while (j < s.size() && j - k < MAX_AUXILIARIES && AUXILIARIES.contains(s.lower(j))) {
            j++;
        }
        return j;
    }

    /**
     * A coined word that is not shaped like a protein's name: "Gefapixant", "lorundrostat"; not "Hepcidin", nor
     * "Oxytocin", which activates its own receptor.
     */
    private boolean isBlockerName(Token t, boolean sentenceStart) {
        return coined.isCoined(t, sentenceStart) && !hasProteinEnding(t);
    }

    private static boolean hasProteinEnding(Token t) {
        return PROTEIN_ENDINGS.stream().anyMatch(t.lower()::endsWith);
    }

    /**
     * "include pitolisant, which blocks the histamine H3 receptor": an unknown lower-case word with no determiner
     * before a relative clause of blocking is a name, whatever English ending ("-ant") it shares; "the variant, which
     * blocks" has its determiner.
     */
    private boolean isBareName(Sentence s, int i) {
        Token t = s.token(i);
        return i > 0 && !DETERMINERS.contains(s.lower(i - 1)) && coined.isUnknownWord(t, false) && !hasProteinEnding(t);
    }

    /** Words before "a JAK inhibitor" that make it any member of the class, not a named drug's apposition. */
    private static final java.util.Set<String> PARTNER_LINKS = java.util.Set.of("with", "plus", "to", "and", "or", "than");

    /** "combining mirikizumab with a JAK inhibitor": one of a class, unnamed, stands for the class. */
    private static boolean isUnnamedMember(Sentence s, int head) {
        return head >= 3 && (s.lower(head - 2).equals("a") || s.lower(head - 2).equals("an"))
                && PARTNER_LINKS.contains(s.lower(head - 3));
    }

    /** "Three earlier CETP inhibitors, torcetrapib, ...": a counted class whose members follow a comma. */
    private static boolean countedClassBeforeList(Sentence s, int head) {
        return s.lower(head + 1).equals(",") && ListAndTargetWords.countedBefore(s, head - 1, COUNTED_CLASS_WORDS);
    }

    /** How many words a counted class may have before its target: "three earlier". */
    private static final int COUNTED_CLASS_WORDS = 3;

    /** A protein's short symbol with one capital, which {@link #looksLikeSymbol} leaves out: "C5", "C1s". */
    private static final java.util.regex.Pattern SHORT_SYMBOL = java.util.regex.Pattern.compile("[A-Z]\\d{1,2}[a-z]?");

    /** "CXCR4 inhibitors", "kinase inhibitors": a plural inhibitor noun not followed by a name. */
    private void drugClass(Sentence s, int head, String lemma, List<Mention> out) {
        if (countedClassBeforeList(s, head)) {
            lists.listedFrom(s, head + 2, out); // "three CETP inhibitors, X, Y and Z": the list names drugs
            return; // and, as below, the target stays a protein
        }
        int after = s.lower(head + 1).equals(",") ? head + 2 : head + 1;
        if (head == 0 || (head + 1 < s.size() && isNameToken(s.token(head + 1)) && hasUpperOrDigit(s.token(head + 1).text()))
                || s.lower(after).equals("such") && s.lower(after + 1).equals("as")
                || ListAndTargetWords.examplesStart(s, head + 1) > 0
                || ListAndTargetWords.colonListStart(s, head) > 0) { // "CCR5 antagonists were developed: A, B and C"
            // "BTK inhibitors such as ibrutinib", "EZH2 inhibitors, such as valemetostat", "CXCR4 antagonists (e.g. X, Y)":
            // the drugs listed are named, and the target stays a protein
            return;
        }
        Token target = s.token(head - 1);
        Token next = head + 1 < s.size() ? s.token(head + 1) : null;
        boolean proposedTarget = out.stream().anyMatch(m -> m.from() == head - 1 && m.to() == head
                && m.type().kind() == EntityType.Kind.PROTEIN); // "the selective beta1AR antagonists atenolol and"
        if ((looksLikeSymbol(target.text()) || proposedTarget) && next != null && coined.isCoined(next, false)
                && !isVerbForm.test(next.lower()) && !next.pos().equals("VERB")) {
            return; // "the PDE3 inhibitors amrinone and milrinone": coined names follow, and PDE3 stays a protein
        }
        boolean component = proposedTarget && SHORT_SYMBOL.matcher(target.text()).matches(); // "C5 inhibitors"
        if (looksLikeSymbol(target.text()) || component
                || (target.pos().equals("NOUN") && Character.isLetter(target.text().charAt(0))
                && !cues.is(Category.STOP_MODIFIER, target.lower()) && !isVerbForm.test(target.lower()))) {
            String name = (looksLikeSymbol(target.text()) || component ? target.text() : target.lower()) + " " + lemma;
            out.add(MentionRecognizer.mention(s, head - 1, head + 1, EntityType.DRUG_CLASS, name, null, 0.7,
                    "context-class", false));
        }
    }

    /** Whether a comma follows token k in its sentence. */
    private static boolean commaAfter(Sentence s, int k) {
        for (int j = k + 1; j < s.size(); j++) {
            if (s.lower(j).equals(",")) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeSymbol(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
                && w.chars().filter(Character::isUpperCase).count() >= 2 && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    private static boolean isArticle(String w) {
        // "aficamten, its ... inhibitor", "tildacerfont, another CRF1 receptor blocker"
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("its") || w.equals("another");
    }
}
