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
     * Whether a one-word term is defined in quotes right after the mention; if so it becomes a short form of the
     * mention, here and wherever the text uses it, and is noted in {@code defined}.
     */
    static boolean define(Sentence s, Mention m, List<Mention> ms, List<AliasDetector.Alias> aliases,
                          Map<String, Mention> shortForms, Set<String> defined) {
        int term = quotedTermAfter(s, m.to());
        if (term < 0) {
            return false;
        }
        ms.remove(AliasDetector.mentionAt(ms, term));
        AliasDetector.addShortForm(s, term, m, AliasDetector.SHORT_FORM_CONFIDENCE, ms, aliases, shortForms);
        defined.add(s.token(term).text());
        return true;
    }

    /** The token of the one-word term defined in quotes right after a name ending at {@code end}, or -1. */
    private static int quotedTermAfter(Sentence s, int end) {
        int k = end;
        if (s.lower(k).equals(",") && LEGAL_FORMS.contains(s.lower(k + 1))) {
            k += 2;
        }
        if (!s.lower(k).equals("(")) {
            return -1;
        }
        k++;
        if (s.lower(k).equals("the")) {
            k++;
        }
        if (!QUOTES.contains(s.lower(k)) || !QUOTES.contains(s.lower(k + 2))) {
            return -1;
        }
        int term = k + 1;
        String w = s.token(term).text();
        String after = s.lower(k + 3);
        boolean closes = after.equals(")") || after.equals("or") || after.equals(",");
        return closes && w.length() >= 2 && Character.isUpperCase(w.charAt(0)) ? term : -1;
    }
}
