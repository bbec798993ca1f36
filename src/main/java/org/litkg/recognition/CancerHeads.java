package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Acute myeloid leukaemia (AML) often returns because some leukaemia cells hide ...": a bare cancer word
 * after the document has named one cancer with that word as its head stands for that cancer, as "the
 * tumour" does for the cancer in focus. The bare mention becomes a reference named like the cancer, so it
 * adds no name to the entity (and so no false identity across documents). Where the document names two
 * cancers with that head ("AML ... CLL ... leukaemia"), the word stays a name of its own.
 */
final class CancerHeads {

    private CancerHeads() {
    }

    static List<List<Mention>> refer(List<List<Mention>> mentions) {
        Map<String, Set<String>> specificByHead = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                if (m.type() == EntityType.CANCER && !m.anaphoric() && m.name().contains(" ")) {
                    specificByHead.computeIfAbsent(head(m.name()), k -> new HashSet<>()).add(Lexicon.key(m.name()));
                }
            }
        }
        Set<String> seenHeads = new HashSet<>();
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (List<Mention> ms : mentions) {
            List<Mention> updated = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                boolean specific = m.type() == EntityType.CANCER && !m.anaphoric() && m.name().contains(" ");
                Set<String> candidates = specificByHead.getOrDefault(spelling(m.name()), Set.of());
                boolean bare = m.type() == EntityType.CANCER && !m.anaphoric() && !m.name().contains(" ");
                if (bare && candidates.size() == 1 && seenHeads.contains(spelling(m.name()))) {
                    updated.add(new Mention(m.sentence(), m.from(), m.to(), m.span(), m.text(), m.type(), m.name(), null,
                            m.confidence(), "anaphor-head", true));
                } else {
                    updated.add(m);
                }
                if (specific) {
                    seenHeads.add(head(m.name()));
                }
            }
            out.add(updated);
        }
        return out;
    }

    private static String head(String name) {
        return spelling(name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * The head at token {@code head} as the text spells it, singular ("tumours": "tumour"), where it is the word
     * {@code headName} names in either spelling; else {@code headName}. A name built on it ("Ovarian and pancreatic
     * tumours": "ovarian tumour") then reads as the text does.
     */
    static String asWritten(org.litkg.analysis.Sentence s, int head, String headName) {
        String written = org.litkg.analysis.Lemmatizer.singular(s.lower(head));
        return spelling(written).equals(spelling(headName)) ? written : headName;
    }

    /** British and American spellings of one word: leukaemia, leukemia; tumour, tumor. */
    private static String spelling(String word) {
        return AmericanSpellings.of(word.toLowerCase(Locale.ROOT));
    }
}
