package org.litkg.recognition;

import org.litkg.document.Span;

/**
 * A place in a sentence that names (or refers back to) an entity.
 *
 * @param sentence   index of the sentence in the analysed document
 * @param from       first token, inclusive
 * @param to         last token, exclusive
 * @param span       character range in the document text
 * @param text       the mention as written
 * @param type       the entity type
 * @param name       the normalised name that identifies the entity within its kind ("T cell" for "T cells")
 * @param lexiconId  the lexicon entry it matched, or null
 * @param confidence how sure the recogniser is, 0..1
 * @param method     which recogniser found it (named in evidence)
 * @param anaphoric  true for "the drug", "this protein", "the tumor": resolved to an earlier mention
 */
public record Mention(int sentence, int from, int to, Span span, String text, EntityType type, String name,
                      String lexiconId, double confidence, String method, boolean anaphoric) {

    public Mention {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("invalid token range [" + from + ", " + to + ") for '" + text + "'");
        }
    }

    public int length() {
        return to - from;
    }

    /** The first of the mentions that starts at the token, or null. */
    public static Mention startingAt(java.util.List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.from() == token) {
                return m;
            }
        }
        return null;
    }

    /** The first of the mentions whose last token is the one given, or null. */
    public static Mention endingAt(java.util.List<Mention> mentions, int lastToken) {
        for (Mention m : mentions) {
            if (m.to() == lastToken + 1) {
                return m;
            }
        }
        return null;
    }

    public Mention withType(EntityType newType) {
        return new Mention(sentence, from, to, span, text, newType, name, lexiconId, confidence, method, anaphoric);
    }

    public Mention withName(String newName, String newLexiconId) {
        return new Mention(sentence, from, to, span, text, type, newName, newLexiconId, confidence, method, anaphoric);
    }

    public Mention extendedTo(int newTo, org.litkg.analysis.Sentence s) {
        return new Mention(sentence, from, newTo, s.spanOf(from, newTo), s.textOf(from, newTo), type, name, lexiconId,
                confidence, method, anaphoric);
    }
}
