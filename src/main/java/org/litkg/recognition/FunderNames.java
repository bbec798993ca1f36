package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Charities named for the disease they fund research on ("Defeat Arthritis", "Blood Cancer UK"): a capitalised name
 * that reads as a disease is an organisation where the text says it funds or supports the work.
 */
final class FunderNames {

    private FunderNames() {
    }

    /** Participles whose "by" names a funder: "funded by", "supported by". */
    private static final Set<String> FUNDED = Set.of("funded", "supported", "backed", "financed", "sponsored",
            "co-funded", "part-funded");
    /** Nouns whose "from" names a funder: "a grant from", "funding from". */
    private static final Set<String> FUNDING = Set.of("grant", "grants", "funding", "funds", "support", "donation",
            "donations");
    /** Words that may stand between the funding phrase and a later funder in its list: "by the MRC and Defeat". */
    private static final Set<String> LIST_WORDS = Set.of("and", ",", "the");

    /** Whether the disease-like mention m, in sentence s with its mentions ms, names a funder. */
    static boolean isFunder(Sentence s, List<Mention> ms, Mention m) {
        if (m.anaphoric() || m.length() < 2 || !allCapitalised(s, m)) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= 1) {
            Mention listed = Mention.endingAt(ms, k);
            if (LIST_WORDS.contains(s.lower(k))) {
                k--;
            } else if (listed != null) {
                k = listed.from() - 1; // "funded by the Wellcome Trust and Defeat Arthritis"
            } else {
                break;
            }
        }
        return k >= 1 && (s.lower(k).equals("by") && FUNDED.contains(s.lower(k - 1))
                || s.lower(k).equals("from") && FUNDING.contains(s.lower(k - 1)));
    }

    /**
     * Where the funder's name ends: past capitalised words after the disease-like words ("Blood Cancer UK"), up to
     * another mention or the next word that is not capitalised.
     */
    static int nameEnd(Sentence s, List<Mention> ms, Mention m) {
        int end = m.to();
        while (end < s.size() && s.token(end).isCapitalised() && Mention.startingAt(ms, end) == null) {
            end++;
        }
        return end;
    }

    private static boolean allCapitalised(Sentence s, Mention m) {
        for (int k = m.from(); k < m.to(); k++) {
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }
}
