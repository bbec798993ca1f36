package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A term the text defines for a name in a filing's or contract's manner: 'Tessaline Therapeutics, Inc. (the
 * "Company")', 'Orvane Bio ("Orvane")'. The quoted word is another name of the entity wherever the text uses it, and
 * its definition outweighs what a later sentence's context would guess ('risks described in the Company's annual
 * report' names no journal).
 */
final class DefinedTerms {

    /** A company's legal form, written after its name and a comma before a definition. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc.", "inc", "llc", "ltd.", "ltd", "plc", "ag", "s.a.",
            "n.v.", "gmbh", "corp.", "corp", "co.", "l.p.", "limited", "corporation", "se");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");

    private DefinedTerms() {
    }

    /**
     * Whether one-word terms are defined in quotes right after the mention; if so each becomes a short form of the
     * mention, here and wherever the text uses it, and is noted in {@code defined}.
     */
    static boolean define(Sentence s, Mention m, List<Mention> ms, List<AliasDetector.Alias> aliases,
                          Map<String, Mention> shortForms, Set<String> defined) {
        List<Integer> terms = quotedTermsAfter(s, m.to());
        for (int term : terms) {
            ms.remove(AliasDetector.mentionAt(ms, term));
            AliasDetector.addShortForm(s, term, m, AliasDetector.SHORT_FORM_CONFIDENCE, ms, aliases, shortForms);
            defined.add(s.token(term).text());
        }
        return !terms.isEmpty();
    }

    /**
     * The tokens of the one-word terms defined in quotes right after a name ending at {@code end}: '(the "Company")',
     * past a stock ticker '(ASX: CVB, "Corvallen" or "the Company")'; none where there is no such definition.
     */
    private static List<Integer> quotedTermsAfter(Sentence s, int end) {
        int k = end;
        if (s.lower(k).equals(",") && LEGAL_FORMS.contains(s.lower(k + 1))) {
            k += 2;
        }
        if (!s.lower(k).equals("(")) {
            return List.of();
        }
        k++;
        if (s.lower(k + 1).equals(":") && s.lower(k + 3).equals(",") && isTicker(s.token(k).text())) {
            k += 4; // "ASX: CVB," "NASDAQ: ABCD,"
        }
        List<Integer> terms = new java.util.ArrayList<>();
        while (true) {
            if (s.lower(k).equals("the")) {
                k++;
            }
            int term = s.lower(k + 1).equals("the") ? k + 2 : k + 1; // 'the "Company"' or '"the Company"'
            if (!QUOTES.contains(s.lower(k)) || !QUOTES.contains(s.lower(term + 1))) {
                return terms;
            }
            String w = s.token(term).text();
            String after = s.lower(term + 2);
            if (!(after.equals(")") || after.equals("or") || after.equals(",")) || w.length() < 2
                    || !Character.isUpperCase(w.charAt(0))) {
                return terms;
            }
            terms.add(term);
            if (after.equals(")")) {
                return terms;
            }
            k = term + 3; // past "or" or ","
        }
    }

    /** A stock exchange's short name before a ticker: "ASX", "NASDAQ", "NYSE", "LSE". */
    private static boolean isTicker(String w) {
        return w.length() >= 3 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }
}
