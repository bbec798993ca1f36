package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A journal's title with a subtitle after a colon: "Neurology: Clinical Practice", "Circulation: Heart Failure". The
 * journal named before the colon (often a lexicon entry of its own) is a different journal from the titled one, so a
 * candidate for the whole title is added, which the selector prefers for its length. What follows the colon counts as
 * a subtitle only where it is a run of capitalised words that ends the phrase ("in 2026", a comma, the sentence's
 * end): "published in Blood: Researchers found that ..." goes on as a clause and keeps "Blood".
 */
final class JournalSubtitles implements MentionRecognizer {

    /** The longest subtitle, in words. */
    private static final int MAX_SUBTITLE = 5;
    /** Tokens a journal's title is followed by in running text and citations. */
    private static final Set<String> TITLE_ENDS = Set.of(",", ";", ".", "(", ")", "in", "on", "this", "last", "and",
            "earlier", "–", "—");

    private final NameRuns runs;

    JournalSubtitles(Cues cues) {
        this.runs = new NameRuns(cues);
    }

    @Override
    public void recognize(Sentence s, List<Mention> candidates) {
        for (Mention m : List.copyOf(candidates)) {
            int end = m.type() == EntityType.JOURNAL && !m.anaphoric() ? subtitleEnd(s, m.to()) : -1;
            if (end > 0) {
                candidates.add(MentionRecognizer.mention(s, m.from(), end, EntityType.JOURNAL, s.textOf(m.from(), end),
                        null, m.confidence(), "name-journal-subtitle", false));
            }
        }
    }

    /** The end of the subtitle after the colon at {@code colon}, or -1 where none follows. */
    private int subtitleEnd(Sentence s, int colon) {
        boolean written = s.lower(colon).equals(":") && colon + 1 < s.size() && !s.lineBreakBefore(colon + 1)
                && s.token(colon).span().start() == s.token(colon - 1).span().end();
        if (!written || !NameRuns.startsName(s.token(colon + 1))) {
            return -1;
        }
        int end = runs.end(s, colon + 1);
        boolean ends = end >= s.size() || s.lineBreakBefore(end) || TITLE_ENDS.contains(s.lower(end));
        return ends && end - colon - 1 <= MAX_SUBTITLE && !s.lower(end - 1).equals("and") ? end : -1;
    }
}
