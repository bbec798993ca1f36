package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Drugs named only by a regulator's approval: "The FDA approved resmetirom in March", "the Agency refused to approve
 * X", and the passive "Belzutifan was approved by the U.S. Food and Drug Administration". A regulator approves drugs
 * (and devices, which news rarely names with coined words), so a coined word in the approved slot names a drug.
 */
public final class ApprovedDrugRecognizer implements MentionRecognizer {

    /** Function words long enough to pass for a coined name after "approved": "approved without conditions". */
    static final Set<String> LONG_FUNCTION_WORDS = Set.of("without", "through", "because", "between", "although",
            "whether", "against", "despite", "whereas", "however", "therefore", "together");
    private static final Set<String> APPROVING = Set.of("approved", "approve", "cleared", "authorised", "authorized");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "is", "were", "are", "been");
    /** How far before the approving verb the regulator may be: "the European Medicines Agency refused to approve X". */
    private static final int REGULATOR_WINDOW = 4;
    /** How far after "by" the agency's head word may be: "by the U.S. Food and Drug Administration". */
    private static final int AGENT_WINDOW = 7;

    private final Cues cues;
    private final Predicate<String> isVerbForm;

    public ApprovedDrugRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int verb = 0; verb < s.size(); verb++) {
            if (!APPROVING.contains(s.lower(verb))) {
                continue;
            }
            boolean passive = verb > 0 && PASSIVE_AUXILIARIES.contains(s.lower(verb - 1)) && s.lower(verb + 1).equals("by");
            if (passive && regulatorIn(s, verb + 2, verb + 2 + AGENT_WINDOW)) {
                approvedSubject(s, verb - 1, out);
            } else if (!passive && verb >= 4 && regulatorIn(s, verb - 3, verb) && s.lower(verb - 3).equals("which")
                    && s.lower(verb - 4).equals(",")) {
                add(s, verb - 5, out); // "mitapivat, which the FDA approved this year"
            } else if (!passive && regulatorIn(s, verb - REGULATOR_WINDOW, verb) && verb + 1 < s.size()
                    && s.token(verb + 1).text().chars().allMatch(Character::isLowerCase)) {
                add(s, verb + 1, out); // the tagger's guess for an unknown word is no help here ("approved resmetirom/SCONJ")
            }
        }
    }

    /** "Belzutifan was approved by": the sentence's opening word, before its auxiliaries, names the drug. */
    private void approvedSubject(Sentence s, int auxiliary, List<Mention> out) {
        int k = auxiliary - 1;
        if (s.lower(auxiliary).equals("been") && (s.lower(k).equals("has") || s.lower(k).equals("had"))) {
            k--;
        }
        if (k == 0) {
            add(s, 0, out);
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
        Token t = s.token(name);
        String w = t.lower();
        boolean coined = w.length() >= 7 && w.chars().allMatch(Character::isLowerCase) && !DrugContextRecognizer.looksEnglish(w)
                && !isVerbForm.test(w) && !cues.is(Category.STOP_MODIFIER, w) && !LONG_FUNCTION_WORDS.contains(w)
                && !cues.is(Category.DRUG_NOUN, Lemmatizer.singular(w)) && !cues.is(Category.NOT_A_NAME, t.text());
        if (coined) {
            out.add(MentionRecognizer.mention(s, name, name + 1, EntityType.DRUG, w, null, 0.7, "context-approval", false));
        }
    }
}
