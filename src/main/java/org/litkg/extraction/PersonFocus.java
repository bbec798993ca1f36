package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The person a text keeps talking about: named once, then "she" and "her" sentence after sentence ("I met Dr. X from Y.
 * She told me ... she thinks ... in her mice. Her group's paper is out in J"), so that a possessive further on than a
 * reference usually reaches is still hers.
 */
final class PersonFocus {

    /** How far back a person stays the referent of "her" while every sentence since still says "she" or "her". */
    private static final int CHAIN_BACK = 7;
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("she", "her", "hers", "he", "him", "his");

    private PersonFocus() {
    }

    /**
     * The person last named before sentence si, within the chain's reach, where every sentence between names no person
     * but speaks of someone as "she" or "he"; else null.
     */
    static Node.EntityNode keptBefore(RecognizedDocument doc, int si) {
        for (int s = si - 1; s >= Math.max(0, si - CHAIN_BACK); s--) {
            Mention named = lastPersonNamed(doc.mentions().get(s));
            if (named != null) {
                return new Node.EntityNode(doc.entities().of(named));
            }
            if (doc.analyzed().sentences().get(s).tokens().stream()
                    .noneMatch(t -> PERSONAL_PRONOUNS.contains(t.lower()))) {
                return null; // the chain breaks: a sentence that speaks of no one
            }
        }
        return null;
    }

    private static Mention lastPersonNamed(List<Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && !m.anaphoric()) {
                return m;
            }
        }
        return null;
    }
}
