package org.litkg.evaluation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.Node;
import org.litkg.extraction.RelationType;
import org.litkg.extraction.Statement;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.LexiconEntry;
import org.litkg.recognition.Mention;

/**
 * What litkg read from one document, in the terms evaluation compares: each distinct
 * (subject, relation, object, polarity) with every name its two ends go by in the document.
 */
public record Prediction(RelationType relation, Set<String> subject, Set<String> object, boolean negated,
                         boolean hedged, String sentence) {

    public static List<Prediction> of(DocumentExtraction x, Lexicon lexicon) {
        Map<String, Prediction> distinct = new LinkedHashMap<>();
        for (Statement s : x.statements()) {
            String key = s.relation() + " " + identity(s.subject()) + " " + identity(s.object()) + " " + s.evidence().negated();
            Prediction p = new Prediction(s.relation(), names(s.subject(), lexicon), names(s.object(), lexicon),
                    s.evidence().negated(), s.evidence().hedged(), s.evidence().sentenceText());
            // A finding read once plainly and once hedged counts as plain.
            distinct.merge(key, p, (a, b) -> a.hedged() ? b : a);
        }
        return List.copyOf(distinct.values());
    }

    private static String identity(Node node) {
        return node instanceof Node.EntityNode e ? "entity-" + e.entity().id()
                : "study-" + ((Node.StudyNode) node).study().ordinal();
    }

    static Set<String> names(Node node, Lexicon lexicon) {
        return node instanceof Node.EntityNode e ? names(e.entity(), lexicon) : Set.of(GoldStandard.STUDY);
    }

    /** The entity's names as written, its preferred name, and its lexicon label. */
    public static Set<String> names(DocumentEntities.Entity entity, Lexicon lexicon) {
        Set<String> names = new LinkedHashSet<>();
        entity.names().keySet().forEach(n -> names.add(Names.normalize(n)));
        for (Mention m : entity.mentions()) {
            names.add(Names.normalize(m.text()));
        }
        if (entity.lexiconId() != null) {
            LexiconEntry entry = lexicon.get(entity.lexiconId());
            if (entry != null) {
                names.add(Names.normalize(entry.label()));
            }
        }
        return names;
    }

    /** Whether this prediction states the gold fact (either direction for a symmetric relation). */
    public boolean matches(GoldStandard.Fact fact) {
        if (relation != fact.relation()) {
            return false;
        }
        boolean forward = Names.overlap(subject, fact.subject()) && Names.overlap(object, fact.object());
        boolean backward = relation.symmetric() && Names.overlap(subject, fact.object()) && Names.overlap(object, fact.subject());
        return forward || backward;
    }

    public String describe() {
        return String.join("|", subject) + " " + (negated ? "not:" : "") + relation.property() + " " + String.join("|", object);
    }
}
