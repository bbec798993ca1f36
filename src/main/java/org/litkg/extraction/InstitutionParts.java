package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.recognition.Mention;

/**
 * The parts of an institution that are no workplace of their own: a department or a division, a hospital's specialty
 * unit or ward, a centre's clinical programme. An address or a signature names them before the institution ("Division
 * of Hematology, Y"); the person works at Y.
 */
final class InstitutionParts {

    private InstitutionParts() {
    }

    /**
     * "Department of Leukemia", "Division of Cardiology", "Cardiology Clinic": an administrative part of an institution,
     * by its first word or its last.
     */
    static boolean isSubUnit(Mention org) {
        String[] words = org.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        // "School of Medicine, University of Leeds": a faculty named by its first word is a part too
        boolean faculty = FACULTIES.contains(words[0]) && words.length > 2 && words[1].equals("of");
        return ADMINISTRATIVE_UNITS.contains(words[0]) || faculty || isSpecialtyUnit(org)
                || HOSPITAL_PARTS.contains(words[words.length - 1]) && !isResearchUnit(words) // "Neuromuscular Day Unit"
                || words.length <= 3 && PROGRAMMES.contains(words[words.length - 1]); // "Myeloma Program, Y"
    }

    /**
     * A centre's clinical programme, named by a disease in two or three words: a part of the centre it belongs to (and,
     * for RunUnits, work led rather than a unit run: "a three-year programme at Y led by X").
     */
    static final Set<String> PROGRAMMES = Set.of("program", "programme");

    /** Last words of a hospital's parts, never a workplace of their own: "Neuromuscular Day Unit". */
    private static final Set<String> HOSPITAL_PARTS = Set.of("unit", "ward");

    /**
     * "Tropical Medicine Research Unit": a research unit is a workplace of its own, as a laboratory is, whoever's part
     * it is, and a signature that names it above its university places the writer at both.
     */
    private static boolean isResearchUnit(String[] words) {
        return words.length >= 2 && words[words.length - 2].equals("research") && words[words.length - 1].equals("unit");
    }

    /**
     * The institutions among organisations named together, without the units that are parts of them: "the Department
     * of Leukemia at Y" and "(1) Department of Hematology, Y" name Y. All of them where every one is a unit.
     */
    static List<Mention> wholes(List<Mention> orgs) {
        List<Mention> wholes = orgs.stream().filter(m -> !isSubUnit(m)).toList();
        return wholes.isEmpty() ? orgs : wholes;
    }

    /**
     * The institution a school or a department named with its owner's possessive belongs to: "the university's School
     * of Medical Sciences" and "Kirkwood University's Department of Surgery" are parts of that university, which is
     * where their people work; any other organisation stays itself.
     */
    static Mention wholeOf(Reading r, Mention org) {
        String first = org.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
        boolean part = FACULTIES.contains(first) || ADMINISTRATIVE_UNITS.contains(first);
        Mention owner = part && r.sentence(org.sentence()).lower(org.from() - 1).equals("'s")
                ? r.endingAt(org.sentence(), org.from() - 2) : null;
        return owner != null && owner.type() == org.type() ? owner : org;
    }

    /** A university's parts that open their names: "College of Medicine", "School of Biosciences". */
    private static final Set<String> FACULTIES = Set.of("college", "school", "faculty");

    /**
     * Whether {@code part} is a college, school or faculty "of" a subject ("College of Medicine and Veterinary
     * Medicine") and {@code whole} a university, named apart: a heading's second line under the first.
     */
    static boolean isFacultyOf(Mention part, Mention whole) {
        String[] words = part.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length >= 3 && FACULTIES.contains(words[0]) && words[1].equals("of")
                && whole.text().toLowerCase(java.util.Locale.ROOT).contains("university");
    }

    /** Nouns for a hospital's units, named by their specialty: "Cardiology Clinic", "Oncology Unit". */
    private static final Set<String> WARD_NOUNS = Set.of("clinic", "unit", "service", "ward", "department");

    /**
     * A hospital's unit named by its medical specialty: "Cardiology Clinic", "Thoracic Oncology Service" (a
     * laboratory, as the "Immunobiology Laboratory", is a workplace of its own).
     */
    private static boolean isSpecialtyUnit(Mention org) {
        String[] words = org.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String specialty = words.length >= 2 ? words[words.length - 2] : "";
        return words.length <= 3 && specialty.length() > 6 && (specialty.endsWith("ology") || specialty.endsWith("iatrics"))
                && WARD_NOUNS.contains(words[words.length - 1]);
    }

    /** Parts of an institution that are no workplace of their own (a laboratory or a school is one). */
    private static final Set<String> ADMINISTRATIVE_UNITS = Set.of("department", "division", "section");
}
