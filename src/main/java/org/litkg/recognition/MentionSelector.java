package org.litkg.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * Chooses among overlapping candidates: names before references, then the longest, then the most
 * confident (the lexicon before shape and context). Then lets a following "receptor", "protein"
 * or "gene" join a protein name ("the CXCR4 receptor" names CXCR4, typed Receptor).
 */
public final class MentionSelector {

    private static final Comparator<Mention> PREFERENCE = Comparator
            .comparing(Mention::anaphoric)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparingInt(Mention::from);

    private MentionSelector() {
    }

    /** "IL-2/IL-15 receptor": a cytokine, a slash and another cytokine's receptor name one receptor; else null. */
    private static Mention sharedReceptor(Sentence s, Mention first, Mention next) {
        boolean slash = s.lower(first.to()).equals("/") && next.from() == first.to() + 1;
        if (!slash || first.type() != EntityType.PROTEIN || next.type() != EntityType.PROTEIN
                || !s.lower(next.to()).equals("receptor")) {
            return null;
        }
        Mention whole = first.extendedTo(next.to() + 1, s).withType(EntityType.RECEPTOR);
        return whole.withName(s.textOf(first.from(), next.to() + 1).replace(" / ", "/"), null);
    }

    public static List<Mention> select(Sentence s, List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        boolean[] taken = new boolean[s.size()];
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : sorted) {
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = m.from(); k < m.to(); k++) {
                    taken[k] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::from));
        List<Mention> result = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Mention m = chosen.get(i);
            Mention shared = i + 1 < chosen.size() ? sharedReceptor(s, m, chosen.get(i + 1)) : null;
            if (shared != null) {
                result.add(shared); // "the IL-2/IL-15 receptor": one receptor two cytokines share, not IL-2
                i++;
                continue;
            }
            boolean nextFree = i + 1 == chosen.size() || chosen.get(i + 1).from() > m.to();
            String next = s.lower(m.to());
            boolean ligand = next.equals("ligand") && !s.lower(m.to() + 1).equals("-"); // not "RAR ligand-induced"
            if (m.type().kind() == EntityType.Kind.PROTEIN && nextFree && !m.anaphoric() && ligand) {
                // "OX40 ligand" is the receptor's partner, another entity than OX40
                result.add(m.extendedTo(m.to() + 1, s).withType(EntityType.PROTEIN).withName(m.name() + " ligand", null));
            } else if (m.type().kind() == EntityType.Kind.PROTEIN && nextFree && !m.anaphoric()
                    && (next.equals("receptor") || next.equals("protein") || next.equals("gene") || next.equals("chemokine"))) {
                Mention extended = m.extendedTo(m.to() + 1, s);
                if (next.equals("receptor") && m.type() == EntityType.PROTEIN && CytokineNames.isCytokine(m.name())) {
                    // "the IL-6 receptor" is the cytokine's receptor, another entity than IL-6 itself
                    extended = extended.withType(EntityType.RECEPTOR).withName(m.name() + " receptor", null);
                } else if (next.equals("receptor")) {
                    extended = extended.withType(m.type() == EntityType.CHEMOKINE ? m.type() : EntityType.RECEPTOR);
                }
                result.add(extended);
            } else {
                result.add(m);
            }
        }
        return result;
    }
}
