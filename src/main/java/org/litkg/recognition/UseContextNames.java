package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

import static org.litkg.recognition.DrugNameTokens.isNameToken;
import static org.litkg.recognition.DrugNameTokens.nameOf;

/**
 * Drugs named by what is done with them, whatever their shape: given against placebo ("received ulotaront or
 * placebo", "Placebo versus X") or taken ("also took edaravone", "continued riluzole"). What a drug does to its target
 * names it too ("Gefapixant blocks P2X3", "X switches on the receptor"): DrugContextRecognizer reads that.
 */
final class UseContextNames {

    /** Words that set a name against placebo: "X or placebo", "X versus placebo", "placebo or X". */
    private static final Set<String> ARM_LINKS = Set.of("or", "versus", "vs", "vs.");
    /** Words between a placebo arm's link and "placebo": "or a matching placebo". */
    private static final Set<String> PLACEBO_FILLERS = Set.of("a", "matching", "the");
    /** Verbs of taking a drug, with what they take straight after them: "also took edaravone". */
    private static final Set<String> TAKING_VERBS = Set.of("take", "took", "taken", "taking", "takes", "continued",
            "continue", "continues", "continuing", "started", "starting", "stopped");

    private final Cues cues;
    private final CoinedWords coined;

    UseContextNames(Cues cues, CoinedWords coined) {
        this.cues = cues;
        this.coined = coined;
    }

    void recognize(Sentence s, int i, List<Mention> out) {
        if (s.lower(i).equals("placebo")) {
            int link = i - 1;
            while (link > 0 && PLACEBO_FILLERS.contains(s.lower(link))) {
                link--;
            }
            if (ARM_LINKS.contains(s.lower(link))) {
                addIfUnknown(s, link - 1, "context-placebo", out);
            }
            if (ARM_LINKS.contains(s.lower(i + 1))) {
                addIfUnknown(s, i + 2, "context-placebo", out);
            }
        }
        if (TAKING_VERBS.contains(s.lower(i)) && i + 1 < s.size() && coined.isCoined(s.token(i + 1), false)
                && !s.lower(i + 1).equals("placebo")) {
            addName(s, i + 1, "context-taken", out);
        }
    }

    /** A name set against placebo may have any ending but no known word's: "ulotaront" ends as "important" does. */
    private void addIfUnknown(Sentence s, int k, String method, List<Mention> out) {
        if (k < 0 || k >= s.size()) {
            return;
        }
        Token t = s.token(k);
        if (isNameToken(t) && coined.isUnknownWord(t, k == 0 || s.token(k - 1).isPunctuation())
                && !cues.is(Category.DRUG_NOUN, Lemmatizer.singular(t.lower()))) {
            addName(s, k, method, out);
        }
    }

    private static void addName(Sentence s, int k, String method, List<Mention> out) {
        out.add(MentionRecognizer.mention(s, k, k + 1, EntityType.DRUG, nameOf(s.token(k)), null, 0.7, method, false));
    }
}
