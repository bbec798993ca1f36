package org.litkg.extraction;

import java.util.List;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The arms of a bispecific antibody are one drug: in "One arm binds PD-1, the brake that pembrolizumab also blocks.
 * The other arm grabs VEGF", the other arm is the antibody the first arm was, not the drug named in between.
 */
final class AntibodyArms {

    /** How many sentences back the first arm may be named. */
    private static final int SENTENCES_BACK = 2;

    private AntibodyArms() {
    }

    /** The arm named before the arm at m ("One arm ... The other arm"), or null if m names no arm or none came before. */
    static Mention earlierArm(RecognizedDocument doc, Mention m) {
        if (!isArm(m)) {
            return null;
        }
        for (int s = m.sentence(); s >= Math.max(0, m.sentence() - SENTENCES_BACK); s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention earlier = ms.get(i);
                boolean before = s < m.sentence() || earlier.to() <= m.from();
                if (before && earlier.anaphoric() && isArm(earlier)) {
                    return earlier;
                }
            }
        }
        return null;
    }

    private static boolean isArm(Mention m) {
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        return m.anaphoric() && (text.endsWith(" arm") || text.endsWith(" end") || text.equals("the other"));
    }
}
