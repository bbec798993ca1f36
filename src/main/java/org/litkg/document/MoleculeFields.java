package org.litkg.document;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labels of a revision sheet's or a factbox's bullets that give a molecule's facts under a heading naming it:
 * "- made by: stromal cells", "- binds: CXCR4", "- blocked by: plerixafor", or a card's lines ("Card: CXCR4" over
 * "Found on: stem cells, T cells"). Layout reads the heading over such a field (ReadHeadings) and the card's field
 * lines; extraction reads each field about the heading's molecule.
 */
public final class MoleculeFields {

    /** Who makes the molecule. */
    public static final Set<String> MAKERS = Set.of("made by", "produced by", "released by", "secreted by");
    /** What it binds, or what binds it. */
    public static final Set<String> PARTNERS = Set.of("binds", "receptor", "receptors", "ligand", "ligands");
    /** What blocks it. */
    public static final Set<String> BLOCKERS = Set.of("blocked by");
    /** The cells a receptor is on: a card's "Found on: stem cells, T cells". */
    public static final Set<String> CARRIERS = Set.of("found on", "expressed on", "carried by");

    private static final String LABELS = Stream.of(MAKERS, PARTNERS, BLOCKERS, CARRIERS).flatMap(Set::stream)
            .collect(Collectors.joining("|"));
    /** A bullet that opens with one of these fields. */
    static final Pattern BULLET = Pattern.compile("^\\s*[•▪◦‣*·-]\\s+(" + LABELS + "):\\s+\\S");
    /** Such a field on a line of its own, as a card sets it: "Found on: stem cells", "Blocked by: plerixafor". */
    static final Pattern LINE = Pattern.compile("^\\s*(?i:" + LABELS + "):\\s+\\S");

    private MoleculeFields() {
    }
}
