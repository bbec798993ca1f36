package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * A drug known only as what acts on a named protein: "Like hepcidin, rusfertide binds ferroportin", "and velsertide
 * blocks ferroportin". A coined lower-case word (no English word) right before a targeting verb, opening its clause,
 * whose object is a protein, receptor or chemokine already named, is a drug; the name then carries through the
 * document as other context names do. (DrugTargetRecognizer reads the other way: a known drug names its target.)
 */
final class CoinedAgentRecognizer implements MentionRecognizer {

    /** What may stand before a clause's subject: nothing, a comma ("Like hepcidin, X binds"), a conjunction. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", "but", ";", ":");

    private final CoinedWords coined;

    CoinedAgentRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int v = 1; v + 1 < s.size(); v++) {
            if (!ListAndTargetWords.TARGETING_VERBS.contains(s.token(v).lemma())) {
                continue;
            }
            int subject = ListAndTargetWords.TARGETING_ADVERBS.contains(s.lower(v - 1)) ? v - 2 : v - 1;
            int object = s.lower(v + 1).equals("the") ? v + 2 : v + 1;
            if (subject < 0 || AliasDetector.covered(out, subject) || !opensClause(s, subject) || !namesProtein(out, object)) {
                continue;
            }
            Token t = s.token(subject);
            // lower case, as a non-proprietary name is written: a capitalised word may be a brand the text names
            // elsewhere ("under the name Duolenca"), which must stay that drug's alias
            if (coined.isCoined(t, false)) {
                out.add(MentionRecognizer.mention(s, subject, subject + 1, EntityType.DRUG, t.text(), null, 0.7,
                        "context-drug", false));
            }
        }
    }

    private static boolean opensClause(Sentence s, int k) {
        return k == 0 || CLAUSE_OPENERS.contains(s.lower(k - 1));
    }

    private static boolean namesProtein(List<Mention> out, int k) {
        return out.stream().anyMatch(m -> m.from() == k && m.type().kind() == EntityType.Kind.PROTEIN);
    }
}
