package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A sentence that opens with how a drug was given ("Given together with filgrastim, motixafortide mobilises stem
 * cells", "When given with X,", a dictionary's 'Usage: "Given with X, ...'): the drug after the phrase's comma is the
 * clause's subject, combined with the partner inside the phrase, and what "it" in the next sentence stands for.
 */
final class FrontedGivingPhrases {

    private FrontedGivingPhrases() {
    }

    /** Participles that open a sentence about how a drug was given: "Given together with X, the drug shrank". */
    private static final Set<String> GIVING_PARTICIPLES = Set.of("given", "taken", "used", "administered", "combined",
            "paired", "tested", "dosed");
    /** How far after its link the comma closing a fronted participle's phrase may be. */
    private static final int FRONTED_REACH = 10;

    /**
     * The participle of giving that opens the sentence ("Given together with X, the drug ...", "When given with X,"),
     * past a dictionary's 'Usage: "' before it; -1 where none does.
     */
    static int givingParticiple(Sentence s) {
        int opener = s.afterShortLabel();
        opener += opener < s.size() && s.token(opener).isQuote() ? 1 : 0;
        opener += s.lower(opener).equals("when") || s.lower(opener).equals("if") ? 1 : 0;
        return GIVING_PARTICIPLES.contains(s.lower(opener)) ? opener : -1;
    }

    /** The comma that closes a giving participle's phrase opening the sentence ("Given with filgrastim,"), or -1. */
    static int givingPhraseComma(Sentence s) {
        int opener = givingParticiple(s);
        for (int k = opener + 1; opener >= 0 && k < Math.min(s.size() - 1, opener + FRONTED_REACH); k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Given together with an anti-PD-1 antibody, the drug shrank tumours": where the sentence opens with a participle
     * of giving and the link at t sits in that phrase, the drug named right after the phrase's comma ("the drug" being
     * another than its {@code partner}); its tokens in {@code found}, or null.
     */
    static Argument subjectAfterFrontedParticiple(Reading r, int si, int t, Set<EntityType> types, Argument partner,
                                                  int[] found) {
        Sentence s = r.sentence(si);
        int opener = givingParticiple(s);
        if (opener < 0 || t - opener > 3) {
            return null;
        }
        for (int k = t + 1; k < Math.min(s.size() - 1, t + FRONTED_REACH); k++) {
            if (s.lower(k).equals(",")) {
                Mention m = r.startingAt(si, k + 1);
                // "Given together with ruxolitinib, a JAK inhibitor, it cleared": past the partner's apposition, and
                // a pronoun stands for the drug it refers to
                Argument subject = m == null ? r.pronoun(si, k + 1, types) : m.anaphoric()
                        ? r.argumentOtherThan(m, types, partner) : r.argument(m, types);
                if (subject == null && (s.lower(k + 1).equals("a") || s.lower(k + 1).equals("an"))) {
                    continue;
                }
                if (subject != null) {
                    found[0] = m == null ? k + 1 : m.from();
                    found[1] = m == null ? k + 2 : m.to();
                }
                return subject != null && partner != null && subject.node().equals(partner.node()) ? null : subject;
            }
        }
        return null;
    }
}
