package org.litkg.extraction;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;
import org.litkg.recognition.ReceptorsNamedAfterLigands;

/** "the CXCL12 receptor CXCR4", "CXCR4, the CXCL12 receptor": the ligand the phrase names binds the receptor. */
final class LigandNamedReceptorPhrases {

    private LigandNamedReceptorPhrases() {
    }

    /** Reads the phrase whose word "receptor" is token t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        List<Mention> mentions = r.doc.mentions().get(si);
        Sentence s = r.sentence(si);
        Mention ligand = r.endingAt(si, t - 1);
        Mention after = ligand == null ? null : ReceptorsNamedAfterLigands.receptorAfter(s, ligand, mentions);
        Mention receptor = after != null || ligand == null ? after
                : ReceptorsNamedAfterLigands.receptorBefore(s, ligand, mentions);
        Argument partner = receptor == null ? null : r.argument(ligand, NominalPatterns.PROTEINS);
        Argument named = receptor == null ? null : r.argument(receptor, NominalPatterns.PROTEINS);
        if (partner != null && named != null) {
            boolean plural = after != null && s.lower(t).equals("receptors"); // "receptors A and B"
            List<Argument> receptors = plural
                    ? r.withFollowingConjuncts(si, named, after.to(), NominalPatterns.PROTEINS) : List.of(named);
            r.emit(RelationType.BINDS, List.of(partner), receptors, si, ligand.from(), ligand.to(), t, t + 1,
                    "ligand-named-receptor", 0.8, out);
        }
    }
}
