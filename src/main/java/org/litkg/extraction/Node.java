package org.litkg.extraction;

import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/** What a statement is about: an entity recognised in the text, or a study the text reports. */
public sealed interface Node permits Node.EntityNode, Node.StudyNode {

    EntityType type();

    /** An entity named in the document. */
    record EntityNode(DocumentEntities.Entity entity) implements Node {
        @Override
        public EntityType type() {
            return entity.type();
        }
    }

    /** A study reported by the document. */
    record StudyNode(Study study) implements Node {
        @Override
        public EntityType type() {
            return EntityType.STUDY;
        }
    }
}
