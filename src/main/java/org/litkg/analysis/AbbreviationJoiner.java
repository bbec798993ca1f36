package org.litkg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litkg.document.AuthorLines;
import org.litkg.document.SignatureBlocks;
import org.litkg.document.Span;

/**
 * Rejoins sentences the sentence model split after an abbreviation that does not end a sentence
 * before a name: "Washington University in St. | Louis", "said Dr. | Teresa Tarrant", "said Ana M. | Costa", or
 * a month's before its day: "published Nov. | 18 in".
 * A parenthesis the model split inside closes in the next piece's first characters: "(T.H.-V., E. | F.)". "No." and
 * "Fig." abbreviate only before a number: "No. The FDA approved it" is an answer and a sentence, which
 * the sentence model leaves joined and this class splits. A byline is one sentence, however many initials it holds:
 * "M. Delahaye-Osei¹, T. Reinholt², Y. Amankwah-Sato¹". A citation's year and volume go on its journal's sentence.
 * A news ticker's headlines, run together on a line between bullets, are split into sentences of their own.
 */
final class AbbreviationJoiner {

    private static final Set<String> ABBREVIATIONS = Set.of("st.", "dr.", "prof.", "mr.", "mrs.", "ms.", "mt.", "ft.",
            "vs.", "approx.", "e.g.", "i.e.", "al.", "jr.", "sr.", "gen.", "gov.", "sen.", "rep.");

    /** Abbreviations that go on before a number: "No. 4", "Fig. 2", and a month's ("published Nov. 18 in"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no.", "fig.", "jan.", "feb.", "mar.", "apr.", "jun.",
            "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    private AbbreviationJoiner() {
    }

    static List<Span> join(String text, opennlp.tools.util.Span[] detected) {
        List<Span> out = new ArrayList<>(detected.length);
        for (opennlp.tools.util.Span d : detected) {
            Span current = new Span(d.getStart(), d.getEnd());
            if (!out.isEmpty() && (endsWithAbbreviation(out.get(out.size() - 1).of(text), current.of(text))
                    || onOneByline(text, out.get(out.size() - 1), current))) {
                Span previous = out.remove(out.size() - 1);
                current = new Span(previous.start(), current.end());
            }
            Matcher answer = ANSWER.matcher(current.of(text));
            if (answer.lookingAt()) {
                out.add(new Span(current.start(), current.start() + answer.end(1)));
                current = new Span(current.start() + answer.end(), current.end());
            }
            out.addAll(atSeparators(text, current));
        }
        return out;
    }

    /** A run of bullets between items on one line, as a news ticker runs its headlines: "... in myeloma ••• Study". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+[•●◆■▪]{2,}\\s+");

    /** The span split at the item separators inside it; each item is a sentence of its own. */
    private static List<Span> atSeparators(String text, Span span) {
        List<Span> items = new ArrayList<>();
        Matcher separator = ITEM_SEPARATOR.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (separator.find()) {
            items.add(new Span(start, separator.start()));
            start = separator.end();
        }
        items.add(new Span(start, span.end()));
        return items;
    }

    /** A citation's year, volume and pages, which go on the journal's sentence: "Blood. | 2026;147(9):1012-1025". */
    private static final Pattern CITED_ISSUE = Pattern.compile("\\s*(19|20)\\d{2}\\s*;\\s*\\d");

    /** A one-word answer opening a sentence the model did not split: "No. The Food and Drug Administration ...". */
    private static final Pattern ANSWER = Pattern.compile("(?:No|Yes)(\\.)\\s+(?=\\p{Lu})");

    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"“‘']+");

    private static boolean endsWithAbbreviation(String sentence, String next) {
        String trimmed = sentence.stripTrailing();
        int space = Math.max(trimmed.lastIndexOf(' '), Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('\n')));
        // past an opening quote: 'Narration: "Dr. | X's team at ...' is one sentence
        String word = trimmed.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        String last = OPENING_QUOTES.matcher(word).replaceFirst("");
        if (BEFORE_NUMBERS.contains(last)) {
            String rest = next.stripLeading();
            return !rest.isEmpty() && Character.isDigit(rest.charAt(0));
        }
        // "said Brian Wong, M.D., Ph.D., | President of X": the model split after a degree's stop, but a comma ends no sentence
        boolean comma = trimmed.endsWith(",") && !next.isBlank() && Character.isLetter(next.stripLeading().charAt(0));
        return comma || ABBREVIATIONS.contains(last) || MIDDLE_INITIAL.matcher(trimmed).find()
                || SignatureBlocks.DOTTED_DEGREE_END.matcher(trimmed).find() // a letter's "X, M.D." over the next signer
                || CITED_ISSUE.matcher(next).lookingAt()
                || FIRST_INITIAL.matcher(trimmed).find() || closesSoon(trimmed, next);
    }

    /** How far into the next piece a parenthesis left open may close for the two to be one sentence. */
    private static final int CLOSING_REACH = 12;

    /** Initials in a parenthesis the model split after: "Spain (T.H.-V., E. | F.); Peter MacCallum ...". */
    private static boolean closesSoon(String sentence, String next) {
        int open = sentence.lastIndexOf('(');
        int close = next.indexOf(')');
        return open >= 0 && sentence.indexOf(')', open) < 0 && close >= 0 && close < CLOSING_REACH
                && next.substring(0, close).indexOf('(') < 0;
    }

    /**
     * A first initial after a label's colon, a preposition that introduces a person or a title: "Signed: R. |
     * Sandoval", "Registrar: Dr. K. | Varga".
     */
    private static final Pattern FIRST_INITIAL =
            Pattern.compile("(:|\\b(by|with|and|from)|\\b(Dr|Prof|Mr|Mrs|Ms)\\.)\\s+[A-Z]\\.$");

    /** A first name and a middle initial, not opening the sentence: "said Ana M. | Costa". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL =
            java.util.regex.Pattern.compile("\\S\\s+[A-Z][a-z]+\\s[A-Z]\\.$");

    /** Whether two pieces lie on one line that is a byline of marked names ({@link AuthorLines}). */
    private static boolean onOneByline(String text, Span previous, Span current) {
        int last = previous.end() - 1;
        if (last < 1 || text.charAt(last) != '.' || !Character.isUpperCase(text.charAt(last - 1))
                || last >= 2 && Character.isLetter(text.charAt(last - 2))) {
            return false; // only an initial ("M.") is cut from the name after it; prose pays for no byline check
        }
        int lineStart = text.lastIndexOf('\n', previous.start()) + 1;
        int lineEnd = text.indexOf('\n', previous.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return current.end() <= lineEnd && !AuthorLines.authors(text.substring(lineStart, lineEnd)).isEmpty();
    }
}
