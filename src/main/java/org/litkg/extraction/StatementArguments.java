package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The entities statements already read name, each once: the drugs an agency approved, the places a person works. */
final class StatementArguments {

    private StatementArguments() {
    }

    /** The distinct subjects of the statements that pass {@code test}, in reading order. */
    static List<Argument> subjects(List<Statement> read, Predicate<Statement> test) {
        return distinct(read, test, true);
    }

    /** The distinct objects of the statements that pass {@code test}, in reading order. */
    static List<Argument> objects(List<Statement> read, Predicate<Statement> test) {
        return distinct(read, test, false);
    }

    private static List<Argument> distinct(List<Statement> read, Predicate<Statement> test, boolean subjects) {
        List<Argument> found = new ArrayList<>();
        for (Statement st : read) {
            Argument a = subjects ? st.evidence().subject() : st.evidence().object();
            if (test.test(st) && found.stream().noneMatch(x -> x.node().equals(a.node()))) {
                found.add(a);
            }
        }
        return found;
    }
}
