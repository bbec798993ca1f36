package org.litkg.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "Jiangsu Hengrui Pharmaceuticals ... it is run by Hengrui in China": a company named in full is named elsewhere in
 * the document by the word before its kind ("Pharmaceuticals", "Therapeutics", "Biosciences"), as news and letters
 * shorten it ("CStone" for CStone Pharmaceuticals). That word, capitalised and standing alone, is the company wherever
 * the document uses it, unless the document also writes it in lower case, as a word of the language ("Cancer" of "X
 * Cancer Therapeutics"). Only a company's kind shortens so: "Carrow Ridge University" is not "Ridge".
 */
final class CompanyShortNames {

    /** The last words of a company's name that a short name drops. */
    private static final Set<String> COMPANY_KINDS = Set.of("pharmaceuticals", "pharmaceutical", "pharma", "therapeutics",
            "biosciences", "biotherapeutics", "biotech", "biopharma", "biopharmaceuticals", "biopharmaceutics", "biologics");
    private static final int MIN_SHORT_NAME = 3;

    private CompanyShortNames() {
    }

    static void add(List<Sentence> sentences, List<List<Mention>> mentions, List<AliasDetector.Alias> aliases) {
        Map<String, Mention> shortNames = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                Sentence s = sentences.get(m.sentence());
                if (m.type() == EntityType.ORGANIZATION && !m.anaphoric() && m.length() >= 2
                        && COMPANY_KINDS.contains(s.lower(m.to() - 1))) {
                    String word = s.token(m.to() - 2).text();
                    if (word.length() >= MIN_SHORT_NAME && Character.isUpperCase(word.charAt(0))) {
                        shortNames.putIfAbsent(word, m);
                    }
                }
            }
        }
        shortNames.keySet().removeIf(word -> writtenInLowerCase(sentences, word)); // "Cancer" of "X Cancer Therapeutics"
        for (int si = 0; si < sentences.size() && !shortNames.isEmpty(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = mentions.get(si);
            List<Mention> added = new ArrayList<>();
            for (int k = 1; k < s.size(); k++) { // not the sentence's first word, which any capitalised word may be
                Mention company = shortNames.get(s.token(k).text());
                boolean alone = k + 1 == s.size() || !s.token(k + 1).isCapitalised();
                if (company != null && alone && !s.token(k - 1).isCapitalised() && !covered(ms, k)) {
                    Mention use = MentionRecognizer.mention(s, k, k + 1, EntityType.ORGANIZATION, company.name(),
                            company.lexiconId(), company.confidence() * 0.9, "alias", false);
                    added.add(use);
                    aliases.add(new AliasDetector.Alias(company, use));
                }
            }
            if (!added.isEmpty()) {
                ms.addAll(added);
                ms.sort(java.util.Comparator.comparingInt(Mention::from));
            }
        }
    }

    /** Whether the document writes the word in lower case too: a word of the language, not a company's own name. */
    private static boolean writtenInLowerCase(List<Sentence> sentences, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return sentences.stream().anyMatch(s -> s.tokens().stream().anyMatch(t -> t.text().equals(lower)));
    }

    private static boolean covered(List<Mention> ms, int k) {
        return ms.stream().anyMatch(m -> m.from() <= k && k < m.to());
    }
}
