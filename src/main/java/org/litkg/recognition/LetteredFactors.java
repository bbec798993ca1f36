package org.litkg.recognition;

import java.util.List;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/** Proteins named by a letter or a numeral: complement components ("complement C5"), clotting factors ("factor Xa"). */
final class LetteredFactors {

    private LetteredFactors() {
    }

    private static final Pattern LETTER_NAME = Pattern.compile("[A-Z]");
    private static final Pattern FACTOR_NAME = Pattern.compile("[A-Z]|[IVX]{1,4}a?|Xa");
    private static final Pattern COMPLEMENT_COMPONENT = Pattern.compile("C\\d[ab]?");
    /** The first component's subunits, whose shape names nothing else: "C1s", "C1q", "C1r". */
    private static final Pattern C1_SUBUNIT = Pattern.compile("C1[qrs]");
    /** Words after a component that make it a drug's target: "the C5 drugs", "a C3 inhibitor". */
    private static final java.util.Set<String> TARGETING_NOUNS = java.util.Set.of("inhibitor", "inhibitors", "drug", "drugs",
            "blocker", "blockers", "antibody", "antibodies");

    /** Verbs a drug acts on a component with: "eculizumab blocks C5", "does not block C5" (not "her C5 vertebra"). */
    private static final java.util.Set<String> ACTING_VERBS = java.util.stream.Stream.of("block", "bind", "target", "inhibit")
            .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()).collect(java.util.stream.Collectors.toSet());

    /**
     * "factor B", "factor VIII", "factor Xa": complement and clotting factors named by a letter or numeral;
     * "complement C5", "complement protein C3": the components named after the word "complement", or before a
     * drug's noun ("C5 inhibitors"), and C1's subunits ("C1s") anywhere; and "the F protein", "the G glycoprotein": a
     * virus's protein named by a letter.
     */
    static void recognize(Sentence s, int i, List<Mention> out) {
        String w = s.lower(i);
        boolean factor = w.equals("factor") && !s.lower(i - 1).equals("risk") && i + 1 < s.size();
        if (factor && FACTOR_NAME.matcher(s.token(i + 1).text()).matches()) {
            out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.PROTEIN, "factor " + s.token(i + 1).text(), null, 0.7,
                    "phrase-protein", false));
        } else if (i > 0 && (s.lower(i + 1).equals("protein") || s.lower(i + 1).equals("glycoprotein"))
                && LETTER_NAME.matcher(s.token(i).text()).matches()) {
            out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.PROTEIN, s.token(i).text() + " " + s.lower(i + 1), null,
                    0.7, "phrase-protein", false)); // "the F protein that the virus uses", "the Nipah G glycoprotein"
        } else if (C1_SUBUNIT.matcher(s.token(i).text()).matches()
                || COMPLEMENT_COMPONENT.matcher(s.token(i).text()).matches()
                && (TARGETING_NOUNS.contains(s.lower(i + 1)) || ACTING_VERBS.contains(s.lower(i - 1)))) {
            out.add(MentionRecognizer.mention(s, i, i + 1, EntityType.PROTEIN, s.token(i).text(), null, 0.7,
                    "phrase-protein", false)); // "an antibody that binds C1s", "the C5 drugs eculizumab and ravulizumab"
        } else if (w.equals("complement")) {
            int k = s.lower(i + 1).equals("protein") || s.lower(i + 1).equals("component") ? i + 2 : i + 1;
            if (k < s.size() && COMPLEMENT_COMPONENT.matcher(s.token(k).text()).matches()) {
                out.add(MentionRecognizer.mention(s, k, k + 1, EntityType.PROTEIN, s.token(k).text(), null, 0.7,
                        "phrase-protein", false));
            }
        }
    }
}
