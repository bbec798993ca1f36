package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Proteins named by a head that is generic on its own: "factor", "hormone", "antigen", "binding protein", "enzyme". A
 * factor or a hormone names a protein after the words that make it one ("nerve growth factor", "stem cell factor",
 * "granulocyte colony-stimulating factor", "leukaemia inhibitory factor", "alpha-melanocyte-stimulating hormone"),
 * not after others ("a risk factor", "a key factor"); an
 * antigen after a capitalised or hyphenated modifier ("the Duffy antigen", "prostate-specific antigen"); a binding
 * protein after the hyphenated thing it binds ("Duffy-binding protein", "retinol-binding protein"); an enzyme
 * after what it converts, cleaves or degrades ("angiotensin-converting enzyme 2"). The longer name
 * wins over a cell type inside it ("stem cell" in "stem cell factor").
 */
final class FactorNames implements MentionRecognizer {

    /** Words right before "factor" that make the phrase a protein's name. */
    private static final Set<String> FACTOR_KINDS = Set.of("growth", "necrosis", "inhibitory", "activating",
            "stimulating", "releasing", "willebrand", "cell", "transforming", "natriuretic", "inhibiting", "concentrating");
    /** Kind words that make a factor's name after a hyphen: "colony-stimulating", "platelet-derived". */
    private static final Set<String> KIND_AFTER_HYPHEN = Set.of("derived", "like");
    /**
     * A family member's number or letter after the name: "fibroblast growth factor 23", "transforming growth factor β",
     * "vascular endothelial growth factor A".
     */
    private static final Pattern MEMBER = Pattern.compile("\\d{1,2}|[IVX]{1,3}|[α-ω]\\d?|alpha|beta|[A-E]");
    /** What an enzyme named by its substrate does: "angiotensin-converting enzyme 2", "insulin-degrading enzyme". */
    private static final Set<String> ENZYME_KINDS = Set.of("converting", "cleaving", "degrading", "activating");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** Kinds of antigen that name a class, not one protein: "a cancer-testis antigen", "tumour-associated antigens". */
    private static final Set<String> ANTIGEN_CLASSES = Set.of("cancer-testis", "cancer testis", "tumor-associated",
            "tumour-associated", "tumor-specific", "tumour-specific", "cancer-specific", "tissue-specific");
    /** A word, or words the tokenizer kept joined by hyphens: "alpha-melanocyte" before "-stimulating". */
    private static final Pattern COMPOUND = Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*"); // "NEDD8-activating"
    /** Modifiers that end a name's start: determiners, prepositions, conjunctions. */
    private static final Set<String> STOPS = Set.of("a", "an", "the", "of", "and", "or", "to", "by", "with", "for", "in",
            "on", "its", "their", "this", "that", "these", "which", "called", "named", "into", "from", "at", "as",
            "too", "much", "little", "more", "less", "enough", "extra", "excess", // "releases too much growth hormone"
            "call", "calls", "name", "term", "termed", "dub", "dubbed"); // "which older texts call stromal cell-derived factor 1"
    private static final int MAX_MODIFIERS = 3;

    private final Predicate<String> isVerbForm;

    FactorNames(Predicate<String> isVerbForm) {
        this.isVerbForm = isVerbForm;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int head = 1; head < s.size(); head++) {
            String w = s.lower(head);
            int kind = hyphenStart(s, head - 1); // "colony-stimulating factor" is three tokens
            boolean named = w.equals("factor") || w.equals("hormone") || w.equals("hormones"); // "thyroid-stimulating hormone"
            int from = named && isFactorKind(s.lower(head - 1)) ? modifiersStart(s, kind) : head;
            int substrate = w.equals("enzyme") ? substrateStart(s, head - 1) : head; // "angiotensin-converting enzyme"
            // a modifier or a hyphenated kind makes a name ("colony-stimulating factor"); "a growth factor" names none
            if (from < head - 1 && (from < kind || kind < head - 1)) {
                add(s, from, isNumbered(s, head) ? head + 2 : head + 1, out); // "colony-stimulating factor 1"
            } else if (substrate < head) {
                add(s, substrate, isNumbered(s, head) ? head + 2 : head + 1, out);
            } else if ((w.equals("antigen") || w.equals("antigens")) && (kind < head - 1 || isCapitalised(s, head - 1))
                    && !ANTIGEN_CLASSES.contains(s.textOf(kind, head).toLowerCase(java.util.Locale.ROOT))) {
                add(s, kind, head + 1, out);
            } else if (isProtein(w) && s.lower(head - 1).endsWith("-binding") && s.lower(head - 1).length() > 9) {
                add(s, head - 1, isNumbered(s, head) ? head + 2 : head + 1, out); // "penicillin-binding protein 2", "...proteins"
            } else if (isProtein(w) && s.lower(head - 1).equals("binding") && kind < head - 1) {
                add(s, kind, isNumbered(s, head) ? head + 2 : head + 1, out); // the same, where the tokenizer split the hyphen
            }
        }
    }

    private static boolean isProtein(String w) {
        return w.equals("protein") || w.equals("proteins");
    }

    private static boolean isNumbered(Sentence s, int head) {
        return head + 1 < s.size() && MEMBER.matcher(s.token(head + 1).text()).matches();
    }

    private static boolean isFactorKind(String w) {
        return FACTOR_KINDS.contains(w) || KIND_AFTER_HYPHEN.contains(w);
    }

    /**
     * The first token of a hyphenated word the tokenizer split ("colony", "-", "stimulating"; "alpha-melanocyte", "-",
     * "stimulating"), or k itself.
     */
    private static int hyphenStart(Sentence s, int k) {
        return s.isJoiningHyphen(k - 1) && COMPOUND.matcher(s.token(k - 2).text()).matches() && isWord(s.token(k)) ? k - 2 : k;
    }

    /**
     * The first token of "angiotensin-converting" before an enzyme at {@code kind + 1}, one token or split at the
     * hyphen; {@code kind + 1} where the word before the enzyme names no substrate's conversion.
     */
    private static int substrateStart(Sentence s, int kind) {
        String w = s.lower(kind);
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 2 && ENZYME_KINDS.contains(w.substring(hyphen + 1))) {
            return kind;
        }
        int from = hyphenStart(s, kind);
        return ENZYME_KINDS.contains(w) && from < kind ? from : kind + 1;
    }

    /** "the Duffy antigen": a capitalised word, neither opening the sentence nor a symbol. */
    private static boolean isCapitalised(Sentence s, int k) {
        Token t = s.token(k);
        return k > 0 && t.isCapitalised() && t.text().length() > 2 && !t.text().equals(t.text().toUpperCase());
    }

    private static boolean isWord(Token t) {
        return WORD.matcher(t.text()).matches();
    }

    /** The first word of the factor's name, read leftwards from its kind word over at most three modifiers. */
    private int modifiersStart(Sentence s, int kind) {
        int from = kind;
        for (int n = 0; n < MAX_MODIFIERS && from > 0 && isModifier(s.token(from - 1)); n++) {
            from = hyphenStart(s, from - 1);
        }
        return from;
    }

    /** A word that may begin a factor's name: no function word, no verb ("to block nerve growth factor"). */
    private boolean isModifier(Token t) {
        return isWord(t) && !STOPS.contains(t.lower()) && !t.lower().endsWith("s") && !isVerbForm.test(t.lower());
    }

    private static void add(Sentence s, int from, int to, List<Mention> out) {
        out.add(MentionRecognizer.mention(s, from, to, EntityType.PROTEIN, s.textOf(from, to), null, 0.7, "phrase-factor",
                false));
    }
}
