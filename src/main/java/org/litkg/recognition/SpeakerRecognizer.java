package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.SpeakerLabels;

/** The person a transcript's titled speaker label names: "DR. AMARA OKAFOR (University of Pennsylvania):". */
final class SpeakerRecognizer implements MentionRecognizer {

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int[] name = SpeakerLabels.person(s.tokens());
        if (name != null && name[1] > name[0]) {
            StringBuilder written = new StringBuilder();
            for (int k = name[0]; k < name[1]; k++) {
                String w = s.token(k).text();
                written.append(k > name[0] ? " " : "").append(w.charAt(0))
                        .append(w.substring(1).toLowerCase(Locale.ROOT)); // "OKAFOR" is written "Okafor"
            }
            out.add(MentionRecognizer.mention(s, name[0], name[1], EntityType.PERSON, written.toString(), null, 0.85,
                    "name-speaker", false));
        }
    }
}
