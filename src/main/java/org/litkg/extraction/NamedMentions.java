package org.litkg.extraction;

import java.util.Set;
import java.util.function.BiPredicate;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Where a text names an entity: "Dr. X" before a bare "X", a trial's name in an earlier sentence. */
final class NamedMentions {

    private NamedMentions() {
    }

    /**
     * Whether a mention in the sentences before {@code until}, of one of the types, names {@code node} and passes the
     * test (given the mention's sentence and the mention).
     */
    static boolean anyBefore(Reading r, int until, Node node, Set<EntityType> types, BiPredicate<Integer, Mention> test) {
        for (int si = 0; si < until; si++) {
            for (Mention m : r.mentions(si)) {
                Argument named = types.contains(m.type()) ? r.argument(m, types) : null;
                if (named != null && named.node().equals(node) && test.test(si, m)) {
                    return true;
                }
            }
        }
        return false;
    }
}
