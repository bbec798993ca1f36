package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "the CXCL12 receptor CXCR4", "the TGF-beta receptor ALK5", "the CXCL12 receptor, CXCR4", "CXCR4, the CXCL12
 * receptor": a ligand's name and the word "receptor" describe the receptor named beside them (with a comma between
 * them, a chemokine's name only). The ligand stays a mention of its own (it binds that receptor), and the phrase
 * names the receptor, not the ligand: "blocks the CXCL12 receptor CXCR4" blocks CXCR4.
 */
public final class ReceptorsNamedAfterLigands {

    private static final Set<EntityType> LIGANDS = Set.of(EntityType.CHEMOKINE, EntityType.PROTEIN);
    private static final Set<String> RECEPTOR_NOUNS = Set.of("receptor", "receptors");

    private ReceptorsNamedAfterLigands() {
    }

    /** The receptor named after {@code ligand} and "receptor", among {@code mentions}; else null. */
    public static Mention receptorAfter(Sentence s, Mention ligand, List<Mention> mentions) {
        int noun = ligand.to();
        if (ligand.anaphoric() || !LIGANDS.contains(ligand.type()) || !RECEPTOR_NOUNS.contains(s.lower(noun))) {
            return null;
        }
        // past a comma only a chemokine's: "the type I interferon receptor, IFNAR1" names a receptor of its own
        boolean apposed = s.lower(noun + 1).equals(",") && ligand.type() == EntityType.CHEMOKINE;
        int name = apposed ? noun + 2 : noun + 1;
        for (Mention m : mentions) {
            if (m.from() == name && !m.anaphoric() && m.type() == EntityType.RECEPTOR) {
                return m;
            }
        }
        return null;
    }

    /** The receptor "R, the L receptor" describes, where {@code ligand} is L, among {@code mentions}; else null. */
    public static Mention receptorBefore(Sentence s, Mention ligand, List<Mention> mentions) {
        int from = ligand.from();
        if (ligand.anaphoric() || ligand.type() != EntityType.CHEMOKINE || !s.lower(ligand.to()).equals("receptor")
                || !s.lower(from - 1).equals("the") || !s.lower(from - 2).equals(",")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.to() == from - 2 && !m.anaphoric() && m.type() == EntityType.RECEPTOR) {
                return m;
            }
        }
        return null;
    }
}
