package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

import static org.litkg.recognition.DrugNameTokens.hasUpperOrDigit;
import static org.litkg.recognition.DrugNameTokens.isNameToken;
import static org.litkg.recognition.DrugNameTokens.nameOf;

/**
 * An antibody phrase said of a drug named before it describes that drug and names nothing of its own: in
 * "Mogamulizumab, an antibody against CCR4", "Velimab is an antibody against CCL2" and "Penpulimab is a single-domain
 * anti-PD-1 antibody that blocks PD-1" the phrase is no second drug, so what it does, the named drug does. Elsewhere
 * ("combined with an anti-PD-1 antibody", "in mice, a neutralising antibody against X") the phrase is a drug of its own.
 */
final class DescribedAntibodies {

    /** How many words may describe the antibody between its determiner and the phrase: "a fully human monoclonal". */
    private static final int MAX_MODIFIER_WORDS = 5;
    /** What stands between the named drug and the article: an apposition's comma or dash, or a copula. */
    private static final Set<String> DESCRIBING = Set.of(",", "—", "is", "was");

    private DescribedAntibodies() {
    }

    /**
     * Whether the "anti-X antibody" phrase at {@code head} is a drug of its own: it describes no drug found before it
     * ("X is an anti-PD-1 antibody that ...") and is not followed by the name it introduces ("the anti-PD-1 antibody
     * balstilimab": {@code nameAfter}).
     */
    static boolean namesNoOtherDrug(Sentence s, int head, List<Mention> found, boolean nameAfter) {
        return !nameAfter && !describesNamedDrug(s, head, found);
    }

    /**
     * "an antibody against the receptor CCR8", "a neutralising antibody against CXCL13": an unnamed antibody
     * is named by its target, as "anti-CCR8 antibody" is. Not in an apposition ("Mogamulizumab, an antibody
     * against CCR4"), where the phrase describes the name before it; and where a name is set off by commas after it
     * ("An antibody against CCR7, HN-27, blocked"), that name is the drug.
     */
    static void against(Sentence s, int head, Cues cues, List<Mention> out) {
        if (!s.lower(head + 1).equals("against")) {
            return;
        }
        int target = s.lower(head + 2).equals("the") ? head + 3 : head + 2;
        if (cues.is(Cues.Category.PROTEIN_NOUN, s.lower(target))) {
            target++; // "against the receptor CCR8"
        }
        if (target >= s.size() || !DrugContextRecognizer.looksLikeSymbol(s.token(target).text())) {
            return;
        }
        if (describesNamedDrug(s, head, out)) {
            return; // "Mogamulizumab, an antibody against CCR4", "Velimab is an antibody against CCL2"
        }
        int apposed = target + 2; // "An antibody against CCR7, HN-27, blocked": the phrase's name, set off by commas
        if (s.lower(target + 1).equals(",") && apposed < s.size() && hasUpperOrDigit(s.token(apposed).text())
                && isNameToken(s.token(apposed)) && IntroducedNames.closesApposedName(s, apposed + 1)) {
            out.add(MentionRecognizer.mention(s, apposed, apposed + 1, EntityType.DRUG, nameOf(s.token(apposed)), null,
                    0.85, "context-antibody", false));
            return;
        }
        int from = modifiersStart(s, head);
        String name = "anti-" + s.token(target).text() + " antibody";
        out.add(MentionRecognizer.mention(s, from, head + 1, EntityType.DRUG, name, null, 0.75, "context-antibody",
                false));
    }

    /**
     * "AMD3100 plus anti-PD-L1 reduced tumour growth": an abstract's "anti-" and a protein's symbol, written as one
     * word with no "antibody" after it, names the antibody drug ("anti-inflammatory", in lower case, names none).
     */
    static boolean isBareAnti(Sentence s, int i) {
        String w = s.token(i).text();
        return w.startsWith("anti-") && w.length() > 6 && Character.isUpperCase(w.charAt(5))
                && DrugContextRecognizer.looksLikeSymbol(w.substring(5)) && !s.lower(i + 1).startsWith("antibod")
                && !s.lower(i + 1).equals("(") && !s.lower(i + 1).equals("-"); // "anti-TNF (...)-α siRNA" is no drug
    }

    /** Whether the antibody phrase whose first word is at {@code head} describes a drug already found before it. */
    static boolean describesNamedDrug(Sentence s, int head, List<Mention> found) {
        int from = modifiersStart(s, head);
        int before = from - 2;
        if (from < 2 || !DrugContextRecognizer.DETERMINERS.contains(s.lower(from - 1)) || !DESCRIBING.contains(s.lower(before))) {
            return false;
        }
        // the name ends before the phrase's article, or before a parenthetical there: "Ligufalimab (AK117) is an ..."
        int nameEnd = DrugContextRecognizer.beforeParenthetical(s, before - 1) + 1;
        return found.stream().anyMatch(m -> (m.to() == before || m.to() == nameEnd) && m.type().kind() == EntityType.Kind.DRUG);
    }

    /**
     * Where the words describing the antibody at head begin: adjectives and adverbs before them, "-ing" words,
     * "monoclonal", "single-domain".
     */
    static int modifiersStart(Sentence s, int head) {
        int from = head;
        while (from > 0 && head - from < MAX_MODIFIER_WORDS) {
            if (s.token(from - 1).pos().equals("ADJ") || s.lower(from - 1).endsWith("ing")
                    || s.lower(from - 1).equals("monoclonal")
                    || from < head && s.lower(from - 1).endsWith("ly")) { // "a fully human", "a highly selective"
                from--;
            } else if (from >= 3 && s.isJoiningHyphen(from - 2)) {
                from -= 3; // "a single-domain anti-PD-L1 antibody"
            } else {
                break;
            }
        }
        return from;
    }
}
