package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "A paper showing that tumour cells release CCL5", in a text that names no cancer: "tumour cells" refer to no cancer
 * in focus, for there is none, and are the only tumour the text tells of, so they name an entity of their own, a cancer
 * called "tumour cell". Where the text names a cancer, they stay a reference to it (extraction's FocusCancers); after a
 * quantifier ("many cancer cells carry CXCR4") they are cancer cells in general, and stay a reference to nothing. So
 * does a tumour word alone: "the tumour releases CXCL12" tells of a tumour called "tumour".
 */
public final class UnnamedCancerCells {

    private static final Set<String> CANCER_WORDS = Set.of("tumour", "tumor", "cancer");
    /** Words that make a cancer word the kind in general: "many cancer cells", "most tumours", "any cancer". */
    public static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "several", "all", "other", "various",
            "any", "few");

    private UnnamedCancerCells() {
    }

    static List<List<Mention>> name(List<Sentence> sentences, List<List<Mention>> mentions) {
        boolean cancerNamed = mentions.stream().flatMap(List::stream)
                .anyMatch(m -> m.type() == EntityType.CANCER && !m.anaphoric());
        if (cancerNamed) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < mentions.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> updated = new ArrayList<>();
            for (Mention m : mentions.get(si)) {
                updated.add(isCancerCells(s, m) ? named(s, m) : isBareTumour(s, m) ? namedTumour(s, m) : m);
            }
            out.add(updated);
        }
        return out;
    }

    /** A reference to a cancer ending in "tumour cells" or "cancer cells", not after a quantifier. */
    private static boolean isCancerCells(Sentence s, Mention m) {
        int head = m.to() - 1;
        return m.anaphoric() && m.type() == EntityType.CANCER && head > m.from() && s.lower(head).startsWith("cell")
                && CANCER_WORDS.contains(s.lower(head - 1)) && !QUANTIFIERS.contains(s.lower(head - 2));
    }

    private static final Set<String> TUMOUR_WORDS = Set.of("tumour", "tumours", "tumor", "tumors");

    /**
     * A reference that is a tumour word alone, perhaps after "the" or "a" ("the tumour releases CXCL12", "tumours in
     * older patients make less XCL1"), not after a quantifier: in a text that names no cancer, the tumour it tells of.
     */
    private static boolean isBareTumour(Sentence s, Mention m) {
        int head = m.to() - 1;
        boolean bare = head == m.from() || head == m.from() + 1 && (s.lower(m.from()).equals("the")
                || s.lower(m.from()).equals("a"));
        boolean general = java.util.stream.IntStream.rangeClosed(m.from() - 2, head)
                .anyMatch(k -> QUANTIFIERS.contains(s.lower(k))); // "by many solid tumours"
        return m.anaphoric() && m.type() == EntityType.CANCER && bare && TUMOUR_WORDS.contains(s.lower(head))
                && !general && !PLACES.contains(s.lower(head - 1)) && !PLACES.contains(s.lower(head - 2));
    }

    /** Prepositions that make a tumour a place cells are in: "regulatory T cells inside tumours". */
    private static final Set<String> PLACES = Set.of("inside", "in", "within", "into", "throughout");

    private static Mention namedTumour(Sentence s, Mention m) {
        int head = m.to() - 1;
        String word = s.lower(head);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return new Mention(m.sentence(), head, m.to(), s.spanOf(head, m.to()), s.textOf(head, m.to()),
                EntityType.CANCER, singular, null, m.confidence(), "unnamed-tumour", false);
    }

    private static Mention named(Sentence s, Mention m) {
        int head = m.to() - 1;
        return new Mention(m.sentence(), head - 1, m.to(), s.spanOf(head - 1, m.to()), s.textOf(head - 1, m.to()),
                EntityType.CANCER, s.lower(head - 1) + " cell", null, m.confidence(), "unnamed-cancer-cells", false);
    }
}
