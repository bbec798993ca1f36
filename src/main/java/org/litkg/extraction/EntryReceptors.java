package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The door a virus takes into cells: "HIV enters T cells through CCR5", "gets into T cells via CCR5", "HIV uses CCR5
 * to enter T cells", "CXCR4 lets HIV into T cells". A receptor the virus goes in by is one on those cells.
 */
final class EntryReceptors {

    /** Verbs of a virus going into cells; "get" and "break" only with "into". */
    private static final Set<String> ENTERING = Set.of("enter", "infect", "invade", "penetrate");
    private static final Set<String> INTO_VERBS = Set.of("get", "break", "gain", "sneak");
    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE);
    private static final Set<EntityType> RECEPTORS = EnumSet.of(EntityType.RECEPTOR, EntityType.PROTEIN);

    private EntryReceptors() {
    }

    /** "enters T cells through CCR5", "gets into T cells via CCR5": the "through", "via" or "using" at t. */
    static void through(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention cells = r.endingAt(si, t - 1);
        Mention receptor = r.startingAt(si, s.lower(t + 1).equals("the") ? t + 2 : t + 1);
        if (cells != null && receptor != null && entersAt(s, cells.from() - 1)) {
            emit(r, si, receptor, cells, t, out);
        }
    }

    /** Whether "uses RECEPTOR to enter CELLS", or "RECEPTOR that HIV uses to enter CELLS", has its "to" at t. */
    static boolean isUsedTo(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        return s.lower(t).equals("to") && door(r, si, t) != null && enters(s, t + 1) > 0;
    }

    /** How many words the virus that uses a door may take: "that HIV uses", "which the virus uses". */
    private static final int USER_WORDS = 2;

    /** The receptor used before the "to" at t: "uses CCR5 to", "CCR5 that HIV uses to"; null where there is none. */
    private static Mention door(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        Mention receptor = r.endingAt(si, t - 1);
        if (receptor != null) {
            return receptor.from() > 0 && s.token(receptor.from() - 1).lemma().equals("use") ? receptor : null;
        }
        if (t < 1 || !s.token(t - 1).lemma().equals("use")) {
            return null;
        }
        for (int k = t - 2; k >= Math.max(1, t - 2 - USER_WORDS); k--) {
            if (Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                int before = s.lower(k - 1).equals(",") ? k - 2 : k - 1; // "CCR5, which the virus uses to enter"
                return k < t - 2 ? r.endingAt(si, before) : null; // "a door called CCR5 that HIV uses to get into"
            }
        }
        for (int k = t - 3; k >= Math.max(3, t - 2 - APPOSED_USER_WORDS); k--) {
            if (DOOR_NOUNS.contains(s.lower(k)) && s.lower(k - 1).equals("the") && s.lower(k - 2).equals(",")) {
                return r.endingAt(si, k - 3); // "CCR5, the receptor most HIV strains use to enter CD4 T cells"
            }
        }
        return null;
    }

    /** Nouns an apposition names a virus's door with: "CCR5, the receptor most HIV strains use to enter". */
    private static final Set<String> DOOR_NOUNS = Set.of("receptor", "co-receptor", "coreceptor", "door", "doorway",
            "gateway", "route");
    /** How many words the virus that uses an apposed door may take: "most HIV strains". */
    private static final int APPOSED_USER_WORDS = 4;

    /** The "to" at t of "HIV uses CCR5 to enter T cells", "uses CCR5 to get into", "CCR5, which HIV uses to enter". */
    static void usedTo(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention receptor = door(r, si, t);
        int after = enters(s, t + 1);
        Mention cells = r.startingAt(si, s.lower(after).equals("the") ? after + 1 : after);
        if (cells != null) {
            emit(r, si, receptor, cells, t, out);
        }
    }

    /** What a door lets in: "lets HIV into T cells", "let the virus into". */
    private static final Set<String> VIRUSES = Set.of("hiv", "virus", "hiv-1");

    /** The "into" after a virus that the verb "let" at t lets in ("lets HIV into"), or -1. */
    private static int letInto(Sentence s, int t) {
        int virus = s.lower(t + 1).equals("the") ? t + 2 : t + 1;
        return s.token(t).lemma().equals("let") && VIRUSES.contains(s.lower(virus)) && s.lower(virus + 1).equals("into")
                ? virus + 1 : -1;
    }

    /** Whether the verb at t lets a virus into cells: "CXCR4, then called fusin, lets HIV into T cells". */
    static boolean isLetInto(Sentence s, int t) {
        return letInto(s, t) > 0;
    }

    /** The receptor before "lets HIV into CELLS" is on those cells. */
    static void letIn(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int into = letInto(s, t);
        Mention cells = r.startingAt(si, s.lower(into + 1).equals("the") ? into + 2 : into + 1);
        int[] found = new int[2];
        Argument receptor = r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, RECEPTORS, found);
        Mention door = receptor == null ? null : r.startingAt(si, found[0]);
        if (cells != null && door != null) {
            emit(r, si, door, cells, t, out);
        }
    }

    private static void emit(Reading r, int si, Mention receptor, Mention cells, int t, List<Statement> out) {
        Argument door = receptor.anaphoric() ? null : r.argument(receptor, RECEPTORS);
        Argument entered = cells.anaphoric() ? null : r.argument(cells, CELLS);
        if (door != null && entered != null) {
            List<Argument> doors = r.withFollowingConjuncts(si, door, receptor.to(), RECEPTORS);
            r.emit(RelationType.EXPRESSED_ON, doors, List.of(entered), si, receptor.from(), receptor.to(), t, t + 1,
                    "entry-receptor", 0.7, out);
        }
    }

    /** Whether a verb of entering ends at k: "enters", "infect", "gets into". */
    private static boolean entersAt(Sentence s, int k) {
        return ENTERING.contains(s.token(Math.max(0, k)).lemma()) && k >= 0
                || s.lower(k).equals("into") && k > 0 && INTO_VERBS.contains(s.token(k - 1).lemma());
    }

    /** The word after a verb of entering that starts at k ("enter", "get into"); -1 where none does. */
    private static int enters(Sentence s, int k) {
        if (ENTERING.contains(s.lower(k))) {
            return k + 1;
        }
        return INTO_VERBS.contains(s.lower(k)) && s.lower(k + 1).equals("into") ? k + 2 : -1;
    }
}
