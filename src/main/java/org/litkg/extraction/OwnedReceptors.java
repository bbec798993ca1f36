package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "Interleukin-6 works by binding its receptor": the receptor "its" stands for is the one named for its owner ("the
 * interleukin-6 receptor"), wherever the text named it, and never the owner itself.
 */
final class OwnedReceptors {

    private OwnedReceptors() {
    }

    /** The receptor named for the protein that owns "its receptor" at m; null where none is named or m is no such phrase. */
    static Node.EntityNode of(RecognizedDocument doc, Mention m, Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        int its = s.lower(m.from()).equals("its") ? m.from() : s.lower(m.from() - 1).equals("its") ? m.from() - 1 : -1;
        if (its < 0 || m.type() != EntityType.RECEPTOR || !allowed.contains(EntityType.RECEPTOR)) {
            return null;
        }
        Mention owner = null;
        for (Mention other : doc.mentions().get(m.sentence())) {
            boolean protein = !other.anaphoric() && other.type().kind() == EntityType.Kind.PROTEIN;
            if (protein && other.to() <= its && (owner == null || other.to() > owner.to())) {
                owner = other;
            }
        }
        if (owner == null) {
            return null;
        }
        List<String> ownerKeys = doc.entities().of(owner).names().keySet().stream().map(Lexicon::key).toList();
        for (DocumentEntities.Entity e : doc.entities().all()) {
            boolean named = e.type() == EntityType.RECEPTOR && e.names().keySet().stream().map(Lexicon::key)
                    .anyMatch(n -> ownerKeys.stream().anyMatch(o -> n.equals(o + Lexicon.key("receptor"))));
            if (named) {
                return new Node.EntityNode(e);
            }
        }
        return null;
    }
}
