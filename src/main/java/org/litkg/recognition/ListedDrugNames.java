package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

import static org.litkg.recognition.DrugNameTokens.contextDrug;
import static org.litkg.recognition.DrugNameTokens.hasUpperOrDigit;
import static org.litkg.recognition.DrugNameTokens.isNameToken;

/**
 * Drugs named by the list they stand in: "drugs such as X and Y", "X and other antidepressants", "two drugs, X and Y".
 */
final class ListedDrugNames {

    private final Cues cues;
    private final CoinedWords coined;

    ListedDrugNames(Cues cues, CoinedWords coined) {
        this.cues = cues;
        this.coined = coined;
    }

    /**
     * "drugs that inhibit FAP, such as talabostat": the coined words listed after "such as" name drugs when a
     * plural drug noun comes shortly before.
     */
    void suchAs(Sentence s, int such, List<Mention> out) {
        boolean drugsBefore = false;
        for (int k = Math.max(0, such - 8); k < such; k++) {
            String lower = s.lower(k);
            drugsBefore |= cues.is(Category.DRUG_NOUN, Lemmatizer.singular(lower)) && !Lemmatizer.singular(lower).equals(lower);
        }
        if (drugsBefore) {
            listedFrom(s, such + 2, out);
        }
    }

    /** How far after a class noun the bracket that lists its members may open: "inhibitors of SIRT1 (". */
    private static final int BRACKET_REACH = 6;

    /**
     * "three inhibitors of SIRT1 (nicotinamide, sirtinol, EX527)", "alpha 1-adrenoceptor antagonists (e.g. alfuzosin,
     * doxazosin)": the coined words a bracket lists after a plural class noun name its members.
     */
    void bracketedMembers(Sentence s, int noun, List<Mention> out) {
        if (Lemmatizer.singular(s.lower(noun)).equals(s.lower(noun))) {
            return;
        }
        for (int k = noun + 1; k < Math.min(s.size(), noun + 1 + BRACKET_REACH); k++) {
            if (s.lower(k).equals("(")) {
                int examples = ListAndTargetWords.examplesStart(s, k);
                // but "angiotensin receptor blockers (ARBs)", "(TKIs)": one capitalised word alone is the class's short form
                boolean shortForm = examples < 0 && s.lower(k + 2).equals(")") && !s.token(k + 1).text().equals(s.lower(k + 1));
                if (!shortForm) {
                    listedFrom(s, examples > 0 ? examples : k + 1, out);
                }
                return;
            }
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-") && !s.lower(k).equals("/")) {
                return;
            }
        }
    }

    private static final Set<String> KIN_WORDS = Set.of("similar", "other", "related");

    /** "escitalopram and similar drugs", "X and other antidepressants": a word listed with its kind names one. */
    void likeOthers(Sentence s, int noun, List<Mention> out) {
        int name = noun - 3;
        if (name < 0 || !KIN_WORDS.contains(s.lower(noun - 1)) || !s.lower(noun - 2).equals("and")
                || Lemmatizer.singular(s.lower(noun)).equals(s.lower(noun))) {
            return;
        }
        Token t = s.token(name);
        if (coined.isCoined(t, name == 0) || hasUpperOrDigit(t.text()) && isNameToken(t)) {
            out.add(contextDrug(s, name, "context-drug"));
        }
    }

    /**
     * "a capsule that contains two drugs, xanomeline and trospium", "two drugs: X and Y", "The standard drugs, propranolol
     * and primidone,": the list a counted or definite class opens names drugs.
     */
    void countedList(Sentence s, int noun, List<Mention> out) {
        boolean plural = !Lemmatizer.singular(s.lower(noun)).equals(s.lower(noun));
        String open = s.lower(noun + 1);
        if (plural && (ListAndTargetWords.countedBefore(s, noun, 1) || isDefinite(s, noun))
                && (open.equals(",") || open.equals(":"))) {
            listedFrom(s, noun + 2, out);
        }
        int count = noun - 1;
        while (count > Math.max(0, noun - 1 - COUNT_MODIFIERS) && !ListAndTargetWords.COUNTS.contains(s.lower(count))) {
            count--;
        }
        if (plural && ListAndTargetWords.COUNTS.contains(s.lower(count)) && s.lower(count - 1).equals(",")) {
            listedBefore(s, count - 2, out); // "vincristine and vinblastine, two cancer drugs that bind tubulin"
        }
    }

    /** How many modifiers may stand between a count and its class noun: "two cancer drugs". */
    private static final int COUNT_MODIFIERS = 2;
    /** How many names a counted apposition may follow: "A, B and C, three drugs". */
    private static final int APPOSED_NAMES = 4;

    /** The names coordinated before a counted class set off by a comma, the last ending at {@code last}. */
    private void listedBefore(Sentence s, int last, List<Mention> out) {
        int k = last;
        for (int n = 0; n < APPOSED_NAMES && k >= 0; n++) {
            Token t = s.token(k);
            if (!coined.isCoined(t, k == 0) && !(hasUpperOrDigit(t.text()) && isNameToken(t))) {
                return;
            }
            out.add(contextDrug(s, k, "context-drug"));
            if (!s.lower(k - 1).equals("and") && !s.lower(k - 1).equals(",")) {
                return;
            }
            k -= 2;
        }
    }

    /** How many adjectives may stand between "the" and a class's plural noun: "the standard oral drugs". */
    private static final int DEFINITE_MODIFIERS = 2;

    /** "The standard drugs", "the two older drugs": "the" opening the noun's phrase, past a few adjectives. */
    private static boolean isDefinite(Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 1 - DEFINITE_MODIFIERS); k--) {
            if (s.lower(k).equals("the")) {
                return true;
            }
            if (!s.token(k).pos().equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PLURAL_LINKS = Set.of("are", "were");
    /** Words a plural drug noun may have between "are" and it: "are injected drugs", "are both oral drugs". */
    private static final int MAX_CLASS_MODIFIERS = 3;

    /** "Octreotide and lanreotide are injected drugs": the names coordinated before "are" and a plural drug noun. */
    void classedList(Sentence s, int noun, List<Mention> out) {
        if (Lemmatizer.singular(s.lower(noun)).equals(s.lower(noun))) {
            return;
        }
        int link = noun - 1;
        while (link > 0 && noun - link <= MAX_CLASS_MODIFIERS && !PLURAL_LINKS.contains(s.lower(link))
                && Character.isLetter(s.token(link).text().charAt(0)) && !isArticle(s.lower(link))) {
            link--;
        }
        String joint = s.lower(link - 2);
        if (!PLURAL_LINKS.contains(s.lower(link)) || !joint.equals("and") && !joint.equals("or")) {
            return;
        }
        List<Integer> names = new java.util.ArrayList<>(List.of(link - 1, link - 3));
        for (int k = link - 3; s.lower(k - 1).equals(","); k -= 2) {
            names.add(k - 2); // "X, Y and Z are"
        }
        for (int k : names) {
            Token t = k < 0 ? null : s.token(k);
            if (t == null || !isNameToken(t) || !(coined.isCoined(t, true) || hasUpperOrDigit(t.text()))) {
                return;
            }
        }
        for (int k : names) {
            out.add(contextDrug(s, k, "context-drug"));
        }
    }

    private static boolean isArticle(String w) {
        return w.equals("a") || w.equals("an") || w.equals("the");
    }

    private static final Set<String> LIST_ENDS = Set.of(",", "and", "or", ".", ";", ")", ":");

    /** The coined names listed from k, joined by commas, "and" or "or", each a drug. */
    void listedFrom(Sentence s, int first, List<Mention> out) {
        for (int k = first; k < s.size(); k += 2) {
            if ((s.lower(k).equals("and") || s.lower(k).equals("or")) && s.lower(k - 1).equals(",")) {
                k++; // "X, Y, and Z"
            }
            if (k >= s.size()) {
                return;
            }
            Token t = s.token(k);
            boolean coinedName = coined.isLowerName(t) && !CoinedWords.looksEnglish(t.lower())
                    || hasUpperOrDigit(t.text()) && isNameToken(t);
            // "such as eltrombopag, Kuter said": after a bare comma, an item must go on listing or end the list
            boolean listGoesOn = k == first || !s.lower(k - 1).equals(",") || LIST_ENDS.contains(s.lower(k + 1))
                    || k + 1 >= s.size();
            int item = k;
            boolean otherKind = out.stream().anyMatch(m -> m.from() == item && m.type().kind() != EntityType.Kind.DRUG);
            if (!coinedName || !listGoesOn || otherKind) {
                return; // "CDK inhibitors such as p21 and p27": proteins by their shape, not drugs
            }
            out.add(contextDrug(s, k, "context-drug"));
            String next = s.lower(k + 1);
            if (!next.equals(",") && !next.equals("and") && !next.equals("or")) {
                return;
            }
        }
    }
}
