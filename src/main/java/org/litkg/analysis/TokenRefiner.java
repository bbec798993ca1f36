package org.litkg.analysis;

import java.util.List;
import org.litkg.document.Span;

/**
 * Splits OpenNLP tokens where news text glues words together: em and en dashes without spaces
 * ("AMD3100—a drug"), curly quotes, a trailing hyphen ("FDA-" before "approved"), and pairs of
 * gene symbols ("CXCL12-CXCR4"), a possessive "'s", a negative contraction ("doesn't") and a superscript or an
 * affiliation's plain mark opening a word ("¹Department", "2Institute"). Names with internal
 * hyphens (PD-1, BL-8040, anti-PD-L1) stay whole.
 */
final class TokenRefiner {

    private TokenRefiner() {
    }

    /** Appends the refined spans of token [start, end) of {@code text} to {@code out}. */
    static void split(String text, int start, int end, List<Span> out) {
        int marks = AffiliationMarks.end(text, start, end);
        if (marks > start) {
            out.add(new Span(start, marks)); // "³Sidney Kimmel", "2Institute of X": a mark, then its word
            start = marks;
        }
        int pieceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isBreaking(c)) {
                if (i > pieceStart) {
                    splitHyphens(text, pieceStart, i, out);
                }
                out.add(new Span(i, i + 1));
                pieceStart = i + 1;
            }
        }
        if (end > pieceStart) {
            splitHyphens(text, pieceStart, end, out);
        }
    }

    private static boolean isNegativeContraction(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("n't") || w.endsWith("n’t");
    }

    /**
     * A token's lower case, with the curly apostrophe of "n’t" made straight so that one spelling means "not", and an
     * ampersand standing alone read as the "and" it stands for ("Palbociclib & ribociclib block both").
     */
    static String lower(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("n’t") ? "n't" : lower.equals("&") ? "and" : lower;
    }

    private static boolean isBreaking(char c) {
        return c == '—' || c == '–' || c == '“' || c == '”' || c == '‘' || c == '"' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '/';
    }

    private static void splitHyphens(String text, int start, int end, List<Span> out) {
        String word = text.substring(start, end);
        if (word.length() > 3 && isNegativeContraction(word)) {
            // "doesn't" as "does" and "n't", as the tagger was trained: the negation is a word Modality can see
            out.add(new Span(start, end - 3));
            out.add(new Span(end - 3, end));
            return;
        }
        if (word.length() > 1 && word.endsWith("-")) {
            splitHyphens(text, start, end - 1, out); // "-Tabbaa-" as the tokenizer cuts a double-barrelled surname
            out.add(new Span(end - 1, end));
            return;
        }
        if (word.length() > 3 && (word.endsWith("s'") || word.endsWith("s’"))) {
            splitHyphens(text, start, end - 1, out); // "Immune-Onc Therapeutics' IO-108": a plural possessive's owner
            out.add(new Span(end - 1, end));
            return;
        }
        if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
            splitHyphens(text, start, end - 2, out); // "the Crick's laboratory": the owner is a name of its own
            out.add(new Span(end - 2, end));
            return;
        }
        if (word.length() > 1 && word.endsWith("’") && !word.endsWith("s’")) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        if (word.length() > 2 && word.charAt(0) == '-' && Character.isLetterOrDigit(word.charAt(1))) {
            out.add(new Span(start, start + 1));
            splitHyphens(text, start + 1, end, out);
            return;
        }
        int last = word.lastIndexOf('-');
        String after = word.substring(last + 1).toLowerCase(java.util.Locale.ROOT);
        boolean marker = (after.equals("positive") || after.equals("negative")) // "CXCR4-positive" but "triple-negative"
                && word.substring(0, Math.max(0, last)).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        if (last >= 3 && (AGENT_PARTICIPLES.contains(after) || marker)) {
            splitHyphens(text, start, start + last, out); // "imatinib-mediated", "CXCL12-induced": the agent is a name
            out.add(new Span(start + last, start + last + 1));
            out.add(new Span(start + last + 1, end));
            return;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && word.indexOf('-', hyphen + 1) < 0) {
            String left = word.substring(0, hyphen);
            String right = word.substring(hyphen + 1);
            if (isSymbolWithNumber(left) && isSymbolWithNumber(right)) {
                out.add(new Span(start, start + hyphen));
                out.add(new Span(start + hyphen, start + hyphen + 1));
                out.add(new Span(start + hyphen + 1, end));
                return;
            }
        }
        out.add(new Span(start, end));
    }

    /** A company's letters before a code's number: "S-531011", "ABT-199", "MRTX-849" (the tokenizer cuts some, not others). */
    private static final java.util.regex.Pattern CODE_PREFIX = java.util.regex.Pattern.compile("[A-Z]{1,5}");
    private static final java.util.regex.Pattern CODE_NUMBER = java.util.regex.Pattern.compile("\\d{3,7}[A-Z]?");
    private static final java.util.regex.Pattern GREEK = java.util.regex.Pattern.compile("(?i)alpha|beta|gamma|delta|kappa|mu|[α-ω]");
    private static final java.util.regex.Pattern LOCANT = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern LOCANT_SYMBOL = java.util.regex.Pattern.compile("[A-Z]{2,5}\\d{0,2}[A-Z]?");
    private static final java.util.regex.Pattern SYMBOL_PREFIX = java.util.regex.Pattern.compile("[A-Z]{2,6}");
    private static final java.util.regex.Pattern SYMBOL_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}[a-z]?|R\\d?|[A-E]");
    /** A capitalised word named with a member's number: "Nectin-4", "Ang-2", "Claudin-18". */
    private static final java.util.regex.Pattern CAPITALISED_STEM = java.util.regex.Pattern.compile("[A-Z][a-z]{2,9}");
    /** An adhesion molecule's symbol with one lower-case letter, numbered: "MAdCAM-1". */
    private static final java.util.regex.Pattern MIXED_CASE_STEM = java.util.regex.Pattern.compile("[A-Z]{1,3}[a-z][A-Z]{3,5}");
    private static final java.util.regex.Pattern MEMBER_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}");
    /** A protein's name in lower case with a member's number: "melanocortin-4", "galectin-3", "caspase-8". */
    private static final java.util.regex.Pattern PROTEIN_STEM = java.util.regex.Pattern.compile("[a-z]{3,}(in|ase)");
    /** The same number where the tokenizer kept the hyphen with it: "Ang" "-2". */
    private static final java.util.regex.Pattern HYPHENED_NUMBER = java.util.regex.Pattern.compile("-\\d{1,2}");
    private static final java.util.regex.Pattern LETTERED_CODE = java.util.regex.Pattern.compile("[A-Z]{2,5}\\d{2,7}");
    private static final java.util.regex.Pattern CODE_TAIL = java.util.regex.Pattern.compile("\\d{2,5}");
    private static final java.util.regex.Pattern CODE_SUFFIX = java.util.regex.Pattern.compile("[A-Z]{1,2}\\d?");
    /** A trial's capitalised word and number: "KEYNOTE-189", "HORIZON-02" (shorter words are symbols, above). */
    private static final java.util.regex.Pattern TRIAL_WORD = java.util.regex.Pattern.compile("[A-Z]{7,12}");
    private static final java.util.regex.Pattern CYTOKINE_STEM =
            java.util.regex.Pattern.compile("(?i)interleukin|interferon|IFN");
    private static final java.util.regex.Pattern CYTOKINE_NUMBER =
            java.util.regex.Pattern.compile("(?i)\\d{1,2}[a-zα-ω]?|alpha|beta|gamma|lambda|[αβγλ]");
    private static final java.util.regex.Pattern TRIAL_SUFFIX = java.util.regex.Pattern.compile("[A-Z]{2,4}");
    private static final java.util.regex.Pattern GREEK_NAME_STEM = java.util.regex.Pattern.compile("[a-z]{4,}");
    private static final java.util.regex.Pattern TRIAL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    /** A polymer's initials after "poly": "poly-ICLC" (a stabilised double-stranded RNA), "poly-IC". */
    private static final java.util.regex.Pattern POLYMER_INITIALS = java.util.regex.Pattern.compile("[A-Z]{2,6}");
    /** Two or three capitals before a symbol with its own hyphened number: "NY" "-" "ESO-1" (a cancer-testis antigen). */
    private static final java.util.regex.Pattern SHORT_CAPITALS = java.util.regex.Pattern.compile("[A-Z]{2,3}");
    private static final java.util.regex.Pattern HYPHENED_SYMBOL = java.util.regex.Pattern.compile("[A-Z]{2,5}-\\d{1,2}");
    /** A capitalised word and a lettered number: "BRAVE-AA1" (a trial), "MAGE-A3" (a gene). */
    private static final java.util.regex.Pattern CAPITAL_WORD = java.util.regex.Pattern.compile("[A-Z]{4,12}");
    private static final java.util.regex.Pattern LETTERED_NUMBER = java.util.regex.Pattern.compile("[A-Z]{1,3}\\d{1,2}");

    /**
     * Mends what the OpenNLP tokenizer does to a whole sentence: it cuts some drug codes
     * ("S-531011", "ABT-199"), some gene symbols ("COX-2", "5-HT3", "VEGF-A", "Nectin-4") and trial names ("KEYNOTE-189")
     * into three tokens (or two: "Ang" "-2"), which are joined again, as is a bracketed letter ("Lp(a)"); and it
     * leaves the full stop on a last word without one of its own ("by the FDA."), which is split off.
     */
    static List<Span> mend(String text, List<Span> spans) {
        List<Span> out = new java.util.ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span a = spans.get(i);
            if (i + 4 < spans.size() && isThreePartCode(text, spans.subList(i, i + 5))) {
                out.add(new Span(a.start(), spans.get(i + 4).end())); // "ACT-1004-1239"
                i += 4;
                continue;
            }
            Span joined = out.isEmpty() ? null : out.get(out.size() - 1);
            if (joined != null && i + 1 < spans.size() && isCodeWithSecondNumber(text, joined, a, spans.get(i + 1))) {
                out.set(out.size() - 1, new Span(joined.start(), spans.get(i + 1).end())); // "KT" "-" "14-3": "KT-14-3"
                i += 1;
                continue;
            }
            if (i + 2 < spans.size() && isCodeSplit(text, a, spans.get(i + 1), spans.get(i + 2))
                    && !(i > 0 && GREEK.matcher(spans.get(i - 1).of(text)).matches())) { // "beta 1-AR" is beta-1 AR
                out.add(new Span(a.start(), spans.get(i + 2).end()));
                i += 2;
                continue;
            }
            if (i + 3 < spans.size() && isBracketedLetter(text, spans.subList(i, i + 4))) {
                out.add(new Span(a.start(), spans.get(i + 3).end())); // "Lp(a)", "apolipoprotein(a)"
                i += 3;
                continue;
            }
            if (i + 1 < spans.size() && GluedSplits.isWordSplit(text, a, spans.get(i + 1))) {
                out.add(new Span(a.start(), spans.get(i + 1).end())); // "AK" "T": "AKT"; "Le" "if": "Leif"
                i += 1;
                continue;
            }
            if (i + 2 < spans.size() && isDirectedVerbSplit(text, a, spans.get(i + 1), spans.get(i + 2))) {
                out.add(new Span(a.start(), spans.get(i + 2).end())); // "down" "-" "regulated": "down-regulated"
                i += 2;
                continue;
            }
            if (i + 2 < spans.size() && isLetteredConjugate(text, a, spans.get(i + 1), spans.get(i + 2))) {
                out.add(new Span(a.start(), spans.get(i + 2).end())); // "T" "-" "DXd": "T-DXd"
                i += 2;
                continue;
            }
            if (i + 1 < spans.size() && (isHyphenedNumberSplit(text, a, spans.get(i + 1))
                    || isGreekSuffixSplit(text, a, spans.get(i + 1)))) {
                out.add(new Span(a.start(), spans.get(i + 1).end())); // "Ang" "-2", "IFN" "-γ"
                i += 1;
                continue;
            }
            String word = a.of(text);
            if (i == spans.size() - 1 && word.length() > 2 && word.endsWith(".") && word.indexOf('.') == word.length() - 1
                    && (Character.isUpperCase(word.charAt(word.length() - 2)) || isLongWord(word))) {
                out.add(new Span(a.start(), a.end() - 1));
                out.add(new Span(a.end() - 1, a.end()));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * "down-regulated", "up-modulates": a verb of regulation with its direction written on, which the tokenizer cuts at
     * the hyphen, leaving "down" to be tagged a preposition and the relation verb ("down-regulate") unseen.
     */
    private static boolean isDirectedVerbSplit(String text, Span direction, Span hyphen, Span verb) {
        String d = direction.of(text).toLowerCase(java.util.Locale.ROOT);
        String v = verb.of(text).toLowerCase(java.util.Locale.ROOT);
        return (d.equals("down") || d.equals("up")) && hyphen.of(text).equals("-")
                && direction.end() == hyphen.start() && hyphen.end() == verb.start()
                && (v.startsWith("regulat") || v.startsWith("modulat"));
    }

    /** The tokens with any token that a boundary falls inside cut in two there. */
    static List<Span> splitAt(List<Span> spans, List<Integer> boundaries) {
        if (boundaries.isEmpty()) {
            return spans;
        }
        List<Span> out = new java.util.ArrayList<>(spans.size() + boundaries.size());
        for (Span a : spans) {
            int start = a.start();
            for (int b : boundaries) {
                if (b > start && b < a.end()) {
                    out.add(new Span(start, b));
                    start = b;
                }
            }
            out.add(new Span(start, a.end()));
        }
        return out;
    }

    /** "injections of aflibercept.": a word of four or more letters is no abbreviation ("al.", "Inc." and "etc." are). */
    private static boolean isLongWord(String word) {
        String w = word.substring(0, word.length() - 1);
        return w.length() >= 4 && w.chars().allMatch(Character::isLowerCase) && !w.equals("etc");
    }

    /** An enzyme's name after its locant: "lipoxygenase" in "5-lipoxygenase", "15-lipoxygenase". */
    private static final java.util.regex.Pattern ENZYME_WORD = java.util.regex.Pattern.compile("[a-z]{4,}ase");
    /** A symbol ending in a digit, before a second number: "NKX2" in "NKX2-1", "TB7" in "TB7-12". */
    private static final java.util.regex.Pattern NUMBERED_SYMBOL = java.util.regex.Pattern.compile("[A-Z]{2,5}\\d{1,2}");

    /**
     * "S-531011", "COX-2", "BAFF-R", "5-HT3", "CCX282-B" and "NKX2-1", cut at the hyphen: a drug code or a gene symbol
     * with its number.
     */

    private static boolean isCodeSplit(String text, Span prefix, Span hyphen, Span number) {
        if (prefix.end() != hyphen.start() || hyphen.end() != number.start() || !hyphen.of(text).equals("-")) {
            return false;
        }
        String letters = prefix.of(text);
        String digits = number.of(text);
        return CODE_PREFIX.matcher(letters).matches() && CODE_NUMBER.matcher(digits).matches()
                || LOCANT.matcher(letters).matches() && LOCANT_SYMBOL.matcher(digits).matches() // "5-HT3", "5-LOX"
                || LOCANT.matcher(letters).matches() && ENZYME_WORD.matcher(digits).matches() // "5-lipoxygenase"
                || (SYMBOL_PREFIX.matcher(letters).matches() && SYMBOL_NUMBER.matcher(digits).matches() // "BAFF-R"
                || LETTERED_CODE.matcher(letters).matches() && CODE_SUFFIX.matcher(digits).matches() // "CCX282-B"
                || NUMBERED_SYMBOL.matcher(letters).matches() && MEMBER_NUMBER.matcher(digits).matches() // "NKX2-1"
                || TRIAL_WORD.matcher(letters).matches() && TRIAL_NUMBER.matcher(digits).matches()
                || TRIAL_WORD.matcher(letters).matches() && TRIAL_SUFFIX.matcher(digits).matches() // "TRAILBLAZER-ALZ"
                || CAPITAL_WORD.matcher(letters).matches() && LETTERED_NUMBER.matcher(digits).matches() // "BRAVE-AA1"
                || (CAPITALISED_STEM.matcher(letters).matches() || MIXED_CASE_STEM.matcher(letters).matches())
                && MEMBER_NUMBER.matcher(digits).matches() // "Nectin-4", "MAdCAM-1"
                || PROTEIN_STEM.matcher(letters).matches() && MEMBER_NUMBER.matcher(digits).matches() // "melanocortin-4"
                || GREEK_NAME_STEM.matcher(letters).matches() && GREEK.matcher(digits).matches() // "amyloid-beta"
                || GREEK.matcher(letters).matches() && GREEK_NAME_STEM.matcher(digits).matches() // "mu-opioid"
                || CYTOKINE_STEM.matcher(letters).matches() && CYTOKINE_NUMBER.matcher(digits).matches() // "interferon-gamma"
                || SHORT_CAPITALS.matcher(letters).matches() && HYPHENED_SYMBOL.matcher(digits).matches() // "NY-ESO-1"
                || letters.equals("poly") && POLYMER_INITIALS.matcher(digits).matches()) // "poly-ICLC", an adjuvant
                && (number.end() == text.length() || !Character.isLetterOrDigit(text.charAt(number.end())));
    }

    private static boolean isHyphenedNumberSplit(String text, Span prefix, Span number) {
        String letters = prefix.of(text);
        return prefix.end() == number.start() && HYPHENED_NUMBER.matcher(number.of(text)).matches()
                && (SYMBOL_PREFIX.matcher(letters).matches() || CAPITALISED_STEM.matcher(letters).matches()
                || NUMBERED_SYMBOL.matcher(letters).matches() // "NKX2" "-1"
                || TRIAL_WORD.matcher(letters).matches()) // "TRIDENT" "-1"
                && (number.end() == text.length() || !Character.isLetterOrDigit(text.charAt(number.end())));
    }

    private static final java.util.regex.Pattern GREEK_SUFFIX = java.util.regex.Pattern.compile("-[α-ω]\\d{0,2}");

    /** A name and a Greek letter the tokenizer cut from it at the hyphen: "IFN" "-γ", "interferon" "-γ". */
    private static boolean isGreekSuffixSplit(String text, Span name, Span greek) {
        return name.end() == greek.start() && GREEK_SUFFIX.matcher(greek.of(text)).matches()
                && name.of(text).chars().allMatch(Character::isLetterOrDigit);
    }

    /** An antibody's initial, a hyphen and its payload's short name: "T-DXd", "I-DXd", "T-DM1" (not "B-ALL"). */
    private static boolean isLetteredConjugate(String text, Span initial, Span hyphen, Span payload) {
        String p = payload.of(text);
        return initial.end() == hyphen.start() && hyphen.end() == payload.start() && hyphen.of(text).equals("-")
                && INITIAL.matcher(initial.of(text)).matches() && PAYLOAD.matcher(p).matches()
                && p.chars().anyMatch(c -> Character.isLowerCase(c) || Character.isDigit(c));
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("[A-Z]");
    private static final java.util.regex.Pattern PAYLOAD = java.util.regex.Pattern.compile("[A-Z]{2}[a-z0-9]{1,2}");

    /** Letters, perhaps joined by hyphens: "Lp", "ORBITAL-Lp". */
    private static final java.util.regex.Pattern WORD_OR_HYPHENED = java.util.regex.Pattern.compile("\\p{L}+(-\\p{L}+)*");

    /** A word and a lower-case letter in brackets with no space between: "Lp(a)", "apolipoprotein(a)", "ORBITAL-Lp(a)". */
    private static boolean isBracketedLetter(String text, List<Span> four) {
        for (int k = 0; k < 3; k++) {
            if (four.get(k).end() != four.get(k + 1).start()) {
                return false;
            }
        }
        String letter = four.get(2).of(text);
        return WORD_OR_HYPHENED.matcher(four.get(0).of(text)).matches() && four.get(1).of(text).equals("(")
                && letter.length() == 1 && Character.isLowerCase(letter.charAt(0)) && four.get(3).of(text).equals(")");
    }

    /** A code with two numbers: "KT-14-3". */
    private static final java.util.regex.Pattern TWO_NUMBER_CODE =
            java.util.regex.Pattern.compile("[A-Z]{2,6}-\\d{1,5}-\\d{1,3}");

    /**
     * A code with two numbers that the tokenizer cut into three pieces, however it cut them: "KT-14" "-" "3", "KT" "-"
     * "14-3".
     */
    private static boolean isCodeWithSecondNumber(String text, Span code, Span hyphen, Span number) {
        return code.end() == hyphen.start() && hyphen.end() == number.start() && hyphen.of(text).equals("-")
                && TWO_NUMBER_CODE.matcher(text.substring(code.start(), number.end())).matches()
                && (number.end() == text.length() || !Character.isLetterOrDigit(text.charAt(number.end())));
    }

    /** Letters, digits and digits joined by hyphens with no space: "ACT-1004-1239", "MK-0812-01". */
    private static boolean isThreePartCode(String text, List<Span> five) {
        for (int k = 0; k < 4; k++) {
            if (five.get(k).end() != five.get(k + 1).start()) {
                return false;
            }
        }
        return five.get(1).of(text).equals("-") && five.get(3).of(text).equals("-")
                && SYMBOL_PREFIX.matcher(five.get(0).of(text)).matches() && CODE_NUMBER.matcher(five.get(2).of(text)).matches()
                && CODE_TAIL.matcher(five.get(4).of(text)).matches();
    }

    /** Words after a hyphen that make the word before it an agent or a target: "X-induced", "X-mediated". */
    private static final java.util.Set<String> AGENT_PARTICIPLES = java.util.Set.of("mediated", "induced", "dependent",
            "independent", "caused", "treated", "catalyzed", "catalysed", "stimulated", "evoked", "triggered", "elicited", "driven",
            "sensitive", "resistant", "exposed", "targeted", "targeting", "directed", "selective", "specific", "expressing",
            "producing", "secreting", "bearing", "carrying", "assisted");

    /** A gene-symbol-like piece: at least four characters, with both letters and digits. */
    private static boolean isSymbolWithNumber(String s) {
        return s.length() >= 4 && s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isDigit);
    }

    /** The spans not marked to drop: what a sentence keeps of its tokens once some are left out. */
    static List<Span> without(List<Span> spans, boolean[] drop) {
        List<Span> kept = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!drop[i]) {
                kept.add(spans.get(i));
            }
        }
        return kept;
    }
}
