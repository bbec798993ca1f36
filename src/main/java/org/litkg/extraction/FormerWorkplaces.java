package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * Organisations named beside a person that are not where the person works now: a former one ("Dr. X, a former
 * researcher at the University of Cambridge, who is the company's chief executive") and a contact line's ("Media
 * contact: Laura Whitfield, MD Anderson Communications": whom to call).
 */
final class FormerWorkplaces {

    /** Words that put a role in the past: "a former researcher", "an ex-employee", "a retired professor". */
    private static final Set<String> PAST_WORDS = Set.of("former", "formerly", "ex", "retired", "erstwhile", "onetime",
            "one-time", "previously");

    private FormerWorkplaces() {
    }

    /** Whether the organisation at {@code org}, named after the person at {@code person}, is no current workplace. */
    static boolean notCurrent(Sentence s, Mention person, Mention org) {
        if (s.lower(person.from() - 1).equals(":") && s.lower(person.from() - 2).startsWith("contact")) {
            return true;
        }
        for (int k = person.to(); k < org.from(); k++) {
            if (PAST_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
