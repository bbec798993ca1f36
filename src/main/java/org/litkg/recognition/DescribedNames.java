package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/** A protein's name and a description of it, apposed either way round: "ferroportin, the iron channel", "the X receptor, Y". */
final class DescribedNames {

    private DescribedNames() {
    }

    /** A protein named, then described after ", the" by a phrase that names no other ("ferroportin, the iron channel"). */
    static boolean describedAfter(Sentence s, List<Mention> ms, Mention m) {
        Mention after = s.lower(m.to()).equals(",") && s.lower(m.to() + 1).equals("the")
                ? AliasDetector.mentionAt(ms, m.to() + 2) : null;
        return after != null && after.method().startsWith("phrase") && !m.method().startsWith("phrase")
                && m.type().kind() == EntityType.Kind.PROTEIN && after.type().kind() == EntityType.Kind.PROTEIN;
    }

    /** A protein described by a definite phrase, then named in apposition: "binds the high-affinity receptor, FcεRI,". */
    static boolean namedAfter(Sentence s, List<Mention> ms, Mention m) {
        Mention named = m.method().startsWith("phrase") && s.lower(m.from() - 1).equals("the") && s.lower(m.to()).equals(",")
                ? AliasDetector.mentionAt(ms, m.to() + 1) : null;
        return named != null && !named.method().startsWith("phrase") && s.lower(named.to()).equals(",")
                && m.type().kind() == EntityType.Kind.PROTEIN && named.type().kind() == EntityType.Kind.PROTEIN;
    }
}
