package org.litkg.recognition;

import java.util.List;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * Integrins, named by their two chains in Greek letters with "integrin" before or after: "integrin αvβ6", "the α4β7
 * integrin", "αIIbβ3"; or by one chain with the word "integrin": "integrin beta-6", "β1 integrin". Their names have
 * neither a gene symbol's shape nor a protein noun of their own. One chain may be joined to the word: "α4-integrin".
 */
final class IntegrinNames implements MentionRecognizer {

    /** An alpha chain (a number, "v", "IIb", "L", "M", "X", "E", "D") and a beta chain's number, joined in one word. */
    private static final Pattern CHAINS = Pattern.compile("(α|alpha-?)(\\d{1,2}|v|V|IIb|L|M|X|E|D)(β|beta-?)\\d");
    /** One chain, named with "integrin" before or after it: "integrin beta-6", "integrin αv", "β1 integrin". */
    private static final Pattern CHAIN = Pattern.compile("(α|β|alpha-?|beta-?)(\\d{1,2}|v|V|IIb|L|M|X|E|D)");
    private static final String INTEGRIN = "integrin";

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            boolean joined = s.isJoiningHyphen(i + 1) && s.lower(i + 2).equals(INTEGRIN);
            if (joined && CHAIN.matcher(s.token(i).text()).matches()) {
                out.add(MentionRecognizer.mention(s, i, i + 3, EntityType.PROTEIN, s.textOf(i, i + 3), null, 0.8,
                        "shape-integrin", false)); // "α4-integrin": the chain joined to the word by a hyphen
                continue;
            }
            if (CHAIN.matcher(s.token(i).text()).matches()
                    && (s.lower(i - 1).equals(INTEGRIN) || s.lower(i + 1).equals(INTEGRIN))) {
                int from = s.lower(i - 1).equals(INTEGRIN) ? i - 1 : i;
                int to = from == i ? i + 2 : i + 1;
                out.add(MentionRecognizer.mention(s, from, to, EntityType.PROTEIN, s.textOf(from, to), null, 0.8,
                        "shape-integrin", false));
                continue;
            }
            if (!CHAINS.matcher(s.token(i).text()).matches()) {
                continue;
            }
            // the word "integrin" belongs to the name on either side; a bare pair of chains names one too ("αIIbβ3")
            int from = s.lower(i - 1).equals(INTEGRIN) ? i - 1 : i;
            int to = s.lower(i + 1).equals(INTEGRIN) || s.lower(i + 1).equals("integrins") ? i + 2 : i + 1;
            out.add(MentionRecognizer.mention(s, from, to, EntityType.PROTEIN, s.textOf(from, to), null, 0.85,
                    "shape-integrin", false));
        }
    }
}
