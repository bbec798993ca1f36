package org.litkg.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "their tumours carried the protein claudin 18.2 ... zolbetuximab attaches to claudin 18.2": a name of
 * several words that only its context typed (a protein noun or a disease apposition before it) is that
 * entity wherever the same words recur in the document, as single-word context names already are; so is a drug's plain
 * description in the form it is given ({@link DescribedForms}).
 */
final class ContextPhraseUses {

    private static final Set<String> METHODS = Set.of("context-protein", "context-disease", DescribedForms.METHOD);

    private ContextPhraseUses() {
    }

    static void add(List<Sentence> sentences, List<List<Mention>> mentions, List<AliasDetector.Alias> aliases) {
        Map<List<String>, Mention> phrases = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (METHODS.contains(m.method()) && m.length() >= 2 && !m.anaphoric()) {
                    phrases.putIfAbsent(words(sentences.get(m.sentence()), m.from(), m.to()), m);
                }
            }
        }
        if (phrases.isEmpty()) {
            return;
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = mentions.get(si);
            List<Mention> added = new ArrayList<>();
            for (Map.Entry<List<String>, Mention> phrase : phrases.entrySet()) {
                int n = phrase.getKey().size();
                for (int k = 0; k + n <= s.size(); k++) {
                    if (matchesAt(s, k, phrase.getKey()) && !overlaps(ms, k, k + n) && !overlaps(added, k, k + n)) {
                        Mention named = phrase.getValue();
                        Mention use = MentionRecognizer.mention(s, k, k + n, named.type(), named.name(), named.lexiconId(),
                                named.confidence() * 0.9, "alias", false);
                        added.add(use);
                        aliases.add(new AliasDetector.Alias(named, use));
                    }
                }
            }
            if (!added.isEmpty()) {
                ms.addAll(added);
                ms.sort(java.util.Comparator.comparingInt(Mention::from));
            }
        }
    }

    private static List<String> words(Sentence s, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(s.token(k).text().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether the sentence's tokens from {@code k} are the phrase's words, compared without building a list. */
    private static boolean matchesAt(Sentence s, int k, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!s.token(k + j).text().equalsIgnoreCase(words.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<Mention> ms, int from, int to) {
        return ms.stream().anyMatch(m -> m.from() < to && from < m.to());
    }
}
