package org.litkg.analysis;

import java.util.List;
import org.litkg.document.Span;

/**
 * Square brackets that mark words without setting them apart: an answer key's filled-in blanks ("[CCL19] and CCL21
 * bind CCR7"), an editor's words in a quotation ("[Plerixafor] frees the T cells"). The brackets are left out, so the
 * words inside read as part of their sentence. Brackets holding a number ("[12]", a reference, "[ROLL VT - 0:45]",
 * a cue) stay.
 */
final class EditorialBrackets {

    /** How many tokens such brackets may hold: "[regulatory T cells]". */
    private static final int MAX_WORDS = 4;

    private EditorialBrackets() {
    }

    static List<Span> unbracketed(String text, List<Span> spans) {
        if (text.indexOf('[') < 0) {
            return spans; // most sentences
        }
        boolean[] drop = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            if (!spans.get(i).of(text).equals("[")) {
                continue;
            }
            int close = i + 1;
            boolean words = close < spans.size() && Character.isLetter(spans.get(close).of(text).charAt(0));
            while (words && close < spans.size() && close <= i + MAX_WORDS + 1
                    && !spans.get(close).of(text).equals("]")) {
                String w = spans.get(close).of(text);
                words = w.chars().anyMatch(Character::isLetter) || w.equals("-") || w.equals("+"); // not "2", "0:45"
                close++;
            }
            if (words && close < spans.size() && spans.get(close).of(text).equals("]")) {
                drop[i] = true;
                drop[close] = true;
            }
        }
        return TokenRefiner.without(spans, drop);
    }
}
