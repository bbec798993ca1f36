package org.litkg.recognition;

import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The posts only a company has, which say that the name before them is a company's: "Immune-Onc's chief medical
 * officer", "Tarnfield CEO Mira Solberg-Akande".
 */
final class CompanyOfficers {

    /** A company's officers, whom only an organisation has: "X's chief executive", "X's chief medical officer". */
    private static final Set<String> CORPORATE_ROLES = Set.of("chief", "ceo", "cmo", "cso", "cfo", "coo", "founder",
            "co-founder", "spokesperson", "spokesman", "spokeswoman", "president", "chairman", "chairwoman");

    private CompanyOfficers() {
    }

    /** Whether the name ending at end is followed by a possessive and a corporate role: "Immune-Onc's chief". */
    static boolean isEmployer(Sentence s, int end) {
        return end + 1 < s.size() && s.token(end).isPossessive() && CORPORATE_ROLES.contains(s.lower(end + 1));
    }

    /**
     * An officer's short title in capitals ("CEO", "CMO") inside a run of capitalised words, between the company's
     * name and the officer's: its token, else -1.
     */
    static int titleInRun(Sentence s, int from, int end, PersonNames persons) {
        for (int k = from + 1; k < end - 2; k++) {
            String w = s.token(k).text();
            if (w.length() == 3 && w.equals(w.toUpperCase(Locale.ROOT)) && CORPORATE_ROLES.contains(s.lower(k))
                    && persons.isPersonName(s, k + 1, end) && persons.isPersonName(s, from, k)) {
                return k;
            }
        }
        return -1;
    }
}
