package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.recognition.EntityType;

/**
 * One pronoun, one thing: "It binds CXCR4 on stem cells and keeps them in the marrow" has one "it" for both verbs, so
 * once "binds" has read it as CXCL12, "keeps" reads it so too, rather than as the nearest thing that could keep cells
 * (the bone the sentence before named). Each verb resolves its subject for its own role; this makes the later reading
 * agree with the earlier one where the earlier one fits.
 */
final class SharedPronouns {

    private SharedPronouns() {
    }

    /** The subjects, each pronoun among them read as it was for an earlier statement of sentence si. */
    static List<Argument> asBefore(List<Statement> out, int si, List<Argument> subjects, RelationType relation) {
        List<Argument> agreed = new ArrayList<>(subjects.size());
        for (Argument subject : subjects) {
            agreed.add(subject.reference() ? readBefore(out, si, subject, relation.domain()) : subject);
        }
        return agreed;
    }

    private static Argument readBefore(List<Statement> out, int si, Argument pronoun, Set<EntityType> allowed) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).evidence().sentenceIndex() == si; i--) {
            Evidence e = out.get(i).evidence();
            for (Argument earlier : List.of(e.subject(), e.object())) {
                if (earlier.reference() && earlier.span().equals(pronoun.span())) {
                    return allowed.contains(earlier.node().type())
                            ? new Argument(earlier.node(), pronoun.span(), pronoun.text(), true) : pronoun;
                }
            }
        }
        return pronoun;
    }
}
