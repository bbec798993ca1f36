package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered members of one family share its type: where the text shows S1P1 to be a receptor ("three sphingosine
 * 1-phosphate receptors, S1P1, S1P4 and S1P5"), "does not engage S1P2 or S1P3" names receptors too, though their
 * shape alone says only "protein".
 */
final class FamilyTypes {

    /** A family stem of three characters or more that ends in a letter, and the member's number: "S1P" and "2". */
    private static final Pattern MEMBER = Pattern.compile("([A-Za-z0-9-]{2,}[A-Za-z])(\\d{1,2})");

    private FamilyTypes() {
    }

    static List<List<Mention>> apply(List<List<Mention>> mentions) {
        Set<String> receptorStems = new HashSet<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                String stem = m.type() == EntityType.RECEPTOR && !m.anaphoric() ? stem(m.text()) : null;
                if (stem != null) {
                    receptorStems.add(stem);
                }
            }
        }
        if (receptorStems.isEmpty()) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (List<Mention> ms : mentions) {
            List<Mention> updated = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                boolean member = m.type() == EntityType.PROTEIN && m.lexiconId() == null && !m.anaphoric()
                        && receptorStems.contains(stem(m.text()));
                updated.add(member ? m.withType(EntityType.RECEPTOR) : m);
            }
            out.add(updated);
        }
        return out;
    }

    private static String stem(String name) {
        Matcher matcher = MEMBER.matcher(name);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
