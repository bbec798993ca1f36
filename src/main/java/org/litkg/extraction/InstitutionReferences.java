package org.litkg.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "The university", "the institute", "the infirmary": an institution named before by a name with that head word
 * ("a consultant at the infirmary" after "Daleford Royal Infirmary"), however far back, and not merely the nearest
 * organisation ("the institute" is no hospital). A head no earlier name has stands for nothing.
 */
final class InstitutionReferences {

    private InstitutionReferences() {
    }

    static Node.EntityNode named(RecognizedDocument doc, Mention reference, Set<EntityType> allowed) {
        String head = doc.analyzed().sentences().get(reference.sentence()).lower(reference.to() - 1);
        for (int s = reference.sentence(); s >= 0; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.anaphoric() || s == reference.sentence() && m.to() > reference.from()) {
                    continue;
                }
                DocumentEntities.Entity e = doc.entities().of(m);
                if (allowed.contains(e.type()) && e.type().kind() == reference.type().kind() && hasHead(m.text(), head)) {
                    return new Node.EntityNode(e);
                }
            }
        }
        return null;
    }

    /** Heads in the languages institutions keep in their names: "the institute" is the Karolinska Institutet. */
    private static final java.util.Map<String, Set<String>> FOREIGN_HEADS = java.util.Map.of(
            "institute", Set.of("institut", "institutet", "instituto", "istituto", "instytut"),
            "university", Set.of("universität", "université", "universidad", "università", "universiteit",
                    "universitet", "universidade", "uniwersytet"),
            "hospital", Set.of("hôpital", "ospedale", "hospitalet", "ziekenhuis", "krankenhaus"));

    /** Heads that make a name ending in them another body: "Riverside Children's Hospital Foundation" is none. */
    private static final Set<String> BODY_HEADS = Set.of("foundation", "trust", "charity", "fund", "society",
            "association", "council", "press", "club");

    private static boolean hasHead(String name, String head) {
        Set<String> foreign = FOREIGN_HEADS.getOrDefault(head, Set.of());
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (BODY_HEADS.contains(words[words.length - 1]) && !BODY_HEADS.contains(head)) {
            return false;
        }
        for (String word : words) {
            if (word.equals(head) || foreign.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
