package org.litkg.recognition;

import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * An amino-acid residue named by its letter and position ("C481", "Y537"), which a drug code's shape matches: it is
 * one where an amino acid's name or "residue" comes before it, or where the sentence also names its substitution
 * ("the C481S mutant ... ibrutinib, which binds C481").
 */
final class Residues {

    private static final Pattern RESIDUE = Pattern.compile("[ACDEFGHIKLMNPQRSTVWY]\\d{2,4}");
    private static final Set<String> AMINO_ACIDS = Set.of("alanine", "cysteine", "aspartate", "glutamate", "phenylalanine",
            "glycine", "histidine", "isoleucine", "lysine", "leucine", "methionine", "asparagine", "proline", "glutamine",
            "arginine", "serine", "threonine", "valine", "tryptophan", "tyrosine", "residue", "residues", "position");

    private Residues() {
    }

    static boolean isResidue(Sentence s, int i) {
        String w = s.token(i).text();
        if (!RESIDUE.matcher(w).matches()) {
            return false;
        }
        if (AMINO_ACIDS.contains(s.lower(i - 1))) {
            return true;
        }
        for (int k = 0; k < s.size(); k++) {
            String other = s.token(k).text();
            if (k != i && other.length() == w.length() + 1 && other.startsWith(w)
                    && Character.isUpperCase(other.charAt(w.length()))) {
                return true; // "C481S" names a substitution of this residue
            }
        }
        return false;
    }
}
