package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * A protein made as a drug: "recombinant factor VIIa", "recombinant human erythropoietin". Read from the proteins the
 * recognizers before it found, so any protein name, however it was recognised, becomes a drug after "recombinant".
 */
final class RecombinantProducts implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (Mention m : List.copyOf(out)) {
            int made = s.lower(m.from() - 1).equals("human") ? m.from() - 2 : m.from() - 1;
            if (m.type() == EntityType.PROTEIN && !m.anaphoric() && s.lower(made).equals("recombinant")) {
                out.add(MentionRecognizer.mention(s, made, m.to(), EntityType.DRUG, s.textOf(made, m.to()), null, 0.7,
                        "phrase-recombinant", false));
            }
        }
    }
}
