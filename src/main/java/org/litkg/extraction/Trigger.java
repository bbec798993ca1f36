package org.litkg.extraction;

/**
 * One sense of a relation verb from {@code patterns/relations.tsv}.
 *
 * @param lemma       the verb
 * @param relation    the relation it expresses
 * @param inverse     true when the grammatical object is the relation's subject ("the FDA approved X")
 * @param preposition a preposition that must introduce the object ("combined with"), or ""
 */
public record Trigger(String lemma, RelationType relation, boolean inverse, String preposition) {
}
