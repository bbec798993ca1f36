package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A named unit of a named institution: "the Wilmer Eye Institute of Johns Hopkins University", "the Schepens Eye
 * Research Institute of Mass Eye and Ear". The name runs read them as one organisation; they are two, the unit and
 * the institution it belongs to, and a person who works at the one works at the other. Split where the words after
 * the unit's "of" name an institution: one the lexicon knows, or one with a university's or a hospital's head. "The
 * Massachusetts Institute of Technology" and "the Institute of Cancer Research" stay whole: a field is no institution.
 */
final class InstitutionsOfInstitutions {

    /** Heads of a unit within an institution. */
    private static final Set<String> UNIT_HEADS = Set.of("Institute", "Center", "Centre", "School", "Department",
            "Division", "Unit", "Laboratory", "Clinic");
    /** Heads of an institution a unit may belong to. */
    private static final Set<String> INSTITUTION_HEADS = Set.of("University", "Hospital", "Infirmary", "College");

    private InstitutionsOfInstitutions() {
    }

    /** Whether the word heads an institution or a unit of one: "University", "Hospital", "Institute", "Department". */
    static boolean isInstitutionHead(String word) {
        return INSTITUTION_HEADS.contains(word) || UNIT_HEADS.contains(word);
    }

    /** The candidates, with each unit-of-institution name replaced by the two names. */
    static List<Mention> split(Sentence s, List<Mention> candidates) {
        List<Mention> out = new ArrayList<>(candidates.size());
        for (Mention m : candidates) {
            int of = unitsOf(s, m, candidates);
            if (of < 0) {
                out.add(m);
                continue;
            }
            out.add(part(s, m, m.from(), of));
            out.add(part(s, m, of + 1, m.to()));
        }
        return out;
    }

    /** The "of" after the unit's head within the organisation m, if the words after it name an institution; else -1. */
    private static int unitsOf(Sentence s, Mention m, List<Mention> candidates) {
        if (m.type() != EntityType.ORGANIZATION || !m.method().equals("name-org")) {
            return -1;
        }
        for (int of = m.from() + 2; of < m.to() - 1; of++) {
            if (s.lower(of).equals("of") && UNIT_HEADS.contains(s.token(of - 1).text())
                    && namesInstitution(s, of + 1, m.to(), candidates)) {
                return of;
            }
        }
        return -1;
    }

    private static boolean namesInstitution(Sentence s, int from, int to, List<Mention> candidates) {
        boolean known = candidates.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION
                && c.lexiconId() != null && c.from() == from && c.to() == to);
        return known || to - from >= 2 && s.token(from).isCapitalised() && !s.lower(from).equals("the")
                && INSTITUTION_HEADS.contains(s.token(to - 1).text());
    }

    private static Mention part(Sentence s, Mention whole, int from, int to) {
        return MentionRecognizer.mention(s, from, to, EntityType.ORGANIZATION, s.textOf(from, to), null,
                whole.confidence(), whole.method(), false);
    }
}
