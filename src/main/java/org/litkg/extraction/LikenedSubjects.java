package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;

/**
 * "Like native FGF21, the drug binds FGFR1c", "Like hepcidin, rusfertide binds ferroportin": what the clause says of
 * its subject it says of the name the subject is likened to. "Unlike X, ..." says nothing of X.
 */
final class LikenedSubjects {

    /** How many tokens after the comma the clause's subject may end: "Like X, the new drug". */
    private static final int SUBJECT_REACH = 4;

    private LikenedSubjects() {
    }

    /** The subjects, and the name they are likened to when the sentence opens with "Like X," before all of them. */
    static List<Argument> with(Reading reading, int si, List<Argument> subjects, Set<EntityType> allowed) {
        Sentence s = reading.sentence(si);
        int comma = FrontedPhrases.likeningComma(s);
        Mention m = comma > 0 ? reading.endingAt(si, comma - 1) : null;
        if (m == null) {
            // most sentences: this runs for every statement
            return withTrailing(reading, si, withInserted(reading, si, subjects, allowed), allowed);
        }
        // the clause's own subject, right after the comma: "Like X, the drug binds", not "ferroportin, the channel on"
        int subjectEnd = s.token(Math.min(s.size() - 1, comma + SUBJECT_REACH)).span().end();
        int commaAt = s.token(comma).span().start();
        boolean allAfter = !subjects.isEmpty()
                && subjects.stream().allMatch(x -> x.span().start() > commaAt && x.span().end() <= subjectEnd);
        Argument compared = allAfter ? reading.argument(m, allowed) : null;
        if (compared == null || compared.reference() || subjects.stream().anyMatch(x -> x.node().equals(compared.node()))) {
            return subjects;
        }
        List<Argument> out = new ArrayList<>(subjects);
        out.add(compared);
        return out;
    }

    /**
     * "Lisaftoclax, like venetoclax, inhibits BCL-2": the name set off after the subject is likened to it, so the clause
     * is said of both; "X, unlike Y, inhibits Z" is said of X alone. A subject found inside such an aside stands for
     * the name before it.
     */
    private static List<Argument> withInserted(Reading reading, int si, List<Argument> subjects, Set<EntityType> allowed) {
        Sentence s = reading.sentence(si);
        List<Argument> out = new ArrayList<>(subjects);
        for (Argument a : subjects) {
            int k = s.tokenStartingAt(a.span().start());
            String link = s.lower(k - 1);
            Mention named = k >= 3 && (link.equals("like") || link.equals("unlike")) && s.lower(k - 2).equals(",")
                    ? reading.endingAt(si, k - 3) : null;
            Mention compared = named == null ? null : reading.startingAt(si, k);
            boolean closed = compared != null && s.lower(compared.to()).equals(",");
            Argument subject = closed && !named.anaphoric() ? reading.argument(named, allowed) : null;
            if (subject == null || out.stream().anyMatch(x -> x.node().equals(subject.node()))) {
                continue;
            }
            if (link.equals("unlike")) {
                out.remove(a);
            }
            out.add(subject);
        }
        return out;
    }

    private static final Set<String> DOING = Set.of("do", "does", "did");

    /**
     * "Trontinemab binds amyloid-beta, like lecanemab and donanemab do.": a closing likeness says the clause of the
     * names it lists too, where the sentence ends with them (and "do").
     */
    private static List<Argument> withTrailing(Reading reading, int si, List<Argument> subjects, Set<EntityType> allowed) {
        Sentence s = reading.sentence(si);
        int end = s.size() - 1;
        end = s.lower(end).equals(".") ? end - 1 : end;
        end = DOING.contains(s.lower(end)) ? end - 1 : end;
        Mention last = end > 2 ? reading.endingAt(si, end) : null;
        if (last == null || subjects.isEmpty()) {
            return subjects;
        }
        Argument lastArgument = reading.argument(last, allowed);
        List<Argument> compared = lastArgument == null ? List.of()
                : reading.withPrecedingConjuncts(si, lastArgument, last.from(), allowed);
        int first = compared.stream().mapToInt(a -> a.span().start()).min().orElse(-1);
        int like = -1;
        for (int k = 0; k < end && like < 0; k++) {
            like = s.token(k + 1).span().start() == first ? k : -1; // the word before the first name likened
        }
        if (like < 2 || !s.lower(like).equals("like") || !s.lower(like - 1).equals(",")) {
            return subjects;
        }
        int likeStart = s.token(like).span().start();
        if (subjects.stream().anyMatch(x -> x.span().end() > likeStart)) {
            return subjects;
        }
        List<Argument> out = new ArrayList<>(subjects);
        compared.stream().filter(c -> !c.reference() && out.stream().noneMatch(x -> x.node().equals(c.node())))
                .forEach(out::add);
        return out;
    }
}
