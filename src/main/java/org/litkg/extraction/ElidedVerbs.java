package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;
import org.litkg.recognition.UnnamedCancerCells;

/**
 * A verb left out after a contrast: "Inclisiran does not block HMG-CoA reductase; atorvastatin, a statin, does." The
 * name before the closing auxiliary does what the clause before denied of another, to the same object. And a verb
 * left out after an addition: "the malignant T cells carry CCR4, and so do regulatory T cells", "as do B cells": the
 * name after the auxiliary does what the clause before said of its subject, to the same object.
 */
final class ElidedVerbs {

    private ElidedVerbs() {
    }

    /** The auxiliaries that stand for the verb left out: "atorvastatin does", "statins do". */
    private static final Set<String> STANDING_IN = Set.of("does", "do", "did");
    /** What opens the contrasting clause before its name: "; atorvastatin", ", but atorvastatin". */
    private static final Set<String> OPENERS = Set.of(";", "but", "whereas", "while");

    /** What brings in the added doer before its auxiliary: ", and so do", ", as do". */
    private static final Set<String> ADDING = Set.of("so", "as");

    /** Reads sentence si's elided contrast and addition, given the statements already read from it. */
    static void read(Reading r, int si, List<Statement> out) {
        readContrast(r, si, out);
        readAddition(r, si, out);
    }

    private static void readAddition(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 2; k + 1 < s.size(); k++) {
            // "and so do some B cells": the doer's name past its article or quantifier
            String next = s.lower(k + 1);
            boolean determined = next.equals("the") || UnnamedCancerCells.QUANTIFIERS.contains(next);
            Mention doer = r.startingAt(si, k + 1) != null || !determined ? r.startingAt(si, k + 1)
                    : r.startingAt(si, k + 2);
            if (!STANDING_IN.contains(s.lower(k)) || !ADDING.contains(s.lower(k - 1)) || doer == null
                    || !closesAt(s, doer.to())) {
                continue;
            }
            int before = s.token(k - 1).span().start();
            for (Statement said : List.copyOf(out)) {
                Evidence e = said.evidence();
                if (e.sentenceIndex() != si || e.negated() || e.trigger().end() > before) {
                    continue;
                }
                // the clause's subject is the argument named first: "T cells carry CCR4" adds cells, "X blocks Y" drugs
                boolean subjectFirst = e.subject().span().start() < e.object().span().start();
                Argument added = r.argument(doer, subjectFirst ? said.relation().domain() : said.relation().range());
                if (added == null || added.node().equals((subjectFirst ? e.subject() : e.object()).node())) {
                    continue;
                }
                List<Argument> subjects = List.of(subjectFirst ? added : e.subject());
                List<Argument> objects = List.of(subjectFirst ? e.object() : added);
                r.emit(said.relation(), subjects, objects, si, doer.from(), doer.to(), k, k + 1, "elided-verb", 0.7,
                        out);
            }
        }
    }

    private static boolean closesAt(Sentence s, int k) {
        return k == s.size() || s.lower(k).equals(".") || s.lower(k).equals(";");
    }

    private static void readContrast(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 2; k < s.size(); k++) {
            if (!STANDING_IN.contains(s.lower(k)) || !closesAt(s, k + 1)) {
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
