package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Modifiers that say whose a subject is, "of patients with psoriasis": the disease names no subject, and the cells
 * before the modifiers do ("keratinocytes in the skin of patients with vitiligo secrete CXCL10").
 */
final class PeoplesModifiers {

    private PeoplesModifiers() {
    }

    /** Nouns for people, and the animals studies use, that "with" a disease describes ("the lungs of mice with"). */
    static final Set<String> PEOPLE = Set.of("people", "patients", "adults", "children", "women", "men",
            "individuals", "those", "someone", "anyone", "mice", "rats", "dogs", "animals");

    /** Verbs of thinking and saying after which a plural pronoun is the thinkers: "Doctors think they can". */
    private static final Set<String> THINKING = Set.of("think", "believe", "hope", "say", "said", "thought", "expect",
            "suspect", "fear");
    /** People who think and say, beyond {@link #PEOPLE}. */
    private static final Set<String> THINKERS = Set.of("doctors", "researchers", "scientists", "experts", "vets",
            "clinicians", "investigators", "officials", "authors", "surgeons", "nurses");

    /** Modals of what people are able or about to do: "they can", "they will". */
    private static final Set<String> ABILITY = Set.of("can", "could", "will", "would");

    /**
     * "Doctors in Houston think they can flush them out": the pronoun at k, saying what the people thinking can do, is
     * those people, no entity (but "researchers say they mobilise stem cells" says what the drugs named before do).
     */
    static boolean thinkers(Sentence s, int k) {
        if (!THINKING.contains(s.lower(k - 1)) || !ABILITY.contains(s.lower(k + 1))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && !s.token(j).isPunctuation(); j--) {
            if (PEOPLE.contains(s.lower(j)) || THINKERS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Participles between people and "with": "people newly diagnosed with type 1 diabetes". */
    private static final Set<String> DESCRIBING = Set.of("diagnosed", "living", "born", "infected", "affected");

    /**
     * Where the people noun stands that the "with" at {@code with} describes ("patients with", "people newly diagnosed
     * with"), else -1.
     */
    static int peopleBefore(Sentence s, int with) {
        if (!s.lower(with).equals("with")) {
            return -1;
        }
        if (PEOPLE.contains(s.lower(with - 1))) {
            return with - 1;
        }
        int people = s.lower(with - 2).endsWith("ly") ? with - 3 : with - 2;
        return DESCRIBING.contains(s.lower(with - 1)) && PEOPLE.contains(s.lower(people)) ? people : -1;
    }

    /** How far before "patients with" the cells the modifiers hang on may be named. */
    private static final int PEOPLE_PHRASE_REACH = 8;

    /**
     * The cells (or cancer) before the modifiers that end in "of patients" at {@code people}, where only names and their
     * modifiers stand between; null where there are none, as in "the blood of people with hemophilia".
     */
    static Argument cellsBefore(Reading r, int si, int people, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = people - 1; k > 0 && k >= people - PEOPLE_PHRASE_REACH && !s.token(k).isPunctuation(); k--) {
            boolean modifier = SubjectSearch.MODIFIER_PREPOSITIONS.contains(s.lower(k));
            Mention head = modifier ? r.endingAt(si, Parentheticals.before(s, k - 1)) : null;
            Argument a = head == null || head.anaphoric() || head.type() == EntityType.TISSUE ? null : r.argument(head, allowed);
            if (a != null) {
                found[0] = head.from();
                found[1] = head.to();
                return a;
            }
        }
        return null;
    }
}
