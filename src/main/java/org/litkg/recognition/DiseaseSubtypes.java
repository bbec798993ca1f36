package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * A disease's subtype after its name, which the name takes in: a number after "type" ("primary hyperoxaluria type
 * 1"), a letter ("hemophilia B", "hepatitis B") or a Latin epithet ("myasthenia gravis", "hidradenitis suppurativa").
 */
final class DiseaseSubtypes {

    /** A subtype's number: "1", "12", "ii", "iv". */
    static final Pattern NUMBER = Pattern.compile("\\d{1,2}|i{1,3}|iv");
    private static final Pattern LETTER = Pattern.compile("[A-E]");
    /** A Latin adjective after a disease's name: "suppurativa", "vulgaris", "erythematosus", "nodosum", "gravis". */
    private static final Pattern LATIN_EPITHET = Pattern.compile(
            "gravis|[a-z]{3,}(iva|ivum|ivus|aris|osus|osa|osum|atus|atum|icus|icum|alis|iformis|iforme)");

    private DiseaseSubtypes() {
    }

    /** The end of the disease's name whose head is at {@code head}, past its subtype if one follows. */
    static int end(Sentence s, int head) {
        String next = head + 1 < s.size() ? s.token(head + 1).text() : "";
        boolean named = LETTER.matcher(next).matches() || LATIN_EPITHET.matcher(next).matches();
        boolean typed = s.lower(head + 1).equals("type") && NUMBER.matcher(s.lower(head + 2)).matches();
        return named ? head + 2 : typed ? head + 3 : head + 1;
    }

    /** The name with the subtype that runs to {@code to}: "hemophilia B", "diabetes type 1". */
    static String named(Sentence s, int head, int to, String name) {
        if (to == head + 2) {
            return name + " " + s.token(head + 1).text();
        }
        return to == head + 1 ? name : name + " type " + s.token(head + 2).text();
    }
}
