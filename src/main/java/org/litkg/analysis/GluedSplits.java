package org.litkg.analysis;

import java.util.regex.Pattern;
import org.litkg.document.Span;

/**
 * Words the OpenNLP tokenizer cuts apart with nothing between the parts, which are one word: some gene symbols' capitals
 * ("AK" "T" for AKT) and some capitalised given names ("Le" "if" for Leif). Two words written as one ("Can" "not")
 * stay apart.
 */
final class GluedSplits {

    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern CAPITALS_TAIL = Pattern.compile("[A-Z0-9]+");
    private static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");

    private GluedSplits() {
    }

    /** Whether the two tokens, with nothing between them, are one word the tokenizer cut. */
    static boolean isWordSplit(String text, Span first, Span second) {
        if (first.end() != second.start()) {
            return false;
        }
        String a = first.of(text);
        String b = second.of(text);
        boolean capitals = CAPITALS.matcher(a).matches() && CAPITALS_TAIL.matcher(b).matches();
        boolean name = TITLE_CASE_WORD.matcher(a).matches() && LOWER_WORD.matcher(b).matches()
                && !(a + b).equalsIgnoreCase("cannot");
        return capitals || name;
    }
}
