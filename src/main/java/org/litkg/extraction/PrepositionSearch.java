package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/** Where the preposition of a verb's sense stands after the verb: "combined X with Y", "stops it from reaching". */
final class PrepositionSearch {

    private static final int PREPOSITION_REACH = 6;
    /** "prevents both oncostatin M and interleukin-31 from": a kept-away list may be longer than a partner's name. */
    private static final int FROM_REACH = 9;
    /**
     * How far a "together with" may stand from its verb, past how the drug is given: "is given as an injection every
     * four weeks, together with a patient's usual inhaled steroids".
     */
    private static final int TOGETHER_REACH = 12;

    private PrepositionSearch() {
    }

    /** The preposition's token after the verb at t, else -1. */
    /** Prepositions of place: a verb takes the first after it ("sits on"), and a later one is its object's. */
    private static final java.util.Set<String> PLACES = java.util.Set.of("on", "inside", "in", "within", "onto", "at");

    static int find(Reading r, int si, int t, Trigger sense) {
        Sentence s = r.sentence(si);
        boolean with = sense.preposition().equals("with");
        int reach = sense.preposition().equals("from") ? FROM_REACH : PREPOSITION_REACH;
        int limit = t + reach;
        int prep = -1;
        for (int k = t + 1; k < Math.min(s.size(), with ? Math.max(limit, t + TOGETHER_REACH) : limit); k++) {
            int closed = with ? Parentheticals.partnerDescriptionEnd(s, k) : Parentheticals.descriptionEnd(s, k);
            if (closed > k) { // "paired INCAGN2385, an antibody against LAG-3, with retifanlimab"
                limit += closed - k;
                k = closed;
                continue;
            }
            // "together with", and "approved it in a fixed-dose combination with": the partner's far "with"
            boolean far = s.lower(k - 1).equals("together") || s.lower(k - 1).equals("combination");
            boolean near = k < limit || far && !clauseBetween(r, si, t, k);
            if (PLACES.contains(sense.preposition()) && !s.lower(k).equals(sense.preposition())
                    && PLACES.contains(s.lower(k))) {
                break; // "sits on exhausted T cells inside tumours": the verb's place is the first, "inside" the cells'
            }
            if (s.lower(k).equals(sense.preposition()) && near) {
                // "stopped seizures and increased survival from 64% to 100%": a range, not what was kept away
                prep = Character.isDigit(s.token(Math.min(k + 1, s.size() - 1)).text().charAt(0)) ? -1 : k;
                break;
            }
        }
        // as before the search moved here: a range's "from" leaves the gerund after the object to be read
        return prep < 0 && sense.preposition().equals("from") ? gerundAfterObject(r, si, t) : prep;
    }

    /** A name or a verb between the verb and a far "together with": then the partner is another clause's. */
    private static boolean clauseBetween(Reading r, int si, int t, int k) {
        Sentence s = r.sentence(si);
        for (int j = t + 1; j < k - 1; j++) {
            Mention m = r.startingAt(si, j);
            boolean verb = s.token(j).pos().equals("VERB") && !s.lower(j + 1).equals("-"); // not "fixed-dose"
            if (m != null || verb || s.lower(j).equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** Where a gerund follows the verb's object at t + 1, a pronoun or a name ("stops it working"), else -1. */
    private static int gerundAfterObject(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        Mention named = r.startingAt(si, t + 1);
        int after = named != null ? named.to() : s.lower(t + 1).equals("it") || s.lower(t + 1).equals("them") ? t + 2 : -1;
        boolean gerund = after > 0 && after < s.size() && s.lower(after).endsWith("ing") && s.lower(after).length() > 4
                && s.token(after).text().chars().allMatch(Character::isLowerCase);
        return gerund ? after : -1; // "stops it working", as British writers drop the "from"
    }
}
