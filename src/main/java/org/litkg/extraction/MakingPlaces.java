package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The place a passive verb of making names: "Lp(a) is made in the liver", "CXCL12 is produced mainly in the stroma".
 * An organ, a tissue, a cell type or a tumour that a protein is made in makes it, as "made by the liver" says; a
 * disease ("produced in excess in lupus") or a host ("made in mice") is no maker.
 */
final class MakingPlaces {

    private static final Set<String> MAKING = Set.of("make", "produce", "synthesize", "synthesise", "generate");
    private static final Set<EntityType> MAKERS = EnumSet.of(EntityType.TISSUE, EntityType.CELL_TYPE, EntityType.CANCER);
    /** How far after "in" the place may be named: "in the lining of the gut". */
    private static final int PLACE_REACH = 4;

    private MakingPlaces() {
    }

    private static final Set<EntityType> MADE = EnumSet.of(EntityType.CHEMOKINE, EntityType.PROTEIN);

    /**
     * Whether the verb of making at t is a participle right after the name of what is made, with "in" after it: "cells
     * respond to CXCL12 made in the bone marrow and lungs", a passive with no "be" before it.
     */
    static boolean madeAfterName(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        Mention made = t > 0 ? r.endingAt(si, t - 1) : null;
        int in = VerbForms.isAdverb(s.lower(t + 1)) ? t + 2 : t + 1;
        return made != null && MADE.contains(made.type()) && MAKING.contains(s.token(t).lemma())
                && s.lower(in).equals("in");
    }

    /**
     * The maker "in" names after the passive verb of making at t (lemma), its tokens in {@code right}; else null. Not a
     * count of samples, nor a word that only modifies the place's head: "made in 40 resected lung metastases".
     */
    static Argument maker(Reading r, int si, int t, String lemma, int[] right) {
        Sentence s = r.sentence(si);
        int in = VerbForms.isAdverb(s.lower(t + 1)) ? t + 2 : t + 1; // "made mainly in"
        Argument place = MAKING.contains(lemma) && s.lower(in).equals("in") ? r.rightOf(si, in, PLACE_REACH, MAKERS, right)
                : null;
        for (int k = in + 1; place != null && k < right[0]; k++) {
            place = s.token(k).pos().equals("NUM") ? null : place;
        }
        String next = s.lower(right[1]);
        boolean headed = !s.token(right[1]).pos().equals("NOUN") || next.startsWith("cell");
        return place != null && headed ? place : null;
    }
}
