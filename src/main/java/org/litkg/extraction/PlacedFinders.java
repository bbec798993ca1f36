package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A researcher placed at an institution who is the subject of a finding ("Dr. X at Y found that ...", "Professor X at
 * Y showed that") or of research under way ("Dr. X at Y is studying whether ..."): the study is X's and is done at Y.
 * The clause after the verb must say what was found or asked, so that an outside expert's "Dr. X at Y found the
 * results encouraging" gives no study.
 */
final class PlacedFinders {

    /** Past forms of finding, before "that": "found that", "showed that". */
    private static final Set<String> FOUND = Set.of("found", "showed", "shown", "discovered", "reported",
            "demonstrated");
    /** Research under way, before what it asks: "is studying whether", "are testing how". */
    private static final Set<String> STUDYING = Set.of("studying", "testing", "investigating", "exploring");
    private static final Set<String> ASKING = Set.of("whether", "how", "why", "if", "what");

    private PlacedFinders() {
    }

    static void read(Reading r, int si, Supplier<Study> study, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention person : r.mentions(si)) {
            // "at" places the work; "X of Y showed" names where X is from, as the sets read it, not where the work was
            if (person.type() != EntityType.PERSON || person.anaphoric() || !s.lower(person.to()).equals("at")) {
                continue;
            }
            int at = s.lower(person.to() + 1).equals("the") ? person.to() + 2 : person.to() + 1;
            Mention place = r.startingAt(si, at);
            Argument org = place == null ? null : r.argument(place, StudyPatterns.ORGS);
            int verb = place == null ? -1 : place.to();
            boolean found = verb > 0 && FOUND.contains(s.lower(verb)) && s.lower(verb + 1).equals("that");
            int studied = s.lower(verb + 1).equals("been") ? verb + 2 : verb + 1; // "is studying", "has been testing"
            boolean studying = verb > 0 && (s.lower(verb).equals("is") || s.lower(verb).equals("has"))
                    && STUDYING.contains(s.lower(studied)) && ASKING.contains(s.lower(studied + 1));
            Argument leader = r.argument(person, StudyPatterns.PEOPLE);
            if (org == null || leader == null || !found && !studying) {
                continue;
            }
            Argument subject = Argument.studyWord(study.get(), s, verb);
            int first = out.size();
            r.emit(RelationType.LED_BY, List.of(subject), List.of(leader), si, person.from(), person.to(), verb,
                    verb + 1, "study-placed-finder", 0.75, out);
            r.emit(RelationType.CONDUCTED_BY, List.of(subject), List.of(org), si, place.from(), place.to(), verb,
                    verb + 1, "study-placed-finder", 0.75, out);
            for (int i = first; i < out.size(); i++) { // "is studying whether": the question is open, not who asks it
                out.set(i, new Statement(out.get(i).relation(), out.get(i).evidence().unhedged()));
            }
        }
    }
}
