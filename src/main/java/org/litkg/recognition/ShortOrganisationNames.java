package org.litkg.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A company named in full once ("X4 Pharmaceuticals", "Merrow Therapeutics") and then by its first word alone ("X4 is
 * also testing ...", "Merrow's lead drug"): the bare word, a proper noun where the full name is not, names the same
 * company. So does a university's town after "of" or "at" once the university is named ("the University of Oxford",
 * then "Professor X of Oxford").
 */
final class ShortOrganisationNames {

    /** The last words that make a name a company's, which a text drops once it has given the name in full. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("Therapeutics", "Pharmaceuticals", "Pharma",
            "Biosciences", "Bio", "Biologics", "Biotherapeutics", "Biotech", "Oncology", "Inc", "Inc.", "Ltd", "plc");

    private ShortOrganisationNames() {
    }

    static List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<String, Mention> named = new HashMap<>(); // first word -> the company's full mention
        Map<String, Mention> towns = new HashMap<>(); // town -> the university's full mention
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < mentions.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = new ArrayList<>(mentions.get(si));
            for (Mention m : mentions.get(si)) {
                String[] words = m.text().split("\\s+");
                if (m.type() == EntityType.ORGANIZATION && !m.anaphoric() && words.length >= 2
                        && COMPANY_SUFFIXES.contains(words[words.length - 1].replaceAll(",$", ""))) {
                    named.putIfAbsent(words[0], m);
                }
                if (m.type() == EntityType.ORGANIZATION && words.length == 3 && words[0].equals("University")
                        && words[1].equals("of")) {
                    towns.putIfAbsent(words[2], m); // "University of Oxford"
                }
            }
            for (int k = 0; k < s.size(); k++) {
                Mention company = named.get(s.token(k).text());
                Mention university = placed(s, k) ? towns.get(s.token(k).text()) : null;
                company = company != null ? company : university;
                boolean before = company != null && (company.sentence() < si || company.to() <= k);
                if (before && isBare(s, ms, k, company)) {
                    ms.add(MentionRecognizer.mention(s, k, k + 1, EntityType.ORGANIZATION, company.name(),
                            company.lexiconId(), 0.7, "company-short-name", false));
                }
            }
            ms.sort(Comparator.comparingInt(Mention::from));
            out.add(ms);
        }
        return out;
    }

    /** Whether the word at k follows "of" or "at", as a university's town does: "Professor X of Oxford". */
    private static boolean placed(Sentence s, int k) {
        return k > 0 && (s.lower(k - 1).equals("of") || s.lower(k - 1).equals("at"));
    }

    /** Whether the word at k stands alone, in no mention and not opening the full name, and as a proper noun. */
    private static boolean isBare(Sentence s, List<Mention> ms, int k, Mention company) {
        String[] words = company.text().split("\\s+");
        boolean full = k + 1 < s.size() && s.token(k + 1).text().equals(words[1]) || s.lower(k - 1).equals("of")
                && s.lower(k - 2).equals("university");
        boolean covered = ms.stream().anyMatch(m -> m.from() <= k && k < m.to());
        boolean proper = s.token(k).pos().equals("PROPN") || s.token(k).text().chars().anyMatch(Character::isDigit);
        return !full && !covered && proper;
    }
}
