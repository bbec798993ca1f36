package org.litkg.analysis;

import java.util.List;
import org.litkg.document.Span;

/**
 * A sentence: its index in the document, its place in the document text, and its tokens.
 *
 * @param index  position among the document's analysed sentences, from 0
 * @param span   character range in the document text
 * @param text   the sentence as written
 * @param tokens its tokens, in order
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The lower-case text of token i, or "" outside the sentence: lets patterns look around freely. */
    public String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** The text of tokens [from, to) as written in the document, spacing included. */
    public String textOf(int from, int to) {
        int s = tokens.get(from).span().start() - span.start();
        int e = tokens.get(to - 1).span().end() - span.start();
        return text.substring(s, e);
    }

    /**
     * The first token after a colon as written within {@code maxTokens} tokens after token {@code from} ("Word:
     * plerixafor", a transcript's "BALIXAFORTIDE: I do."), else {@code from}. The colon is looked for as written, since
     * a glossary's colon reads as "is" (GlossaryColons).
     */
    public int afterWrittenColon(int from, int maxTokens) {
        for (int k = from + 1; k <= from + maxTokens && k < tokens.size(); k++) {
            if (textOf(k, k + 1).equals(":")) {
                return k + 1;
            }
        }
        return from;
    }

    /** How many words a short field's label may have: "Definition:", "Also called:". */
    private static final int SHORT_LABEL_WORDS = 2;

    /**
     * The first word after a list item's label, a number or a lettered part: 2 in "5. True or false" and in "a) HIV's
     * envelope protein binds", 0 where no label opens the item (a letter with a stop is an initial: "A. Fleming").
     */
    public int itemLabelEnd() {
        boolean numbered = lower(0).matches("\\d{1,3}") && (lower(1).equals(".") || lower(1).equals(")"));
        boolean lettered = lower(0).matches("[a-z]") && lower(1).equals(")");
        return size() > 2 && (numbered || lettered) ? 2 : 0;
    }

    /**
     * The first token of a short field's value, where a label opens the sentence ("Definition: A synthetic peptide
     * drug that ..."), else 0: the value opens as a sentence would.
     */
    public int afterShortLabel() {
        return labelColon(SHORT_LABEL_WORDS) + 1;
    }

    /**
     * Where the colon of a field's label opening the sentence is, the label being at most {@code maxWords} tokens
     * ("Short title:", "Participating sites:"); -1 where the sentence opens with no such label.
     */
    public int labelColon(int maxWords) {
        for (int k = 1; k <= maxWords && k < tokens.size(); k++) {
            if (lower(k).equals(":")) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the token that starts at character {@code offset} of the document, or -1. */
    public int tokenStartingAt(int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().start() == offset) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether token k is a hyphen written against the tokens on both sides, as the tokenizer cuts a hyphenated word
     * ("PPAR" "-" "delta", "tumour" "-" "resident"), not a dash between spaced words.
     */
    public boolean isJoiningHyphen(int k) {
        String dash = k > 0 && k + 1 < tokens.size() ? tokens.get(k).text() : "";
        // an en dash written without spaces joins too: "an antibody–drug conjugate"
        return (dash.equals("-") || dash.equals("–")) && writtenTogether(k - 1, k + 1);
    }

    /** Whether the lower-case {@code word} stands strictly between tokens from and to. */
    public boolean wordBetween(int from, int to, String word) {
        return anyWordBetween(from, to, java.util.Set.of(word));
    }

    /** Whether one of the lower-case {@code words} stands strictly between tokens from and to. */
    public boolean anyWordBetween(int from, int to, java.util.Set<String> words) {
        for (int k = from + 1; k < to; k++) {
            if (words.contains(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from to {@code last} (both in the sentence) are written with no space between: "CDK4" "/" "6". */
    public boolean writtenTogether(int from, int last) {
        for (int j = from; j < last; j++) {
            if (tokens.get(j).span().end() != tokens.get(j + 1).span().start()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line break stands between token k and the token before it: a signature block's lines are one block. */
    public boolean lineBreakBefore(int k) {
        if (k <= 0 || k >= tokens.size()) {
            return false;
        }
        int from = tokens.get(k - 1).span().end() - span.start();
        int lineBreak = text.indexOf('\n', from); // no copy: name runs ask this of most capitalised tokens
        return lineBreak >= 0 && lineBreak < tokens.get(k).span().start() - span.start();
    }

    /** The span covering tokens [from, to). */
    public Span spanOf(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
