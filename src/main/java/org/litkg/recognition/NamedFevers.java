package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * Fevers named for a place, a river or a virus ("Lassa fever", "Rift Valley fever", "Crimean-Congo haemorrhagic
 * fever") or by their kind ("dengue fever", "typhoid fever"), which are diseases, where "a high fever" is a symptom.
 * The name before "fever" is a run of capitalised words, with the kind words between; a listed fever ("Q fever",
 * perhaps "chronic Q fever" in the text) keeps its entry.
 */
final class NamedFevers implements MentionRecognizer {

    /** Lower-case words that name a kind of fever: "dengue fever", "Rocky Mountain spotted fever". */
    private static final Set<String> KINDS = Set.of("dengue", "yellow", "typhoid", "paratyphoid", "scarlet", "rheumatic",
            "haemorrhagic", "hemorrhagic", "spotted", "relapsing", "glandular", "enteric", "undulant", "hay");
    /** The longest name before "fever", in tokens: "Crimean - Congo haemorrhagic". */
    private static final int MAX_NAME = 5;

    private final Cues cues;

    NamedFevers(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> candidates) {
        for (int i = 1; i < s.size(); i++) {
            if (!s.lower(i).equals("fever") || listedEndingAt(candidates, i + 1)) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < MAX_NAME && namesFever(s, from - 1)) {
                from--;
            }
            while (from < i && !KINDS.contains(s.lower(from)) && !NameRuns.startsName(s.token(from))) {
                from++; // "Crimean-Congo": no run opens with its hyphen
            }
            if (from < i) {
                candidates.add(MentionRecognizer.mention(s, from, i + 1, EntityType.DISEASE, s.textOf(from, i + 1), null,
                        0.8, "phrase-fever", false));
            }
        }
    }

    private boolean namesFever(Sentence s, int k) {
        String w = s.token(k).text();
        boolean name = NameRuns.startsName(s.token(k)) && !cues.is(Category.STOP_MODIFIER, s.lower(k))
                && !cues.is(Category.NOT_A_NAME, w);
        boolean hyphen = w.equals("-") && k > 0 && NameRuns.startsName(s.token(k - 1));
        return name || hyphen || KINDS.contains(s.lower(k));
    }

    private static boolean listedEndingAt(List<Mention> candidates, int end) {
        return candidates.stream().anyMatch(m -> m.to() == end && m.type() == EntityType.DISEASE
                && "lexicon".equals(m.method()));
    }
}
