package org.litkg.extraction;

/** A relation read in one place of one document: (subject, relation, object) with its evidence. */
public record Statement(RelationType relation, Evidence evidence) {

    public Node subject() {
        return evidence.subject().node();
    }

    public Node object() {
        return evidence.object().node();
    }
}
