package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * What a comma after a name in a list says of the name after it: that a phrase describes the name before
 * ("on neutrophils, the white blood cells that ..."), that a clause of its own opens ("..., and a protein called BAFF
 * binds it"), or that the list goes on past a definite apposition ("blocks CCR2, the receptor monocytes use to follow
 * CCL2 into the liver, and CCR5"), whose last name is no member of it.
 */
final class CommaConjuncts {

    /** How many tokens a definite apposition may take between its commas: "the receptor monocytes use to ...". */
    private static final int DEFINITE_REACH = 16;

    private CommaConjuncts() {
    }

    /**
     * "on neutrophils, the white blood cells that pour into the boils", "on Th17 cells, immune cells that drive": a
     * phrase after a bare comma, with a relative clause of its own, describes the name before it and adds no other.
     */
    static boolean describesBefore(Sentence s, int k, Mention m) {
        int from = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return s.lower(k).equals(",") && m.from() == from
                && (Reading.RELATIVE_PRONOUNS.contains(s.lower(m.to())) || s.lower(m.to()).equals("who"));
    }

    /**
     * "they carry a receptor called BAFF-R, and a protein called BAFF binds it": a name after a comma and a
     * conjunction, with a finite verb right after it, is the subject of a clause of its own, no conjunct.
     */
    static boolean opensClause(Sentence s, int k, Mention m) {
        String verb = s.lower(m.to());
        String pos = s.token(Math.min(m.to(), s.size() - 1)).pos();
        boolean finite = m.to() < s.size() && (pos.equals("AUX") || pos.equals("VERB") && !verb.endsWith("ing")
                && !verb.endsWith("ed"));
        return finite && s.lower(k).equals(",") && (s.lower(k + 1).equals("and") || s.lower(k + 1).equals("but"));
    }

    /**
     * The comma closing a definite apposition that opens at the comma k after the first name, where ", and" and a name
     * of the first's type follow it: "blocks CCR2, the receptor monocytes use to follow CCL2 into the inflamed liver,
     * and CCR5" goes on to CCR5; else k.
     */
    static int pastDefiniteApposition(Reading r, int si, Argument first, int k) {
        int close = definiteClose(r.sentence(si), k);
        Mention next = close > k ? nameAfterAnd(r, si, close) : null;
        return next != null && next.type() == first.node().type() ? close : k;
    }

    /**
     * Whether ", and" at the comma k closes a definite apposition of an earlier name of m's type, so that m resumes
     * that name's list and is no conjunct of the first, a name of another type inside the apposition: "CCR2, the
     * receptor for CCL2, and CCR5" coordinates the receptors, not CCL2 and CCR5.
     */
    static boolean resumesOuterList(Reading r, int si, Argument first, int k, Mention m) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals(",") || !s.lower(k + 1).equals("and") || m.type() == first.node().type()) {
            return false;
        }
        for (int open = k - 1; open > 0 && k - open <= DEFINITE_REACH; open--) {
            if (s.lower(open).equals(",") && s.lower(open + 1).equals("the")) {
                Mention head = r.endingAt(si, open - 1);
                return head != null && head.type() == m.type() && definiteClose(s, open) == k;
            }
        }
        return false;
    }

    /** The comma closing a definite apposition opening at comma k (", the receptor for CCL2,") before "and", or k. */
    private static int definiteClose(Sentence s, int k) {
        return s.lower(k + 1).equals("the") ? Conjuncts.pastApposition(s, k, false, DEFINITE_REACH) : k;
    }

    /** The name after ", and" at comma c, perhaps after "the", where the clause ends with it; else null. */
    private static Mention nameAfterAnd(Reading r, int si, int c) {
        Sentence s = r.sentence(si);
        int at = s.lower(c + 2).equals("the") ? c + 3 : c + 2;
        Mention m = r.startingAt(si, at);
        boolean ends = m != null && (m.to() >= s.size() || s.token(m.to()).isPunctuation());
        return ends ? m : null;
    }
}
