package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;

/**
 * When "hold" and "keep" mean sequestering: "holds them close", "keeps the cancer cells tucked away in the marrow",
 * "keeps them in place";
 * not "tumours that held many T cells", "keeps the disease in check" or "keeps T cells from attacking".
 */
final class HeldPlaces {

    /**
     * What follows the object of "hold" when holding means keeping: "holds them close", "tight", "in place", "back",
     * "away from", "inside the tumour", "near the cancer cells".
     */
    private static final Set<String> HELD = Set.of("close", "in", "back", "captive", "there", "here", "at", "away",
            "inside", "within", "near", "tight", "tightly", "fast", "prisoner", "hostage");
    /** Kept words that say the cells cannot leave, wherever they are kept: "keeps T cells trapped in the inflamed tissue". */
    private static final Set<String> TRAPPED = Set.of("trapped", "locked", "stuck", "confined", "penned", "pinned",
            "corralled", "caged");
    /**
     * Words between the object of "keep" and the place it is kept in: "keeps them tucked away in the marrow", "keeps them
     * packed around the tumour", "keeps the stem cells at home in the marrow" (not "at bay", which keeps them out).
     */
    static final Set<String> KEPT_WORDS = java.util.stream.Stream.concat(TRAPPED.stream(),
            Set.of("tucked", "away", "parked", "hidden", "safely", "packed", "clustered", "at", "home").stream())
            .collect(java.util.stream.Collectors.toSet());
    /** What cells can be trapped in: a tissue or a tumour. */
    static final Set<EntityType> PLACES = java.util.EnumSet.of(EntityType.TISSUE, EntityType.CANCER);
    /**
     * Parts of the body's walls and linings, and the lesions disease builds, that cells are kept in though no tissue is
     * named: "keeps them in the airway walls", "parked in the gut lining", "keeps them in the granulomas", "keeps them in
     * the heart muscle", "keeps them in the joint"; not "keeps the disease in check".
     */
    private static final Set<String> WALLS = Set.of("wall", "walls", "lining", "linings", "mucosa", "submucosa",
            "granuloma", "granulomas", "lesion", "lesions", "plaque", "plaques", "nodule", "nodules", "muscle", "muscles",
            "myocardium", "joint", "joints", "synovium");
    /** How far after "in" the place may be named: "in the bone marrow", "in the lining of the gut". */
    private static final int PLACE_REACH = 4;

    /** Prepositions that place what "in" names inside something larger: "in small nests inside the liver". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "inside", "within", "of");

    private HeldPlaces() {
    }

    /**
     * Whether the verb (lemma) read with its object ending before {@code after} sequesters: a "hold" with a keeping
     * word after the object (or "where" before the subject: "in the marrow, where CXCL12 holds them"), a "keep" with a
     * place it keeps the object in; any other verb as it reads. A name in a phrase the sentence opens with ("In WHIM
     * syndrome, mutations in CXCR4 keep ...") holds and keeps nothing.
     */
    static boolean keeps(Reading r, int si, String lemma, int[] agent, int verb, int after, boolean where) {
        Sentence s = r.sentence(si);
        if ((lemma.equals("hold") || lemma.equals("keep")) && inFrontedPhrase(s, agent[1], verb)) {
            return false; // "In WHIM syndrome, mutations in CXCR4 keep neutrophils locked in the bone marrow": not the disease
        }
        if (lemma.equals("hold")) {
            if (s.lower(verb + 1).equals("back")) {
                return false; // "where they hold back the killer cells": the particle first, holding back restrains
            }
            // "hold the cancer back" restrains a disease; "holds them back", "holds the T cells back" keep cells
            boolean restrains = s.lower(after).equals("back") && !s.lower(after - 1).startsWith("cell")
                    && !s.lower(after - 1).equals("them");
            return HELD.contains(s.lower(after)) && !restrains || where;
        }
        if (!lemma.equals("keep")) {
            return true;
        }
        int k = after;
        while (KEPT_WORDS.contains(s.lower(k))) {
            if (TRAPPED.contains(s.lower(k))) {
                return true;
            }
            k++;
        }
        if (s.lower(k).equals("in") && (s.lower(k + 1).equals("place") || s.lower(k + 1).equals("position"))) {
            return true; // "keeps them in place", as "holds them in place": no place need be named
        }
        // "keeps them packed around the tumour", but not "keeps the disease around": a place must be named after it
        if (!s.lower(k).equals("in") && !s.lower(k).equals("inside") && !s.lower(k).equals("within")
                && !(s.lower(k).equals("around") && k > after)) {
            return where || s.lower(k).equals("there") || s.lower(k).equals("here"); // "keeps them here"
        }
        k = largerPlace(r, si, k); // "in small nests inside the liver": the place the nests are in
        for (int j = k + 1; j < Math.min(s.size(), k + 1 + PLACE_REACH); j++) {
            Mention m = r.startingAt(si, j);
            if (m == null && WALLS.contains(s.lower(j))) {
                return true;
            }
            if (m != null) {
                return PLACES.contains(m.type()) || m.anaphoric() && r.argument(m, PLACES) != null;
            }
        }
        return false;
    }

    /** How long the phrase for what cells are kept in may be before it names the place it is in. */
    private static final int STRUCTURE_REACH = 7;

    /**
     * The preposition after {@code in} that says where the structure it names is ("in small follicle-like structures
     * inside the liver"), where the structure's phrase names nothing, no wall, and no punctuation ends it; else
     * {@code in}.
     */
    private static int largerPlace(Reading r, int si, int in) {
        Sentence s = r.sentence(si);
        for (int j = in + 1; j < Math.min(s.size(), in + 1 + STRUCTURE_REACH); j++) {
            if (r.startingAt(si, j) != null || WALLS.contains(s.lower(j))
                    || s.token(j).isPunctuation() && !s.lower(j).equals("-")) {
                return in;
            }
            if (PLACE_PREPOSITIONS.contains(s.lower(j))) {
                return j;
            }
        }
        return in;
    }

    /** Whether the agent ending at {@code agentEnd} stands in a phrase the sentence opens with a preposition: "In X, ...". */
    private static boolean inFrontedPhrase(Sentence s, int agentEnd, int verb) {
        for (int k = agentEnd; k < verb; k++) {
            if (s.lower(k).equals(",")) {
                return FrontedPhrases.closesOpeningPhrase(s, k);
            }
        }
        return false;
    }

    /** Whether the place cells are held in comes right after the participle at t: "trapped in", "held within". */
    static boolean heldIn(Sentence s, int t) {
        return s.lower(t + 1).equals("in") || s.lower(t + 1).equals("within");
    }

    private static final Set<String> EDGE_MODIFIERS = Set.of("outer", "outermost", "inner", "very", "far");

    /**
     * The place at whose edge (or other part) cells are held, after the sequestering participle at t: "stuck at the
     * edge of the tumour", or "stuck at its outer edge", the place named last; else null. The place's span goes to
     * {@code right}.
     */
    static Argument edgeHolder(Reading r, int si, int t, int[] right) {
        Sentence s = r.sentence(si);
        if (!s.lower(t + 1).equals("at") && !s.lower(t + 1).equals("on") && !s.lower(t + 1).equals("around")) {
            return null;
        }
        boolean possessed = s.lower(t + 2).equals("its");
        int k = possessed || s.lower(t + 2).equals("the") ? t + 3 : t + 2;
        while (EDGE_MODIFIERS.contains(s.lower(k))) {
            k++;
        }
        if (!ModifiedSubjects.PART_NOUNS.contains(s.lower(k))) { // "at its outer edge", "at the rim of", "at the core"
            return null;
        }
        if (s.lower(k + 1).equals("of")) {
            return r.rightOf(si, k + 1, PLACE_REACH, PLACES, right);
        }
        Argument place = possessed ? r.namedBefore(si, t + 2, t, PLACES) : null;
        if (place != null) {
            right[0] = t + 2;
            right[1] = t + 3;
        }
        return place;
    }

    /**
     * Whether the sequestering participle at t, right after the cells it holds, names a place and then its holder after
     * "by": "X releases T cells held in the tumour stroma by CXCL12", a passive with no "be" before it.
     */
    static boolean heldInBy(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        Mention cells = t > 0 ? r.endingAt(si, t - 1) : null;
        return cells != null && cells.type() == EntityType.CELL_TYPE
                && (s.lower(t + 1).equals("in") || s.lower(t + 1).equals("within"))
                && AgentSearch.byAfterPhrase(r, si, t, true) > 0;
    }
}
