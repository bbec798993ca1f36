package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.litkg.analysis.Inflections;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Lutrixafor blocks CXCR4 and lets the cells move into the blood", "allows stem cells to leave the marrow": the cells
 * move, and the subject of "let" or "allow" moves them.
 */
final class CausedMoves {

    /** Verbs that let their object do the next verb: "lets the cells move", "allows the cells to leave". */
    private static final Set<String> LETTING = Stream.of("let", "allow", "help")
            .flatMap(v -> Inflections.verbForms(v).stream()).collect(Collectors.toSet());

    private CausedMoves() {
    }

    /** Reads the movement verb at t where a letting verb and the cells come before it; whether it did. */
    static boolean read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                        List<Statement> out) {
        Sentence s = r.sentence(si);
        if (sense.relation() != RelationType.MOBILIZES) {
            return false;
        }
        int end = s.lower(t - 1).equals("to") ? t - 2 : t - 1; // "allows the cells to leave"
        Mention moved = r.endingAt(si, end);
        int letting = moved == null ? -1 : Reading.ARTICLES.contains(s.lower(moved.from() - 1)) ? moved.from() - 2
                : moved.from() - 1;
        Argument cells = letting < 1 || !LETTING.contains(s.lower(letting)) ? null : r.argument(moved, patientTypes);
        // "a receptor on monocytes that helps these cells move": the relative's head lets them, not a drug before it
        boolean relative = cells != null && Reading.RELATIVE_PRONOUNS.contains(s.lower(letting - 1));
        if (relative && !SubjectSearch.antecedentAllowed(r, si, letting - 1, agentTypes)) {
            return false;
        }
        int[] left = new int[2];
        Argument agent = cells == null ? null : r.leftOf(si, letting, VerbPatterns.LEFT_WINDOW, agentTypes, left, false);
        if (agent == null) {
            return false;
        }
        r.emit(sense.relation(), List.of(agent), List.of(cells), si, left[0], left[1], t, t + 1, "verb-caused", 0.8, out);
        return true;
    }
}
