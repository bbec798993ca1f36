package org.litkg.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Cells that leave where they were held, right after a drug blocks what held them: "Plerixafor blocks CXCR4. The stem
 * cells drift out into the blood", "BL-8040 blocks CXCR4; T cells break out by evening", "blocks CXCR4, and the stem
 * cells float free", "It blocks CXCR4, and the stem cells flood into your blood". The cells are the clause's subject
 * and no verb of litkg's moves them, but the drug whose blocking the sentence (or the one before) has just told is
 * what sets them free.
 */
final class LeavingCells {

    /** Verbs of cells leaving a place, with the particle each needs ("" for none): "leave", "drift out". */
    private static final Map<String, String> LEAVING = Map.ofEntries(Map.entry("leave", ""), Map.entry("escape", ""),
            Map.entry("drift", "out"), Map.entry("float", "free"), Map.entry("break", "out"), Map.entry("pour", "out"),
            Map.entry("flood", "out"), Map.entry("stream", "out"), Map.entry("spill", "out"), Map.entry("move", "out"),
            Map.entry("slip", "out"));
    /** Words that may open the cells' clause: "and the stem cells", "; T cells". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", ",", ";", ":", "so", "then", "\"", "“",
            "lets", "let", "letting", "helps", "help", "makes", "make"); // "blocks CXCR4 and lets the cells leave"
    /** Words between the cells and their verb: "T cells soon break out", "the cells do not leave". */
    private static final Set<String> BETWEEN = Set.of("soon", "then", "now", "finally", "quickly", "all", "do", "does",
            "did", "not", "n't", "can", "cannot", "could", "will");
    private static final Set<EntityType> CELLS = java.util.EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER);
    /** Openers of a fronted phrase making the cells' clause a consequence: "Without that hold,", "As a result,". */
    private static final Set<String> CONSEQUENCES = Set.of("without", "as", "once", "so", "thus", "then");
    /** Below a named agent's: the agent is the drug the clause before told of. */
    private static final double CONFIDENCE = 0.7;

    private LeavingCells() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.doc.mentions().get(si)) {
            // a cancer's cells leave as other cells do: "the lymphoma cells left the lymph nodes"
            boolean cellsAfter = m.type() == EntityType.CANCER && ProteinNominals.isCellsNoun(s.lower(m.to()));
            boolean cancerCells = cellsAfter
                    || m.type() == EntityType.CANCER && ProteinNominals.isCellsNoun(s.lower(m.to() - 1));
            int verb = cellsAfter ? m.to() + 1 : m.to(); // "leukaemia" cells: the cells word outside the name
            while (verb < s.size() && BETWEEN.contains(s.lower(verb))) {
                verb++;
            }
            int verbAt = Math.min(verb, s.size() - 1);
            // "left" is no verb form to the lemmatizer, for "the left lung" would then start no name; after cells it is
            String particle = LEAVING.get(s.lower(verbAt).equals("left") ? "leave" : s.token(verbAt).lemma());
            boolean leaves = verb < s.size() && particle != null && (particle.isEmpty() ? leavesPlace(r, si, verb + 1)
                    : s.lower(verb + 1).equals(particle) && !pouredOut(r, si, verb + 2)
                    || particle.equals("out") && (intoBlood(s, verb + 1)
                    || s.lower(verb + 1).equals("from") && leavesPlace(r, si, verb + 2))); // "move from your marrow"
            String before = s.lower(m.from() - 1);
            boolean determined = Reading.ARTICLES.contains(before) || Reading.POSSESSIVES.contains(before);
            int start = determined ? m.from() - 1 : m.from(); // "so her neutrophils can leave the bone marrow"
            boolean opens = start == 0 || CLAUSE_OPENERS.contains(s.lower(start - 1));
            boolean cellsNamed = m.type() == EntityType.CELL_TYPE || cancerCells;
            Argument cells = leaves && opens && cellsNamed ? r.argument(m, CELLS) : null;
            int at = s.token(m.from()).span().start();
            // the sentence before told what let them out where the cells open this one, past a fronted consequence
            boolean first = start == 0 || s.lower(start - 1).equals(",") && fronted(r, si);
            Argument drug = cells == null ? null : ToldBefore.subject(out, si, at, first,
                    x -> x.relation() == RelationType.BLOCKS && x.subject().type() == EntityType.DRUG);
            drug = cells != null && drug == null ? givenBefore(r, si, start) : drug;
            if (drug != null) {
                r.emit(RelationType.MOBILIZES, List.of(drug), List.of(cells), si, m.from(), m.to(), verb, verb + 1,
                        "verb-leaving", CONFIDENCE, out);
            }
        }
    }

    /** Determiners of the unnamed thing "Without" takes away: "Without that hold,", not "Without DPP1,". */
    private static final Set<String> TAKEN_AWAY = Set.of("that", "this", "its", "the");

    /**
     * Whether sentence si opens with a phrase making what follows a consequence: "As a result,", "Without that hold,"
     * (the hold the sentence before broke), but not "Without DPP1," or "Without them,", which name what is missing.
     */
    private static boolean fronted(Reading r, int si) {
        Sentence s = r.sentence(si);
        boolean without = s.lower(0).equals("without");
        return CONSEQUENCES.contains(s.lower(0)) && (!without || TAKEN_AWAY.contains(s.lower(1))
                && r.startingAt(si, 1) == null && r.startingAt(si, 2) == null);
    }

    /** Verbs of giving a drug to people: "we gave it to volunteers". */
    private static final Set<String> GIVING = Set.of("gave", "give", "gives", "injected", "administered");
    private static final Set<EntityType> DRUGS = java.util.EnumSet.of(EntityType.DRUG);

    /**
     * "Then we gave it to healthy volunteers and their white cells poured out of the marrow": the drug given earlier in
     * the sentence than the cells' clause, at {@code start}, is what let them out; else null.
     */
    private static Argument givenBefore(Reading r, int si, int start) {
        Sentence s = r.sentence(si);
        for (int k = start - 1; k > 0; k--) {
            if (GIVING.contains(s.lower(k))) {
                Mention given = r.startingAt(si, k + 1);
                return given != null ? r.argument(given, DRUGS) : r.pronoun(si, k + 1, DRUGS);
            }
        }
        return null;
    }

    /** Whether what cells pour out, named at k, is a thing they make, not a place: "cells pour out CCL17". */
    private static boolean pouredOut(Reading r, int si, int k) {
        Mention made = r.startingAt(si, Reading.ARTICLES.contains(r.sentence(si).lower(k)) ? k + 1 : k);
        return made != null && !HeldPlaces.PLACES.contains(made.type());
    }

    /** Where cells let out go: "flood into your blood", "pour into the bloodstream". */
    private static final Set<String> BLOOD_WORDS = Set.of("blood", "bloodstream", "circulation");

    /** Whether "into" the blood is at k: "the stem cells flood into your blood", as "flood out" would say. */
    static boolean intoBlood(Sentence s, int k) {
        boolean determined = Reading.ARTICLES.contains(s.lower(k + 1)) || Reading.POSSESSIVES.contains(s.lower(k + 1));
        int noun = determined ? k + 2 : k + 1;
        return s.lower(k).equals("into") && BLOOD_WORDS.contains(s.lower(noun));
    }

    /**
     * Whether a place where cells are held is named at k, as "leave" needs: "leave the marrow", not "so the T cells
     * can leave", which says only that they may.
     */
    private static boolean leavesPlace(Reading r, int si, int k) {
        String w = r.sentence(si).lower(k);
        Mention place = r.startingAt(si, w.equals("the") || Reading.POSSESSIVES.contains(w) ? k + 1 : k);
        return place != null && HeldPlaces.PLACES.contains(place.type());
    }
}
