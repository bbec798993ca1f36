package org.litkg.document;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labels of a revision sheet's or a factbox's bullets that give a molecule's facts under a heading naming it:
 * "- made by: stromal cells", "- binds: CXCR4", "- blocked by: plerixafor". Layout reads the heading over such a
 * bullet (ReadHeadings); extraction reads each field about the heading's molecule.
 */
public final class MoleculeFields {

    /** Who makes the molecule. */
    public static final Set<String> MAKERS = Set.of("made by", "produced by", "released by", "secreted by");
    /** What it binds, or what binds it. */
    public static final Set<String> PARTNERS = Set.of("binds", "receptor", "receptors", "ligand", "ligands");
    /** What blocks it. */
    public static final Set<String> BLOCKERS = Set.of("blocked by");

    /** A bullet that opens with one of these fields. */
    static final Pattern BULLET = Pattern.compile("^\\s*[•▪◦‣*·-]\\s+("
            + Stream.of(MAKERS, PARTNERS, BLOCKERS).flatMap(Set::stream).collect(Collectors.joining("|"))
            + "):\\s+\\S");

    private MoleculeFields() {
    }
}
