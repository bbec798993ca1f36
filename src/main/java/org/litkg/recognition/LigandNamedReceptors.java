package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A receptor the text names only by its ligand: "an antibody that blocks the receptor for GIP" names the GIP receptor,
 * on the word "receptor", so that the ligand stays a mention of its own. Not where the phrase describes a receptor
 * named beside it ("CXCR4, the receptor for CXCL12", "CCR5 is the receptor for CCL5", "the receptor for CXCL12,
 * CXCR4"), which the relation patterns read as the named receptor's partner.
 */
final class LigandNamedReceptors implements MentionRecognizer {

    /** What a described receptor's phrase follows: an apposition's comma, a copula, "as". */
    private static final Set<String> DESCRIBING = Set.of(",", "is", "was", "are", "were", "as", "(", "—", "–", ":");
    private static final Set<EntityType> LIGANDS = Set.of(EntityType.PROTEIN, EntityType.CHEMOKINE);

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!s.lower(k).equals("receptor") || !s.lower(k + 1).equals("for")) {
                continue;
            }
            int article = s.token(k - 1).pos().equals("ADJ") ? k - 2 : k - 1; // "the natural receptor for X"
            if (!s.lower(article).equals("the") || DESCRIBING.contains(s.lower(article - 1))) {
                continue;
            }
            Mention ligand = startingAt(out, k + 2);
            if (ligand == null || !LIGANDS.contains(ligand.type()) || namesReceptorAfter(s, out, ligand.to())) {
                continue;
            }
            out.add(MentionRecognizer.mention(s, k, k + 1, EntityType.RECEPTOR, ligand.text() + " receptor", null, 0.6,
                    "context-receptor", false));
        }
    }

    /** "the receptor for CXCL12, CXCR4" or "(CXCR4)": a receptor named right after the ligand ending at {@code end}. */
    private static boolean namesReceptorAfter(Sentence s, List<Mention> candidates, int end) {
        if (!s.lower(end).equals(",") && !s.lower(end).equals("(")) {
            return false;
        }
        Mention next = startingAt(candidates, end + 1);
        return next != null && next.type() == EntityType.RECEPTOR;
    }

    private static Mention startingAt(List<Mention> candidates, int token) {
        for (Mention m : candidates) {
            if (m.from() == token && !m.anaphoric()) {
                return m;
            }
        }
        return null;
    }
}
