package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Drugs named only by a regulator's approval: "The FDA approved resmetirom in March", "the Agency refused to approve
 * X", and the passive "Belzutifan was approved by the U.S. Food and Drug Administration". A regulator approves drugs
 * (and devices, which news rarely names with coined words), so a coined word in the approved slot names a drug.
 */
public final class ApprovedDrugRecognizer implements MentionRecognizer {

    private static final Set<String> APPROVING = Set.of("approved", "approve", "cleared", "authorised", "authorized");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "is", "were", "are", "been");
    /** How far before the approving verb the regulator may be: "the European Medicines Agency refused to approve X". */
    private static final int REGULATOR_WINDOW = 4;
    /** How far after "by" the agency's head word may be: "by the U.S. Food and Drug Administration". */
    private static final int AGENT_WINDOW = 7;

    private final Cues cues;
    private final CoinedWords coined;

    public ApprovedDrugRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int verb = 0; verb < s.size(); verb++) {
            if (!APPROVING.contains(s.lower(verb))) {
                continue;
            }
            boolean passive = verb > 0 && PASSIVE_AUXILIARIES.contains(s.lower(verb - 1)) && s.lower(verb + 1).equals("by");
            int which = passive ? -1 : whichBefore(s, verb);
            if (passive && regulatorIn(s, verb + 2, verb + 2 + AGENT_WINDOW)) {
                approvedSubject(s, verb - 1, out);
            } else if (which > 0) {
                add(s, which - 2, out); // "mitapivat, which the FDA approved this year"
            } else if (!passive && regulatorIn(s, verb - REGULATOR_WINDOW, verb) && verb + 1 < s.size()
                    && s.token(verb + 1).text().chars().allMatch(Character::isLowerCase)) {
                add(s, verb + 1, out); // the tagger's guess for an unknown word is no help here ("approved resmetirom/SCONJ")
            }
        }
    }

    /** The "which" of ", which the FDA approved" or ", which regulators approved" before the verb; else -1. */
    private int whichBefore(Sentence s, int verb) {
        for (int k = verb - 2; k >= Math.max(1, verb - REGULATOR_WINDOW); k--) {
            if (s.lower(k).equals("which") && s.lower(k - 1).equals(",") && regulatorIn(s, k + 1, verb)) {
                return k;
            }
        }
        return -1;
    }

    /** "Belzutifan was approved by": the sentence's opening word, before its auxiliaries, names the drug. */
    private void approvedSubject(Sentence s, int auxiliary, List<Mention> out) {
        int k = auxiliary - 1;
        if (s.lower(auxiliary).equals("been") && (s.lower(k).equals("has") || s.lower(k).equals("had"))) {
            k--;
        }
        k = DrugContextRecognizer.beforeParenthetical(s, k); // "Pyrimethamine, sold as Daraprim, was approved by"
        if (k == 1 && SaltNames.isSaltForm(s.lower(1))) {
            k = 0; // "Caffeine citrate was approved by": the drug and the salt it is given as
        }
        if (k != 0) {
            return;
        }
        if (coined.isCoined(s.token(0), true)) {
            add(s, 0, out);
        } else if (coined.isBrandName(s.token(0))) {
            out.add(MentionRecognizer.mention(s, 0, 1, EntityType.DRUG, s.token(0).text(), null, 0.65, "context-approval",
                    false)); // "Velsipity was approved by": a brand keeps its capital
        }
    }

    /** An agency's acronym or head word ("Agency", "Administration"), or "regulators", between from and to. */
    private boolean regulatorIn(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            String w = s.token(k).text();
            if (w.length() >= 3 && w.chars().allMatch(Character::isUpperCase) || s.lower(k).startsWith("regulator")
                    || cues.is(Category.AGENCY_HEAD, w)) {
                return true;
            }
        }
        return false;
    }

    private void add(Sentence s, int name, List<Mention> out) {
        Token t = name >= 0 ? s.token(name) : null;
        if (t != null && coined.isCoined(t, true)) {
            out.add(MentionRecognizer.mention(s, name, name + 1, EntityType.DRUG, t.lower(), null, 0.7, "context-approval",
                    false));
        }
    }
}
