package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * A news lede that names its drug only later: "A drug that blocks CXCR4 freed T cells in mice ... The drug, called
 * burixafor, is made by Taiho." The indefinite description opening the sentence stands for the drug that a definite
 * reference names soon after, in an apposition or after "called"; failing that, for the drug a clipped item just
 * before it names ("Item 1: mogamulizumab, 4 vials. An antibody that binds CCR4"); else for nothing.
 */
final class Ledes {

    /** How many sentences after the lede its drug may be named. */
    private static final int SENTENCES_AHEAD = 3;
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed");

    private Ledes() {
    }

    static Node.EntityNode namedLater(RecognizedDocument doc, Mention lede, Set<EntityType> allowed) {
        List<Sentence> sentences = doc.analyzed().sentences();
        for (int si = lede.sentence() + 1; si < sentences.size() && si <= lede.sentence() + SENTENCES_AHEAD; si++) {
            Sentence s = sentences.get(si);
            for (Mention reference : doc.mentions().get(si)) {
                if (!reference.anaphoric() || reference.type() != lede.type() || !s.lower(reference.from()).equals("the")
                        || !s.lower(reference.to()).equals(",")) {
                    continue;
                }
                int at = NAMING.contains(s.lower(reference.to() + 1)) ? reference.to() + 2 : reference.to() + 1;
                Mention name = startingAt(doc, si, at);
                if (name != null && !name.anaphoric()) {
                    DocumentEntities.Entity e = doc.entities().of(name);
                    return allowed.contains(e.type()) ? new Node.EntityNode(e) : null;
                }
            }
        }
        return null;
    }

    /**
     * The drug a clipped item before the description names alone: "Item 1: mogamulizumab, 4 vials. An antibody that
     * binds CCR4". The item has no verb, so the description that follows it goes on about its drug; null otherwise.
     */
    static Node.EntityNode itemBefore(RecognizedDocument doc, Mention lede, Set<EntityType> allowed) {
        if (lede.sentence() == 0) {
            return null;
        }
        Sentence item = doc.analyzed().sentences().get(lede.sentence() - 1);
        boolean clipped = item.tokens().stream().noneMatch(t -> t.pos().equals("VERB") || t.pos().equals("AUX"));
        List<Mention> drugs = doc.mentions().get(lede.sentence() - 1).stream()
                .filter(m -> !m.anaphoric() && m.type().kind() == EntityType.Kind.DRUG).toList();
        if (!clipped || drugs.size() != 1) {
            return null;
        }
        DocumentEntities.Entity e = doc.entities().of(drugs.get(0));
        return allowed.contains(e.type()) ? new Node.EntityNode(e) : null;
    }

    private static Mention startingAt(RecognizedDocument doc, int si, int from) {
        return doc.mentions().get(si).stream().filter(x -> x.from() == from).findFirst().orElse(null);
    }
}
