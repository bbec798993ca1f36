package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.SpeakerLabels;

/**
 * The person a transcript's speaker label names, "DR. AMARA OKAFOR (University of Pennsylvania):" or "ANCHOR (DANA
 * WHITFIELD-ORR):", and the workplace a titled label gives in capitals: "DR. X (ONCOLOGIST, MARLOW VALLEY HOSPITAL):".
 */
final class SpeakerRecognizer implements MentionRecognizer {

    private final Cues cues;

    SpeakerRecognizer(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int[] name = SpeakerLabels.person(s.tokens());
        if (name != null && name[1] > name[0]) {
            out.add(MentionRecognizer.mention(s, name[0], name[1], EntityType.PERSON, written(s, name[0], name[1]), null,
                    0.85, "name-speaker", false));
        }
        int[] place = SpeakerLabels.bracketedPlace(s.tokens());
        String head = place == null ? null : written(s, place[1] - 1, place[1]);
        if (head != null && cues.is(Cues.Category.ORG_HEAD, head)) {
            out.add(MentionRecognizer.mention(s, place[0], place[1], EntityType.ORGANIZATION, written(s, place[0], place[1]),
                    null, 0.8, "name-speaker-place", false));
        }
    }

    /** Words in capitals as a name is written: "OKAFOR" is "Okafor", "WHITFIELD-ORR" is "Whitfield-Orr". */
    private static String written(Sentence s, int from, int to) {
        StringBuilder written = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = s.token(k).text();
            boolean joined = k > from && (w.equals("-") || s.token(k - 1).text().equals("-"));
            written.append(k > from && !joined ? " " : "");
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                written.append(w); // "PRESENTER (Carys Pemberton-Mbeki):": already written as a name
                continue;
            }
            String[] parts = w.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                written.append(p > 0 ? "-" : "").append(titleCase(parts[p]));
            }
        }
        return written.toString();
    }

    private static String titleCase(String w) {
        return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
