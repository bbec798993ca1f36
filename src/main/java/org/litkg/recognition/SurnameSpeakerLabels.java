package org.litkg.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.SpeakerLabels;

/**
 * A transcript's speaker label that gives only a surname in capitals ("BRENNECKE:", "ACHTERBERG-MENSAH:") names the
 * person the document gives that surname to elsewhere ("My guest today is Dr Anja Brennecke"). Alone, such a label
 * could be any role ("NARRATOR:"), so only a surname the document's people carry is read as one of them.
 */
final class SurnameSpeakerLabels {

    private SurnameSpeakerLabels() {
    }

    static void add(List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<String, String> fullNames = new HashMap<>(); // "BRENNECKE" -> "Anja Brennecke"
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                int space = m.name().lastIndexOf(' ');
                if (m.type() == EntityType.PERSON && !m.anaphoric() && space > 0) {
                    // two people of one surname ("Anja" and "Jonas Brennecke") leave "BRENNECKE:" unnamed
                    fullNames.merge(m.name().substring(space + 1).toUpperCase(Locale.ROOT), m.name(),
                            (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        for (int si = 0; si < sentences.size() && !fullNames.isEmpty(); si++) {
            Sentence s = sentences.get(si);
            int colon = SpeakerLabels.capitalsColon(s.tokens()); // "BRENNECKE:", "ACHTERBERG-MENSAH:"
            String person = colon > 0 ? fullNames.get(s.textOf(0, colon).replace(" ", "")) : null;
            person = person == null || person.isEmpty() ? null : person;
            List<Mention> ms = mentions.get(si);
            if (person != null && !AliasDetector.covered(ms, 0)) {
                ms.add(MentionRecognizer.mention(s, 0, colon, EntityType.PERSON, person, null, 0.8, "surname-speaker",
                        false));
                ms.sort(java.util.Comparator.comparingInt(Mention::from));
            }
        }
    }
}
