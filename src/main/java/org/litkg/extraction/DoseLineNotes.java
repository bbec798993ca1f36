package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A medication list's bracketed note on what its drug does: in "Mavorixafor 400 mg once daily - for WHIM syndrome
 * (blocks CXCR4, the overactive receptor)" the note's verb has no subject of its own, and the drug opening the line,
 * not the disease just before the bracket, blocks CXCR4.
 */
final class DoseLineNotes {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    /** How far past the note's verb its object may be named: "blocks the receptor CXCR4". */
    private static final int OBJECT_REACH = 3;
    private static final double CONFIDENCE = 0.75;
    /** A dose's unit, perhaps per weight: "mg", "micrograms/kg". */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "(mg|g|micrograms?|mcg|µg|units|iu|ml)(/\\S+)?");

    private DoseLineNotes() {
    }

    /** Reads sentence si's bracketed notes, their verbs read by the senses the trigger lexicon gives them. */
    static void read(Reading r, int si, TriggerLexicon triggers, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.startingAt(si, 0);
        boolean dosed = first != null && !first.anaphoric() && doseAfter(s, first.to());
        Argument drug = dosed ? r.argument(first, DRUGS) : null;
        for (int k = 1; drug != null && k + 1 < s.size(); k++) {
            List<Trigger> senses = s.lower(k - 1).equals("(") ? triggers.senses(s.token(k).lemma()) : List.of();
            for (Trigger sense : senses) {
                RelationType relation = sense.relation();
                boolean drugDoes = !sense.inverse() && sense.preposition().isEmpty()
                        && relation.domain().contains(EntityType.DRUG);
                int[] found = new int[2];
                Argument object = drugDoes ? r.rightOf(si, k, OBJECT_REACH, relation.range(), found) : null;
                if (object != null && !object.node().equals(drug.node())) {
                    r.emit(relation, List.of(drug), List.of(object), si, first.from(), first.to(), k, k + 1,
                            "dose-line-note", CONFIDENCE, out);
                }
            }
        }
    }

    /** Whether a dose follows the drug's name: "400 mg", "5 micrograms/kg". */
    private static boolean doseAfter(Sentence s, int k) {
        return s.lower(k).matches("\\d+(\\.\\d+)?") && UNIT.matcher(s.lower(k + 1)).matches();
    }
}
