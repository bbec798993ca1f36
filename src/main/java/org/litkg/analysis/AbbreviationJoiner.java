package org.litkg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.document.Span;

/**
 * Rejoins sentences the sentence model split after an abbreviation that does not end a sentence
 * before a name: "Washington University in St. | Louis", "said Dr. | Teresa Tarrant", "said Ana M. | Costa".
 */
final class AbbreviationJoiner {

    private static final Set<String> ABBREVIATIONS = Set.of("st.", "dr.", "prof.", "mr.", "mrs.", "ms.", "mt.", "ft.",
            "no.", "fig.", "vs.", "approx.", "e.g.", "i.e.", "al.", "jr.", "sr.", "gen.", "gov.", "sen.", "rep.");

    private AbbreviationJoiner() {
    }

    static List<Span> join(String text, opennlp.tools.util.Span[] detected) {
        List<Span> out = new ArrayList<>(detected.length);
        for (opennlp.tools.util.Span d : detected) {
            Span current = new Span(d.getStart(), d.getEnd());
            if (!out.isEmpty() && endsWithAbbreviation(out.get(out.size() - 1).of(text))) {
                Span previous = out.remove(out.size() - 1);
                current = new Span(previous.start(), current.end());
            }
            out.add(current);
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        String trimmed = sentence.stripTrailing();
        int space = Math.max(trimmed.lastIndexOf(' '), Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('\n')));
        String last = trimmed.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(last) || MIDDLE_INITIAL.matcher(trimmed).find();
    }

    /** A first name and a middle initial, not opening the sentence: "said Ana M. | Costa". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL =
            java.util.regex.Pattern.compile("\\S\\s+[A-Z][a-z]+\\s[A-Z]\\.$");
}
