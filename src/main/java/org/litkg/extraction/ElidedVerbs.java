package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * A verb left out after a contrast: "Inclisiran does not block HMG-CoA reductase; atorvastatin, a statin, does." The
 * name before the closing auxiliary does what the clause before denied of another, to the same object.
 */
final class ElidedVerbs {

    private ElidedVerbs() {
    }

    /** The auxiliaries that stand for the verb left out: "atorvastatin does", "statins do". */
    private static final Set<String> STANDING_IN = Set.of("does", "do", "did");
    /** What opens the contrasting clause before its name: "; atorvastatin", ", but atorvastatin". */
    private static final Set<String> OPENERS = Set.of(";", "but", "whereas", "while");

    /** Reads sentence si's elided contrast, given the statements already read from it. */
    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 2; k < s.size(); k++) {
            boolean closing = k + 1 == s.size() || s.lower(k + 1).equals(".") || s.lower(k + 1).equals(";");
            if (!STANDING_IN.contains(s.lower(k)) || !closing) {
                continue;
            }
            int end = s.lower(k - 1).equals(",") ? Appositions.openingComma(s, k - 1) : k;
            Mention doer = end > 0 ? r.endingAt(si, end - 1) : null;
            if (doer == null || doer.from() == 0 || !OPENERS.contains(s.lower(doer.from() - 1))) {
                continue;
            }
            for (Statement denied : List.copyOf(out)) {
                Evidence e = denied.evidence();
                boolean before = e.sentenceIndex() == si && e.trigger().end() <= s.token(doer.from()).span().start();
                Argument subject = before && e.negated() ? r.argument(doer, denied.relation().domain()) : null;
                if (subject != null && !subject.node().equals(e.subject().node())) {
                    r.emit(denied.relation(), List.of(subject), List.of(e.object()), si, doer.from(), doer.to(), k,
                            k + 1, "elided-verb", 0.75, out);
                }
            }
        }
    }
}
